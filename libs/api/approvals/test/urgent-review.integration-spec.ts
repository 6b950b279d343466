import { createTestApp, TestApp } from '@parvis/api/testing';
import { Role } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

/** The urgent path: published at once with a justification, then reviewed after the fact by the circuit's approvers. */
describe('review after an urgent publication (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
  });
  afterAll(() => t.close());

  const queueIds = async (s: Scenario, agent: TestAgent): Promise<string[]> =>
    ((await agent.get(`${s.base}/review-queue`).expect(200)).body.items as { postId: string }[]).map((i) => i.postId);

  it('stays in the approvers’ queue after going out; each step decides on what went out, the post does not move, and all of it is logged', async () => {
    const s = await Scenario.create(t, 'Ville en alerte');
    const head = await s.member(Role.Approver);
    const otherEditor = await s.member(Role.Editor);
    const [defaultCircuit] = (await s.admin.get(`${s.base}/circuits`).expect(200)).body.items;
    await s.admin.patch(`${s.base}/circuits/${defaultCircuit.id}`).send({
      steps: [
        { name: 'Chef de service', approverKind: 'members', membershipIds: [head.membershipId], quorum: 'any' },
        { name: 'Direction', approverKind: 'role', role: 'editor', quorum: 'any' },
      ],
    }).expect(200);
    const post = await s.post(s.contributor);
    const urgent = (await s.editor.post(`${s.base}/posts/${post.id}/urgent-publication`).send({ justification: 'Alerte météo rouge : routes fermées' }).expect(200)).body;
    expect(urgent).toMatchObject({ status: 'publishing', urgent: true, currentStep: 0, approvedContentHash: post.contentHash });

    // Step 1's approver has it to review after the fact, and was told.
    const [item] = (await head.agent.get(`${s.base}/review-queue`).expect(200)).body.items;
    expect(item).toMatchObject({ postId: post.id, urgent: true, status: 'publishing', stepName: 'Chef de service' });
    expect(((await head.agent.get(`${s.base}/notifications`).expect(200)).body.items as { kind: string }[]).map((n) => n.kind)).toContain('post_review_requested');
    expect((await head.agent.get(`${s.base}/posts/${post.id}/review`).expect(200)).body.callerMayDecide).toBe(true);
    // The same rules as a review: a comment to send it back, the content that went out.
    expect((await s.decide(head.agent, post.id, 'request_changes')).status).toBe(400);
    const stale = await head.agent.post(`${s.base}/posts/${post.id}/decisions`).send({ action: 'approve', step: 0, contentHash: 'autre' });
    expect([stale.status, stale.body.code]).toEqual([409, 'POST_CONTENT_CHANGED']);

    const approved = (await s.decided(head.agent, post.id)).body;
    expect(approved).toMatchObject({ status: 'publishing', currentStep: 1, approvedContentHash: post.contentHash });
    expect([await queueIds(s, head.agent), await queueIds(s, otherEditor.agent)]).toEqual([[], [post.id]]);
    const closed = (await s.decided(otherEditor.agent, post.id, 'request_changes', 'Le numéro de la préfecture manque')).body;
    expect(closed).toMatchObject({ status: 'publishing', currentStep: null, approvedContentHash: post.contentHash });
    expect(await queueIds(s, otherEditor.agent)).toEqual([]);
    expect(((await s.contributor.get(`${s.base}/notifications`).expect(200)).body.items as { kind: string }[]).map((n) => n.kind)).toContain('post_decided');

    const { items } = (await (await s.fixtures.agentFor(s.org.members.viewer.email)).get(`${s.base}/posts/${post.id}/timeline`).expect(200)).body as { items: { action: string; justification: string | null; details: Record<string, unknown> }[] };
    expect(items.map((e) => e.action)).toEqual(['post.create', 'post.publish_urgent', 'post.approve', 'post.request_changes']);
    expect(items[1]).toMatchObject({ justification: 'Alerte météo rouge : routes fermées', details: { urgent: true } });
    expect(items[2]?.details).toMatchObject({ afterTheFact: true, verdict: 'in_review', status: 'publishing', stepName: 'Chef de service' });
    expect(items[3]).toMatchObject({ justification: 'Le numéro de la préfecture manque', details: { afterTheFact: true, verdict: 'changes_requested', status: 'publishing' } });
  });
});
