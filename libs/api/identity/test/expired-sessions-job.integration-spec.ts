import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { JobRunner, JobRunsRepository, ScheduledJob } from '@parvis/api/core';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '../src/testing';
import { IdentityModule } from '../src';

describe('scheduled jobs: the expired-session purge, one run per occurrence across instances (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await createTestApp([IdentityModule]);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('removes expired sessions and stale login counters, keeps the rest', async () => {
    const fixtures = new IdentityFixtures(t.app);
    const user = await fixtures.user();
    const live = await fixtures.agentFor(user.email);
    await fixtures.agentFor(user.email);
    const [rows]: [{ id: string }[], number] = await db.query(
      "UPDATE user_session SET expires_at = now() - interval '1 hour' WHERE id = (SELECT id FROM user_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1) RETURNING id",
      [user.id],
    );
    expect(rows).toHaveLength(1);
    await db.query(
      "INSERT INTO login_throttle (account_key, client_address, failures, updated_at) VALUES ('old@test.fr', '192.0.2.1', 2, now() - interval '3 days'), ('new@test.fr', '192.0.2.1', 2, now())",
    );

    expect(await t.app.get(JobRunner).runNow('identity.expired-sessions')).toBe(true);

    const sessions: { id: string }[] = await db.query('SELECT id FROM user_session WHERE user_id = $1', [user.id]);
    expect(sessions.map((s) => s.id)).not.toContain(rows[0]?.id);
    expect(sessions).toHaveLength(1);
    await live.get('/api/auth/me').expect(200);
    const counters: { account_key: string }[] = await db.query('SELECT account_key FROM login_throttle');
    expect(counters.map((c) => c.account_key)).toEqual(['new@test.fr']);
    const [run]: { last_outcome: string; lease_until: Date | null }[] = await db.query("SELECT last_outcome, lease_until FROM job_run WHERE name = 'identity.expired-sessions'");
    expect(run).toEqual({ last_outcome: '1 expired session(s) and 1 stale login counter(s) removed', lease_until: null });
  });

  it('runs each occurrence once however many instances tick, and not again before it is due', async () => {
    let runs = 0;
    const job: ScheduledJob = {
      name: 'test.counting',
      everySeconds: 3600,
      run: async () => {
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        return 'counted';
      },
    };
    // Two instances: two runners over the same database.
    const config = t.config;
    const instances = [0, 1].map(() => new JobRunner(t.app.get(JobRunsRepository), new SchedulerRegistry(), config));
    for (let round = 1; round <= 5; round++) {
      await db.query("UPDATE job_run SET next_run_at = now() WHERE name = 'test.counting'");
      const won = await Promise.all(instances.map((runner) => runner.runIfClaimed(job)));
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(runs).toBe(round);
    }
    expect(await instances[0]?.runIfClaimed(job)).toBe(false);
    expect(runs).toBe(5);
  });

  it('logs a run that did nothing at debug, one that did work at log, a failure at error', async () => {
    const levels = (['debug', 'log', 'error'] as const).map((level) => [level, jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined)] as const);
    const runner = new JobRunner(t.app.get(JobRunsRepository), new SchedulerRegistry(), t.config);
    const job = (name: string, run: ScheduledJob['run']): ScheduledJob => ({ name, everySeconds: 3600, run });
    try {
      const jobs = [
        job('test.idle', async () => '0 mail(s) sent, 0 deferred, 0 failed'),
        job('test.idle-report', async () => ({ summary: 'nothing to reconcile', idle: true })),
        job('test.worked', async () => '0 mail(s) sent, 2 deferred, 0 failed'),
        job('test.no-count', async () => 'counted'),
        job('test.failing', async () => {
          throw new Error('SMTP unreachable');
        }),
      ];
      for (const each of jobs) {
        await db.query('UPDATE job_run SET next_run_at = now() WHERE name = $1', [each.name]);
        expect(await runner.runIfClaimed(each)).toBe(true);
      }
      const said = Object.fromEntries(levels.map(([level, spy]) => [level, spy.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('test.'))]));
      expect(said).toEqual({
        debug: ['test.idle: 0 mail(s) sent, 0 deferred, 0 failed', 'test.idle-report: nothing to reconcile'],
        log: ['test.worked: 0 mail(s) sent, 2 deferred, 0 failed', 'test.no-count: counted'],
        error: ['test.failing failed: SMTP unreachable'],
      });
      const [run]: { last_outcome: string }[] = await db.query("SELECT last_outcome FROM job_run WHERE name = 'test.idle-report'");
      expect(run?.last_outcome).toBe('nothing to reconcile');
    } finally {
      levels.forEach(([, spy]) => spy.mockRestore());
    }
  });
});
