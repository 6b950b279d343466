import { JobRunner, JobRunsRepository } from '@parvis/api/core';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { Role } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { ApprovalsModule, ReviewRemindersJob } from '../src';
import { Scenario } from './approvals-helpers';

const HOUR = 3_600_000;

/** Deadline reminders: once per post × step × round, to the approvers who have not decided, whichever instance runs the job. */
describe('review reminders (real PostgreSQL)', () => {
  let t: TestApp;
  let job: ReviewRemindersJob;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
    job = t.app.get(ReviewRemindersJob);
  });
  afterAll(() => t.close());

  const reminders = async (s: Scenario, agent: TestAgent, postId: string): Promise<string[]> =>
    ((await agent.get(`${s.base}/notifications`).expect(200)).body.items as { kind: string; link: string; title: string }[])
      .filter((n) => n.kind === 'post_review_reminder' && n.link.includes(postId))
      .map((n) => n.title);
  const setSteps = async (s: Scenario, steps: object[]) => {
    const [defaultCircuit] = (await s.admin.get(`${s.base}/circuits`).expect(200)).body.items;
    await s.admin.patch(`${s.base}/circuits/${defaultCircuit.id}`).send({ steps }).expect(200);
  };

  it('reminds a step whose deadline or planned time is within 24 h, once, and only those who have not decided', async () => {
    const s = await Scenario.create(t, 'Ville qui rappelle');
    const [first, second] = [await s.member(Role.Approver), await s.member(Role.Approver)];
    await setSteps(s, [
      { name: 'Direction', approverKind: 'members', membershipIds: [first.membershipId, second.membershipId], quorum: 'all', deadlineHours: 12 },
      { name: 'Cabinet', approverKind: 'role', role: 'editor', quorum: 'any', deadlineHours: 48 },
    ]);
    const post = await s.post(s.contributor, { plannedAt: new Date(Date.now() + 72 * HOUR).toISOString() });
    await s.submit(s.contributor, post.id).expect(200);
    await s.decided(first.agent, post.id);
    await job.run();
    expect(await reminders(s, second.agent, post.id)).toEqual([expect.stringMatching(/^Rappel : « Collecte des encombrants n° \d+ » attend votre validation \(Direction\) avant le \d+\/\d{2} à \d{2}:\d{2}$/)]);
    // The one who already approved is not reminded; a second run reminds nobody again.
    expect(await reminders(s, first.agent, post.id)).toEqual([]);
    expect(await job.run()).toBe('0 reminder(s) sent');
    expect(await reminders(s, second.agent, post.id)).toHaveLength(1);

    // The next step starts a new deadline 48 h away and the post is planned in 72 h: not yet…
    await s.decided(second.agent, post.id);
    await job.run();
    expect(await reminders(s, s.editor, post.id)).toEqual([]);
    // …but a day and a half later the deadline is within 24 h.
    await job.run(new Date(Date.now() + 30 * HOUR));
    expect(await reminders(s, s.editor, post.id)).toHaveLength(1);
    await job.run(new Date(Date.now() + 31 * HOUR));
    expect(await reminders(s, s.editor, post.id)).toHaveLength(1);
  });

  it('reminds by the planned time when the step has no deadline, again after an edit starts a new round, never an approved post', async () => {
    const s = await Scenario.create(t, 'Ville qui planifie');
    const soon = await s.post(s.contributor, { plannedAt: new Date(Date.now() + 10 * HOUR).toISOString() });
    const later = await s.post(s.contributor, { plannedAt: new Date(Date.now() + 30 * HOUR).toISOString() });
    const unplanned = await s.post(s.contributor);
    for (const post of [soon, later, unplanned]) await s.submit(s.contributor, post.id).expect(200);
    await job.run();
    expect(await reminders(s, s.editor, soon.id)).toHaveLength(1);
    expect([await reminders(s, s.editor, later.id), await reminders(s, s.editor, unplanned.id)]).toEqual([[], []]);
    // Step 1 of round 2 is another reminder.
    await s.decided(s.editor, soon.id);
    await s.contributor.patch(`${s.base}/posts/${soon.id}`).send({ masterText: 'Collecte avancée' }).expect(200);
    await job.run();
    expect(await reminders(s, s.editor, soon.id)).toHaveLength(2);
    await s.decided(s.editor, soon.id);
    await job.run(new Date(Date.now() + 2 * HOUR));
    expect(await reminders(s, s.editor, soon.id)).toHaveLength(2);
  });

  it('sends each reminder once when runs race in parallel transactions, and the claimed job runs once across instances', async () => {
    const s = await Scenario.create(t, 'Ville à plusieurs instances');
    const editors = [s.editor, ...(await Promise.all([1, 2].map(() => s.member(Role.Editor)))).map((m) => m.agent)];
    const posts = [];
    for (let i = 0; i < 4; i++) {
      const post = await s.post(s.contributor, { plannedAt: new Date(Date.now() + 5 * HOUR).toISOString() });
      await s.submit(s.contributor, post.id).expect(200);
      posts.push(post);
    }
    const outcomes = await Promise.all([job.run(), job.run(), job.run()]);
    const sent = outcomes.reduce((sum, outcome) => sum + Number(outcome.split(' ')[0]), 0);
    expect(sent).toBe(posts.length * editors.length);
    for (const agent of editors) for (const post of posts) expect(await reminders(s, agent, post.id)).toHaveLength(1);

    // The runner runs it through the job_run claim: of three instances claiming one occurrence at once, one wins.
    expect(t.app.get(JobRunner).registered).toContain(job.name);
    expect(await t.app.get(JobRunner).runNow(job.name)).toBe(true);
    await t.app.get(DataSource).query(`UPDATE job_run SET next_run_at = now() WHERE name = $1`, [job.name]);
    const claims = await Promise.all([1, 2, 3].map(() => t.app.get(JobRunsRepository).claim(job.name, job.everySeconds, 600)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
