import { createTestApp, TestApp } from '@parvis/api/testing';
import { Role } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

/** Each approval is bound to the content it saw: after an edit, the approver reads the diff against what was approved. */
describe('what was approved, and what changed since (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
  });
  afterAll(() => t.close());

  const reviewAs = async (s: Scenario, agent: TestAgent, postId: string) => (await agent.get(`${s.base}/posts/${postId}/review`).expect(200)).body;
  const diffOf = async (s: Scenario, agent: TestAgent, postId: string, from: number, to: number) =>
    (await agent.get(`${s.base}/posts/${postId}/diff`).query({ from, to }).expect(200)).body;

  it('names the version each approver approved, and the diff from it to the current content shows the edit', async () => {
    const s = await Scenario.create(t, 'Ville attentive');
    const head = await s.member(Role.Approver);
    const [defaultCircuit] = (await s.admin.get(`${s.base}/circuits`).expect(200)).body.items;
    await s.admin.patch(`${s.base}/circuits/${defaultCircuit.id}`).send({
      steps: [
        { name: 'Chef de service', approverKind: 'members', membershipIds: [head.membershipId], quorum: 'any' },
        { name: 'Direction', approverKind: 'role', role: 'editor', quorum: 'any' },
      ],
    }).expect(200);
    const post = await s.post(s.contributor, { masterText: 'Collecte des encombrants jeudi' });
    const submitted = await s.submit(s.contributor, post.id).expect(200);
    expect(submitted.body).toMatchObject({ approvedVersionNumber: null, latestVersionNumber: 1 });
    await s.decided(head.agent, post.id);
    // Approved at step 1: the step-2 approver sees what step 1 approved (the current content).
    expect(await reviewAs(s, s.editor, post.id)).toMatchObject({ approvedVersionNumber: 1, latestVersionNumber: 1, callerMayDecide: true });

    const edited = (await s.contributor.patch(`${s.base}/posts/${post.id}`).send({ masterText: 'Collecte des encombrants vendredi' }).expect(200)).body;
    const mine = await reviewAs(s, head.agent, post.id);
    expect(mine).toMatchObject({ status: 'in_review', currentStep: 0, round: 2, approvedVersionNumber: 1, callerMayDecide: true, contentHash: edited.contentHash });
    const latest = mine.latestVersionNumber as number;
    expect(latest).toBeGreaterThan(1);
    const diff = await diffOf(s, head.agent, post.id, mine.approvedVersionNumber, latest);
    expect(diff.master).toEqual(expect.arrayContaining([{ kind: 'removed', text: expect.stringContaining('jeudi') }, { kind: 'added', text: expect.stringContaining('vendredi') }]));

    // Approving again binds the approval to the new content: the diff since then is empty.
    await s.decided(head.agent, post.id);
    const now = await reviewAs(s, head.agent, post.id);
    expect([now.approvedVersionNumber, now.latestVersionNumber, now.callerMayDecide]).toEqual([latest, latest, false]);
    expect(await reviewAs(s, s.editor, post.id)).toMatchObject({ approvedVersionNumber: latest, callerMayDecide: true });
    const decisions = now.decisions as { round: number; contentHash: string }[];
    expect(decisions.map((d) => [d.round, d.contentHash])).toEqual([[1, post.contentHash], [2, edited.contentHash]]);
  });

  it('diffs up to the latest saved version by default, although submitting moved post.version past it', async () => {
    const s = await Scenario.create(t, 'Ville par défaut');
    const post = await s.post(s.contributor, { masterText: 'Marché couvert samedi' });
    await s.contributor.patch(`${s.base}/posts/${post.id}`).send({ masterText: 'Marché couvert dimanche' }).expect(200);
    const review = (await s.submit(s.contributor, post.id).expect(200)).body;
    // The submission is a status move: the post's version counts it, no version is saved for it.
    const current = (await s.editor.get(`${s.base}/posts/${post.id}`).expect(200)).body;
    expect(current.version).toBeGreaterThan(review.latestVersionNumber);
    const diff = (await s.editor.get(`${s.base}/posts/${post.id}/diff`).expect(200)).body;
    expect([diff.from, diff.to]).toEqual([review.latestVersionNumber - 1, review.latestVersionNumber]);
    expect(diff.master).toEqual(expect.arrayContaining([{ kind: 'removed', text: 'samedi' }, { kind: 'added', text: 'dimanche' }]));
  });
});
