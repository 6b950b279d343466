import { createTestApp, TestApp } from '@parvis/api/testing';
import { Role } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

interface QueueItem {
  postId: string;
  title: string;
  status: string;
  stepName: string;
  stepDeadline: string | null;
  plannedAt: string | null;
  onBehalfOfName: string | null;
  networks: string[];
  urgent: boolean;
}

/** « À valider »: the posts the caller may decide on now, in SQL, sorted and paged. */
describe('review queue (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
  });
  afterAll(() => t.close());

  const queue = async (s: Scenario, agent: TestAgent, query: Record<string, string | number> = {}): Promise<{ items: QueueItem[]; nextCursor: string | null }> =>
    (await agent.get(`${s.base}/review-queue`).query(query).expect(200)).body;
  const ids = async (s: Scenario, agent: TestAgent) => (await queue(s, agent)).items.map((i) => i.postId);
  const count = async (s: Scenario, agent: TestAgent) => (await agent.get(`${s.base}/review-queue/count`).expect(200)).body.count;

  it('lists a post to the step’s approvers only: never its author, never a member the step does not name, never once decided', async () => {
    const s = await Scenario.create(t, 'Ville qui valide');
    const [first, second] = [await s.member(Role.Approver), await s.member(Role.Approver)];
    const otherEditor = await s.member(Role.Editor);
    const circuit = { name: 'Direction', priority: 5, condition: { sensitive: true }, steps: [{ name: 'Direction', approverKind: 'members', membershipIds: [first.membershipId, second.membershipId], quorum: 'all' }] };
    await s.admin.post(`${s.base}/circuits`).send(circuit).expect(201);
    const byDefault = await s.post(s.contributor, { masterText: 'Fête de la musique\nTout le programme' });
    const sensitive = await s.post(s.contributor);
    const editorsOwn = await s.post(s.editor);
    const draft = await s.post(s.contributor);
    await s.submit(s.contributor, byDefault.id).expect(200);
    await s.submit(s.contributor, sensitive.id, { sensitive: true }).expect(200);
    await s.submit(s.editor, editorsOwn.id).expect(200);

    // The default circuit's step names the editors: the other editor sees both, the author editor not their own.
    expect((await ids(s, otherEditor.agent)).sort()).toEqual([byDefault.id, editorsOwn.id].sort());
    expect(await ids(s, s.editor)).toEqual([byDefault.id]);
    expect(await ids(s, first.agent)).toEqual([sensitive.id]);
    expect(await ids(s, s.approver)).toEqual([]);
    expect(await ids(s, s.contributor)).toEqual([]);
    expect(await ids(s, s.admin)).toEqual([]);
    expect(await ids(s, first.agent)).not.toContain(draft.id);
    const [item] = (await queue(s, s.editor)).items;
    expect(item).toMatchObject({ title: 'Fête de la musique', excerpt: 'Fête de la musique\nTout le programme', stepName: 'Validation éditoriale', networks: ['bluesky'], status: 'in_review', onBehalfOfName: null, urgent: false, authorName: expect.any(String) });
    expect([await count(s, otherEditor.agent), await count(s, first.agent), await count(s, s.approver)]).toEqual([2, 1, 0]);
    expect((await s.editor.get(`${s.base}/posts/${byDefault.id}/review`).expect(200)).body.callerMayDecide).toBe(true);
    expect((await s.approver.get(`${s.base}/posts/${byDefault.id}/review`).expect(200)).body.callerMayDecide).toBe(false);

    // Quorum "all": the first approver's part is done, the second still has it.
    await s.decided(first.agent, sensitive.id);
    expect([await ids(s, first.agent), await ids(s, second.agent)]).toEqual([[], [sensitive.id]]);
    expect((await first.agent.get(`${s.base}/posts/${sensitive.id}/review`).expect(200)).body.callerMayDecide).toBe(false);
    await s.decided(second.agent, sensitive.id);
    expect(await ids(s, second.agent)).toEqual([]);
    // Approved: out of every queue.
    await s.decided(s.editor, byDefault.id);
    expect(await ids(s, otherEditor.agent)).toEqual([editorsOwn.id]);
  });

  it('titles a long first line at its last whole word with « … »', async () => {
    const s = await Scenario.create(t, 'Ville aux longs titres');
    const line = 'La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de travaux de rénovation';
    const post = await s.post(s.contributor, { masterText: `${line}\nHoraires sur le site` });
    await s.submit(s.contributor, post.id).expect(200);
    const [item] = (await queue(s, s.editor)).items;
    expect(item?.title).toBe('La médiathèque Louise-Michel rouvre ses portes samedi après trois mois de…');
  });

  it('lists the steps of an absent approver to their substitute today, naming whom they stand in for', async () => {
    const s = await Scenario.create(t, 'Ville en vacances');
    const absent = await s.member(Role.Approver);
    const substitute = await s.member(Role.Approver);
    const bystander = await s.member(Role.Approver);
    const [defaultCircuit] = (await s.admin.get(`${s.base}/circuits`).expect(200)).body.items;
    await s.admin.patch(`${s.base}/circuits/${defaultCircuit.id}`).send({ steps: [{ name: 'Directeur', approverKind: 'members', membershipIds: [absent.membershipId], quorum: 'any' }] }).expect(200);
    await absent.agent.post(`${s.base}/absences`).send({ substituteMembershipId: substitute.membershipId, startsOn: '2020-01-01', endsOn: '2099-12-31' }).expect(201);
    const post = await s.post(s.contributor);
    await s.submit(s.contributor, post.id).expect(200);
    const [item] = (await queue(s, substitute.agent)).items;
    expect(item).toMatchObject({ postId: post.id, onBehalfOfName: expect.stringContaining('approver') });
    expect((await queue(s, absent.agent)).items[0]).toMatchObject({ postId: post.id, onBehalfOfName: null });
    expect(await ids(s, bystander.agent)).toEqual([]);
    await s.decided(substitute.agent, post.id);
    expect([await ids(s, substitute.agent), await ids(s, absent.agent)]).toEqual([[], []]);
  });

  it('sorts by the step’s deadline, then the planned time (nulls last), then the post id, and pages with a cursor', async () => {
    const s = await Scenario.create(t, 'Ville pressée de valider');
    const [defaultCircuit] = (await s.admin.get(`${s.base}/circuits`).expect(200)).body.items;
    const hours = Date.now() + 3_600_000;
    const at = (h: number) => new Date(hours + h * 3_600_000).toISOString();
    const submitted: string[] = [];
    const make = async (deadlineHours: number | null, plannedAt: string | null) => {
      await s.admin.patch(`${s.base}/circuits/${defaultCircuit.id}`).send({ steps: [{ name: 'Édition', approverKind: 'role', role: 'editor', quorum: 'any', deadlineHours }] }).expect(200);
      const post = await s.post(s.contributor, plannedAt ? { plannedAt } : {});
      await s.submit(s.contributor, post.id).expect(200);
      submitted.push(post.id);
      return post.id;
    };
    const noDeadlineUnplanned = await make(null, null);
    const noDeadlinePlanned = await make(null, at(48));
    const lateDeadline = await make(72, at(24));
    const soonDeadline = await make(2, null);
    const soonDeadlineTooPlanned = await make(2, at(10));
    const sameA = await make(null, at(96));
    const sameB = await make(null, at(96));
    const [firstSame, secondSame] = [sameA, sameB].sort();
    const full = (await queue(s, s.editor)).items;
    // Two posts submitted in one second with the same deadline length: the deadline decides, then the planned time.
    expect(full.slice(0, 2).map((i) => i.postId).sort()).toEqual([soonDeadline, soonDeadlineTooPlanned].sort());
    expect(full.map((i) => i.postId).slice(2)).toEqual([lateDeadline, noDeadlinePlanned, firstSame, secondSame, noDeadlineUnplanned]);
    const keys = full.map((i) => [i.stepDeadline ?? '~', i.plannedAt ?? '~', i.postId].join(' '));
    expect(keys).toEqual([...keys].sort());
    expect(full).toHaveLength(submitted.length);

    const walked: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const body: { items: QueueItem[]; nextCursor: string | null } = await queue(s, s.editor, { limit: 2, ...(cursor ? { cursor } : {}) });
      walked.push(...body.items.map((i) => i.postId));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(walked).toEqual(full.map((i) => i.postId));
    const bad = await s.editor.get(`${s.base}/review-queue`).query({ cursor: Buffer.from(JSON.stringify(['demain', full[0]?.postId])).toString('base64url') });
    expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, 'cursor']);
    expect((await s.editor.get(`${s.base}/review-queue`).query({ limit: 0 })).status).toBe(400);
  });
});
