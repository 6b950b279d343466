import { createTestApp, TestApp } from '@parvis/api/testing';
import { Role } from '@parvis/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
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

  it('orders the events of one instant as they were written, not as they lie on disk; the audit page too (newest first)', async () => {
    const s = await Scenario.create(t, 'Ville ordonnée');
    const post = await s.post(s.contributor);
    const db = t.app.get(DataSource);
    // One instant for both (as in one transaction, whose now() they share), before the post's creation.
    const at = '2026-03-01T09:00:00.000Z';
    // Ids against the insertion order, so that a tie broken by id would show them the other way round.
    const [firstId, secondId] = ['f', '0'].map((digit) => digit + randomUUID().slice(1));
    const insert = (runner: { query(sql: string, parameters: unknown[]): Promise<unknown> }, id: string, action: string, details: object) =>
      runner.query(
        `INSERT INTO audit_event (id, organization_id, created_at, actor_label, object_type, object_id, action, details) VALUES ($1, $2, $3, 'Système', 'post', $4, $5, $6)`,
        [id, s.org.id, at, post.id, action, JSON.stringify(details)],
      );
    // A row rolled back leaves a dead tuple; VACUUM frees its slot and the later event takes it: on disk
    // the second event lies before the first (what PostgreSQL's heap order may always do).
    const aborted = db.createQueryRunner();
    await aborted.startTransaction();
    await insert(aborted, randomUUID(), 'post.aborted', { padding: 'x'.repeat(1000) });
    await aborted.rollbackTransaction();
    await aborted.release();
    await insert(db, firstId, 'post.first', {});
    await db.query('VACUUM audit_event');
    await insert(db, secondId, 'post.second', {});
    const onDisk: { action: string }[] = await db.query('SELECT action FROM audit_event WHERE organization_id = $1 AND object_id = $2 AND created_at = $3 ORDER BY ctid', [s.org.id, post.id, at]);
    expect(onDisk.map((e) => e.action)).toEqual(['post.second', 'post.first']);

    const { items } = (await s.approver.get(`${s.base}/posts/${post.id}/timeline`).expect(200)).body as { items: TimelineEvent[] };
    expect(items.map((e) => e.action)).toEqual(['post.first', 'post.second', 'post.create']);
    expect((await s.audit({ objectId: post.id })).map((e: { action: string }) => e.action)).toEqual(['post.create', 'post.second', 'post.first']);
    // Page by page (one event a page), the cursor keeps the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { action: string }[]; nextCursor: string | null } = (await s.admin.get(`${s.base}/audit-events`).query({ objectId: post.id, limit: 1, ...(cursor ? { cursor } : {}) }).expect(200)).body;
      paged.push(...page.items.map((e) => e.action));
      cursor = page.nextCursor;
    } while (cursor && paged.length < 5);
    expect(paged).toEqual(['post.create', 'post.second', 'post.first']);
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
