import { createTestApp, TestApp } from '@parvis/api/testing';
import { Role } from '@parvis/shared/domain';
import { DataSource } from 'typeorm';
import { ApprovalsModule, MissedPostsJob, PublicationPauseService } from '../src';
import { Scenario } from './approvals-helpers';

/** Circuits and decisions on PostgreSQL, through the HTTP API (the issue's acceptance list). */
describe('approvals (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
  });
  afterAll(() => t.close());

  it('routes a post through three steps, the second needing all of its two named approvers', async () => {
    const s = await Scenario.create(t, 'Ville à trois étapes');
    const [first, second] = [await s.member(Role.Approver), await s.member(Role.Approver)];
    const circuit = await s.admin.post(`${s.base}/circuits`).send({
      name: 'Hiérarchie',
      priority: 10,
      steps: [
        { name: 'Chef de service', approverKind: 'role', role: 'approver', quorum: 'any' },
        { name: 'Direction', approverKind: 'members', membershipIds: [first.membershipId, second.membershipId], quorum: 'all', deadlineHours: 24 },
        { name: 'Cabinet', approverKind: 'role', role: 'editor', quorum: 'any' },
      ],
    });
    expect(circuit.status).toBe(201);
    const post = await s.post(s.contributor);
    const submitted = await s.submit(s.contributor, post.id).expect(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', currentStep: 0, circuitName: 'Hiérarchie', round: 1 });
    expect(submitted.body.steps).toHaveLength(3);
    await s.decided(s.approver, post.id);
    expect((await s.review(post.id)).currentStep).toBe(1);
    // The step-0 approver is not named at step 1.
    expect((await s.decide(s.approver, post.id)).body.code).toBe('POST_NOT_STEP_APPROVER');
    const half = (await s.decided(first.agent, post.id)).body;
    expect(half).toMatchObject({ currentStep: 1, status: 'in_review' });
    expect((await s.decide(first.agent, post.id)).body.code).toBe('REVIEW_ALREADY_DECIDED');
    await s.decided(second.agent, post.id);
    expect((await s.review(post.id)).currentStep).toBe(2);
    const approved = (await s.decided(s.editor, post.id)).body;
    expect(approved).toMatchObject({ status: 'approved', currentStep: null, approvedContentHash: post.contentHash });
    expect(approved.decisions.map((d: { step: number }) => d.step)).toEqual([0, 1, 1, 2]);
    const actions = (await s.audit({ objectId: post.id })).map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'post.approve')).toHaveLength(4);
    expect(actions).toContain('post.submit');
  });

  it('refuses circuits naming another organisation’s members or themes, and keeps the default circuit', async () => {
    const s = await Scenario.create(t, 'Ville prudente');
    const other = await Scenario.create(t, 'Ville étrangère');
    const step = { name: 'Direction', approverKind: 'members', membershipIds: [other.org.members.approver.membershipId], quorum: 'any' };
    const foreignMember = await s.admin.post(`${s.base}/circuits`).send({ name: 'Intrus', steps: [step] });
    expect([foreignMember.status, foreignMember.body.details[0].field]).toEqual([400, 'steps.0.membershipIds']);
    const theme = (await other.editor.post(`${other.base}/themes`).send({ name: 'Culture', color: '#112233' }).expect(201)).body.id;
    const foreignTheme = await s.admin.post(`${s.base}/circuits`).send({ name: 'Intrus', condition: { themeIds: [theme] }, steps: [{ ...step, membershipIds: [s.org.members.approver.membershipId] }] });
    expect([foreignTheme.status, foreignTheme.body.details[0].field]).toEqual([400, 'condition.themeIds']);
    const noRole = await s.admin.post(`${s.base}/circuits`).send({ name: 'Lecteurs', steps: [{ name: 'Lire', approverKind: 'role', role: 'viewer', quorum: 'any' }] });
    expect(noRole.status).toBe(400);
    await s.editor.post(`${s.base}/circuits`).send({ name: 'Éditeur', steps: [step] }).expect(403);
    const [byDefault] = (await s.contributor.get(`${s.base}/circuits`).expect(200)).body.items;
    expect(byDefault).toMatchObject({ isDefault: true, steps: [{ approverKind: 'role', role: 'editor', quorum: 'any' }] });
    expect((await s.admin.delete(`${s.base}/circuits/${byDefault.id}`)).body.code).toBe('CIRCUIT_DEFAULT_REQUIRED');
  });

  it('refuses self-approval, and a request for changes or a rejection without a comment', async () => {
    const s = await Scenario.create(t, 'Ville sans auto-validation');
    const post = await s.post(s.editor);
    await s.submit(s.editor, post.id).expect(200);
    const self = await s.decide(s.editor, post.id);
    expect([self.status, self.body.code]).toEqual([403, 'POST_SELF_APPROVAL']);
    const other = await s.post(s.contributor);
    await s.submit(s.contributor, other.id).expect(200);
    const noComment = await s.decide(s.editor, other.id, 'request_changes');
    expect([noComment.status, noComment.body.details[0].field]).toEqual([400, 'comment']);
    expect((await s.decide(s.editor, other.id, 'reject')).status).toBe(400);
    expect((await s.decided(s.editor, other.id, 'request_changes', 'Ajouter l’horaire')).body.status).toBe('changes_requested');
  });

  it('sends an approved post back to the first step when its content is edited, logging both hashes', async () => {
    const s = await Scenario.create(t, 'Ville qui modifie');
    const post = await s.post(s.contributor);
    await s.submit(s.contributor, post.id).expect(200);
    await s.decided(s.editor, post.id);
    expect((await s.review(post.id)).status).toBe('approved');
    const edited = (await s.contributor.patch(`${s.base}/posts/${post.id}`).send({ masterText: 'Collecte avancée à mercredi' }).expect(200)).body;
    const review = await s.review(post.id);
    expect(review).toMatchObject({ status: 'in_review', currentStep: 0, round: 2, approvedContentHash: null, contentHash: edited.contentHash });
    const [reset] = await s.audit({ objectId: post.id, action: 'post.review_reset' });
    expect(reset).toMatchObject({ contentHashBefore: post.contentHash, contentHashAfter: edited.contentHash });
    // The approval of round 1 no longer counts; an approver holding the old hash is refused.
    const stale = await s.editor.post(`${s.base}/posts/${post.id}/decisions`).send({ action: 'approve', step: 0, contentHash: post.contentHash });
    expect([stale.status, stale.body.code]).toEqual([409, 'POST_CONTENT_CHANGED']);
  });

  it('routes a step to the substitute of an absent approver', async () => {
    const s = await Scenario.create(t, 'Ville en congés');
    const absent = await s.member(Role.Approver);
    const substitute = await s.member(Role.Approver);
    await s.admin.patch(`${s.base}/circuits/${(await s.admin.get(`${s.base}/circuits`).expect(200)).body.items[0].id}`)
      .send({ steps: [{ name: 'Directeur', approverKind: 'members', membershipIds: [absent.membershipId], quorum: 'all' }] }).expect(200);
    await absent.agent.post(`${s.base}/absences`).send({ substituteMembershipId: substitute.membershipId, startsOn: '2020-01-01', endsOn: '2099-12-31' }).expect(201);
    const post = await s.post(s.contributor);
    const submitted = (await s.submit(s.contributor, post.id).expect(200)).body;
    expect(submitted.steps[0].approverMembershipIds).toEqual(expect.arrayContaining([absent.membershipId, substitute.membershipId]));
    const told = (await substitute.agent.get(`${s.base}/notifications`).expect(200)).body.items;
    expect(told.map((n: { kind: string }) => n.kind)).toContain('post_review_requested');
    const done = (await s.decided(substitute.agent, post.id)).body;
    expect(done.status).toBe('approved');
    expect(done.decisions[0]).toMatchObject({ membershipId: substitute.membershipId, onBehalfOfMembershipId: absent.membershipId });
  });

  it('lets exactly one of four approvers racing for a quorum of one win', async () => {
    const s = await Scenario.create(t, 'Ville pressée');
    const editors = [s.editor, ...(await Promise.all([1, 2, 3].map(() => s.member(Role.Editor)))).map((m) => m.agent)];
    for (let round = 0; round < 5; round++) {
      const post = await s.post(s.contributor);
      await s.submit(s.contributor, post.id).expect(200);
      const body = { action: 'approve', step: 0, contentHash: post.contentHash };
      const responses = await Promise.all(editors.map((agent) => agent.post(`${s.base}/posts/${post.id}/decisions`).send(body)));
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      const review = await s.review(post.id);
      expect([review.status, review.decisions.length]).toEqual(['approved', 1]);
    }
  });

  it('keeps two decisions that meet inside the database apart: the second sees the first', async () => {
    const s = await Scenario.create(t, 'Ville au coude à coude');
    const other = (await s.member(Role.Editor)).agent;
    const post = await s.post(s.contributor);
    await s.submit(s.contributor, post.id).expect(200);
    // Hold the review row so both requests are inside their transactions before either can finish.
    const holder = t.app.get(DataSource).createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM post_review WHERE post_id = $1 FOR UPDATE', [post.id]);
    const body = { action: 'approve', step: 0, contentHash: post.contentHash };
    const racing = Promise.all([s.editor, other].map((agent) => agent.post(`${s.base}/posts/${post.id}/decisions`).send(body).then((r) => r.status)));
    for (let i = 0; i < 200 && Number((await holder.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`))[0].n) < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await holder.commitTransaction();
    await holder.release();
    expect((await racing).sort()).toEqual([200, 409]);
    expect((await s.review(post.id)).decisions).toHaveLength(1);
  });

  it('marks a post not approved by its planned time as missed, and tells its author and the editors', async () => {
    const s = await Scenario.create(t, 'Ville en retard');
    const plannedAt = new Date(Date.now() + 3_600_000);
    const post = await s.post(s.contributor, { plannedAt: plannedAt.toISOString() });
    await s.submit(s.contributor, post.id).expect(200);
    const job = t.app.get(MissedPostsJob);
    expect(await job.run(new Date(plannedAt.getTime() - 60_000))).toBe('0 post(s) marked missed');
    await job.run(new Date(plannedAt.getTime() + 60_000));
    expect((await s.review(post.id)).status).toBe('missed');
    for (const agent of [s.contributor, s.editor]) {
      expect((await agent.get(`${s.base}/notifications`).expect(200)).body.items.map((n: { kind: string }) => n.kind)).toContain('post_missed');
    }
    const [missed] = await s.audit({ objectId: post.id, action: 'post.missed' });
    expect(missed).toMatchObject({ actorName: 'Système', actorMembershipId: null });
    // A missed post cannot be approved, scheduled or published any more: it does not go out.
    expect((await s.decide(s.editor, post.id)).status).toBe(409);
    for (const move of ['schedule', 'publish-now']) {
      const refused = await s.editor.post(`${s.base}/posts/${post.id}/${move}`);
      expect([move, refused.status, refused.body.code]).toEqual([move, 409, 'POST_TRANSITION_NOT_ALLOWED']);
    }
  });

  it('holds publications while paused (who and why logged) and publishes urgently with a justification', async () => {
    const s = await Scenario.create(t, 'Ville en crise');
    const other = await Scenario.create(t, 'Ville voisine');
    const pause = t.app.get(PublicationPauseService);
    await s.contributor.put(`${s.base}/publication-pause`).send({ paused: true, reason: 'Compte piraté' }).expect(403);
    expect((await s.editor.put(`${s.base}/publication-pause`).send({ paused: true }).expect(400)).body.details[0].field).toBe('reason');
    await s.editor.put(`${s.base}/publication-pause`).send({ paused: true, reason: 'Compte piraté' }).expect(200);
    expect([await pause.isPaused(s.org.id), await pause.isPaused(other.org.id)]).toEqual([true, false]);
    expect((await s.contributor.get(`${s.base}/publication-pause`).expect(200)).body).toMatchObject({ paused: true, reason: 'Compte piraté' });
    const [logged] = await s.audit({ action: 'publication.pause' });
    expect(logged).toMatchObject({ justification: 'Compte piraté', actorMembershipId: s.org.members.editor.membershipId });
    await s.editor.put(`${s.base}/publication-pause`).send({ paused: false }).expect(200);
    expect(await pause.isPaused(s.org.id)).toBe(false);

    const post = await s.post(s.contributor);
    const short = await s.editor.post(`${s.base}/posts/${post.id}/urgent-publication`).send({ justification: 'vite' });
    expect([short.status, short.body.details[0].field]).toEqual([400, 'justification']);
    await s.contributor.post(`${s.base}/posts/${post.id}/urgent-publication`).send({ justification: 'Alerte météo rouge' }).expect(403);
    const urgent = (await s.editor.post(`${s.base}/posts/${post.id}/urgent-publication`).send({ justification: 'Alerte météo rouge : routes fermées' }).expect(200)).body;
    expect(urgent).toMatchObject({ status: 'publishing', urgent: true, currentStep: 0 });
    const [entry] = await s.audit({ objectId: post.id, action: 'post.publish_urgent' });
    expect(entry).toMatchObject({ justification: 'Alerte météo rouge : routes fermées', details: { urgent: true } });
  });

  it('during a réserve électorale: the neutrality checklist and the legal approver’s extra step', async () => {
    const s = await Scenario.create(t, 'Ville en campagne');
    const soon = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const election = await s.admin.post(`${s.base}/elections`).send({ type: 'municipales', firstRound: soon, territory: 'Commune', legalApproverMembershipId: s.org.members.approver.membershipId });
    expect(election.status).toBe(201);
    await s.editor.post(`${s.base}/elections`).send({ type: 'municipales', firstRound: soon, territory: 'Commune', legalApproverMembershipId: s.org.members.approver.membershipId }).expect(403);
    expect((await s.editor.get(`${s.base}/elections`).expect(200)).body.inReserveNow).toBe(true);
    const post = await s.post(s.contributor);
    const refused = await s.submit(s.contributor, post.id, { neutrality: { anteriority: true } });
    expect([refused.status, refused.body.code, refused.body.details[0].field]).toEqual([400, 'NEUTRALITY_CHECKLIST_INCOMPLETE', 'neutrality']);
    const review = (await s.submit(s.contributor, post.id, { neutrality: { anteriority: true, regularity: true, identity: true, neutrality: true } }).expect(200)).body;
    expect(review.steps.map((step: { name: string }) => step.name)).toEqual(['Validation éditoriale', 'Réserve électorale (Commune)']);
    await s.decided(s.editor, post.id);
    expect((await s.decide(s.editor, post.id)).status).toBe(403);
    expect((await s.decided(s.approver, post.id)).body.status).toBe('approved');
  });
});
