import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { testDatabaseFromEnvironment } from '@parvis/api/core';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '../src';

/**
 * The organisation's content version (the calendar cache's key), bumped by triggers: once per
 * transaction whatever it changes, at its commit (the organisation row is locked for the commit
 * only, so transactions changing the same organisation do not wait for each other's work).
 */
describe('content version: once per transaction, at its commit (real PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let db: DataSource;
  const version = async (): Promise<number> => Number((await db.query(`SELECT content_version::text AS v FROM organization WHERE id = $1`, [org.id]))[0]?.v);

  beforeAll(async () => {
    t = await createTestApp([PlanningModule, NotificationsModule]);
    db = t.app.get(DataSource);
    org = await new IdentityFixtures(t.app).organization('Ville versionnée');
  });
  afterAll(() => t.close());

  it('a transaction that changes three themes bumps the version once', async () => {
    const before = await version();
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    for (let i = 0; i < 3; i++) await runner.query(`INSERT INTO theme (organization_id, name, color) VALUES ($1, $2, '#112233')`, [org.id, `Thème ${i}`]);
    await runner.query(`UPDATE theme SET color = '#445566' WHERE organization_id = $1`, [org.id]);
    await runner.commitTransaction();
    await runner.release();
    expect(await version()).toBe(before + 1);
    // The next transaction bumps it again (the once-per-transaction mark dies with its transaction).
    await db.query(`UPDATE theme SET color = '#778899' WHERE organization_id = $1`, [org.id]);
    expect(await version()).toBe(before + 2);
  });

  // Needs two connections at once: the embedded engine has one (run with TEST_DATABASE_URL, as CI does).
  (testDatabaseFromEnvironment().embedded ? it.skip : it)('leaves the organisation row unlocked until the commit: another transaction bumping it does not wait', async () => {
    const first = db.createQueryRunner();
    const second = db.createQueryRunner();
    await first.connect();
    await second.connect();
    try {
      await first.startTransaction();
      await first.query(`UPDATE theme SET color = '#010101' WHERE organization_id = $1`, [org.id]);
      await second.startTransaction();
      // With a bump at the change, this would wait for the first transaction's commit.
      await second.query(`SET LOCAL lock_timeout = '2s'`);
      await second.query(`INSERT INTO theme (organization_id, name, color) VALUES ($1, 'Thème concurrent', '#020202')`, [org.id]);
      const before = await version();
      await second.commitTransaction();
      expect(await version()).toBe(before + 1);
      await first.commitTransaction();
      expect(await version()).toBe(before + 2);
    } finally {
      if (first.isTransactionActive) await first.rollbackTransaction();
      if (second.isTransactionActive) await second.rollbackTransaction();
      await first.release();
      await second.release();
    }
  });
});
