import { createTestApp, TestApp } from '@parvis/api/testing';
import { Role } from '@parvis/shared/domain';
import { ApprovalsModule, MissedPostsJob } from '../src';
import { Scenario } from './approvals-helpers';

interface TimelineEvent {
  action: string;
  actorName: string | null;
  externalName: string | null;
  justification: string | null;
  contentHashBefore: string | null;
  contentHashAfter: string | null;
  details: Record<string, unknown>;
}

/** A post's timeline, from the audit log written in each change's transaction. */
describe('post timeline (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
  });
  afterAll(() => t.close());

  it('shows every step of the review, oldest first, with who, why and the hashes of each edit, to whoever reads the post', async () => {
    const s = await Scenario.create(t, 'Ville chronologique');
    const head = await s.member(Role.Approver);
    const [defaultCircuit] = (await s.admin.get(`${s.base}/circuits`).expect(200)).body.items;
    await s.admin.patch(`${s.base}/circuits/${defaultCircuit.id}`).send({
      steps: [
        { name: 'Chef de service', approverKind: 'members', membershipIds: [head.membershipId], quorum: 'any' },
        { name: 'Direction de la communication', approverKind: 'role', role: 'editor', quorum: 'any' },
      ],
    }).expect(200);
    const post = await s.post(s.contributor);
    await s.submit(s.contributor, post.id).expect(200);
    await s.decided(head.agent, post.id);
    await s.decided(s.editor, post.id, 'request_changes', 'Préciser l’horaire');
    const edited = (await s.contributor.patch(`${s.base}/posts/${post.id}`).send({ masterText: 'Collecte des encombrants jeudi de 8 h à 12 h' }).expect(200)).body;
    await s.submit(s.contributor, post.id).expect(200);
    await s.decided(head.agent, post.id);
    await s.decided(s.editor, post.id);
    // An edit after the approval: logged with both hashes, and the review goes back to step 1 in the same save.
    const again = (await s.contributor.patch(`${s.base}/posts/${post.id}`).send({ masterText: 'Collecte des encombrants jeudi de 8 h à 13 h' }).expect(200)).body;

    const { items } = (await s.approver.get(`${s.base}/posts/${post.id}/timeline`).expect(200)).body as { items: TimelineEvent[] };
    expect(items.map((e) => e.action)).toEqual([
      'post.create',
      'post.submit',
      'post.approve',
      'post.request_changes',
      'post.edit',
      'post.submit',
      'post.approve',
      'post.approve',
      'post.edit',
      'post.review_reset',
    ]);
    const [create, submit, firstApproval, changes, edit] = items;
    expect(create).toMatchObject({ actorName: 'Agent de test', contentHashBefore: null, contentHashAfter: post.contentHash });
    expect(submit).toMatchObject({ actorName: 'Agent de test', contentHashAfter: post.contentHash, details: { round: 1, steps: 2, electoralReserve: '[]' } });
    expect(firstApproval).toMatchObject({ actorName: expect.stringContaining('approver'), externalName: null, details: { step: 0, stepName: 'Chef de service' } });
    expect(changes).toMatchObject({ action: 'post.request_changes', justification: 'Préciser l’horaire', actorName: 'Agent de test' });
    expect(edit).toMatchObject({ contentHashBefore: post.contentHash, contentHashAfter: edited.contentHash });
    expect(items[8]).toMatchObject({ contentHashBefore: edited.contentHash, contentHashAfter: again.contentHash });
    expect(items[9]).toMatchObject({ details: { from: 'approved', round: 3 } });

    // Same visibility as the post: a contributor who neither wrote it nor was assigned it gets the composer's 404.
    const stranger = await s.member(Role.Contributor);
    const hidden = await stranger.agent.get(`${s.base}/posts/${post.id}/timeline`);
    expect([hidden.status, hidden.body.code]).toEqual([404, 'POST_NOT_FOUND']);
    expect((await s.contributor.get(`${s.base}/posts/${post.id}/timeline`).expect(200)).body.items).toHaveLength(10);
  });

  it('names nobody for the jobs’ moves (actorName null: the SPA says « automatiquement »)', async () => {
    const s = await Scenario.create(t, 'Ville système');
    const post = await s.post(s.contributor, { plannedAt: new Date(Date.now() + 3_600_000).toISOString() });
    await s.submit(s.contributor, post.id).expect(200);
    await t.app.get(MissedPostsJob).run(new Date(Date.now() + 7_200_000));
    const { items } = (await (await s.fixtures.agentFor(s.org.members.viewer.email)).get(`${s.base}/posts/${post.id}/timeline`).expect(200)).body as { items: TimelineEvent[] };
    expect(items.map((e) => [e.action, e.actorName])).toEqual([
      ['post.create', 'Agent de test'],
      ['post.submit', 'Agent de test'],
      ['post.missed', null],
    ]);
  });
});
