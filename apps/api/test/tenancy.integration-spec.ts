import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS, TransactionContext } from '@parvis/api/core';
import { createTestDatabase, TestDatabase } from '@parvis/api/testing';
import { ALL_ENTITIES } from '../src/app/entities';

/** PostgreSQL itself refuses a reference between rows of two organisations (composite foreign keys). */
describe('tenancy enforced by the database', () => {
  let database: TestDatabase;
  let db: DataSource;
  const ids: Record<string, string> = {};
  const one = async (sql: string, params: unknown[] = []): Promise<string> => ((await db.query(sql, params)) as { id: string }[])[0]?.id ?? '';

  beforeAll(async () => {
    database = createTestDatabase();
    db = new DataSource(dataSourceOptions(database.target, ALL_ENTITIES));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    for (const org of ['a', 'b']) {
      const orgId = await one(`INSERT INTO organization (name, slug) VALUES ($1, $1) RETURNING id`, [`org-${org}-${Date.now()}`]);
      const userId = await one(`INSERT INTO app_user (email, display_name) VALUES ($1, 'X') RETURNING id`, [`${org}-${Date.now()}@t.fr`]);
      ids[`${org}Org`] = orgId;
      ids[`${org}Member`] = await one(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'contributor') RETURNING id`, [orgId, userId]);
      ids[`${org}Team`] = await one(`INSERT INTO team (organization_id, name) VALUES ($1, 'T') RETURNING id`, [orgId]);
      ids[`${org}Theme`] = await one(`INSERT INTO theme (organization_id, name, color) VALUES ($1, 'T', '#000000') RETURNING id`, [orgId]);
      ids[`${org}Audience`] = await one(`INSERT INTO audience (organization_id, name) VALUES ($1, 'A') RETURNING id`, [orgId]);
      ids[`${org}Channel`] = await one(`INSERT INTO channel (organization_id, network, handle, display_name) VALUES ($1, 'bluesky', 'h', 'H') RETURNING id`, [orgId]);
      ids[`${org}Campaign`] = await one(`INSERT INTO campaign (organization_id, name, starts_on, ends_on) VALUES ($1, 'C', '2026-01-01', '2026-02-01') RETURNING id`, [orgId]);
      ids[`${org}Brief`] = await one(`INSERT INTO brief (organization_id, title, planned_at) VALUES ($1, 'B', now()) RETURNING id`, [orgId]);
    }
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const refused = async (sql: string, params: string[]): Promise<void> => {
    await expect(db.query(sql, params)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
  };

  it.each([
    ['a brief on another organisation’s theme', `UPDATE brief SET theme_id = $2 WHERE id = $1`, 'aBrief', 'bTheme'],
    ['a brief in another organisation’s campaign', `UPDATE brief SET campaign_id = $2 WHERE id = $1`, 'aBrief', 'bCampaign'],
    ['a brief assigned to another organisation’s member', `UPDATE brief SET assignee_membership_id = $2 WHERE id = $1`, 'aBrief', 'bMember'],
    ['a campaign on another organisation’s theme', `UPDATE campaign SET theme_id = $2 WHERE id = $1`, 'aCampaign', 'bTheme'],
  ])('refuses %s', async (_label, sql, from, to) => {
    await refused(sql, [ids[from] ?? '', ids[to] ?? '']);
  });

  it.each([
    ['brief_audience', 'brief_id', 'audience_id', 'aBrief', 'bAudience'],
    ['brief_channel', 'brief_id', 'channel_id', 'aBrief', 'bChannel'],
    ['campaign_audience', 'campaign_id', 'audience_id', 'aCampaign', 'bAudience'],
    ['channel_audience', 'channel_id', 'audience_id', 'aChannel', 'bAudience'],
    ['membership_team', 'membership_id', 'team_id', 'aMember', 'bTeam'],
  ])('refuses a %s link across organisations, whichever organisation the row claims', async (table, owner, target, from, to) => {
    for (const org of ['aOrg', 'bOrg']) {
      await refused(`INSERT INTO ${table} (organization_id, ${owner}, ${target}) VALUES ($1, $2, $3)`, [ids[org] ?? '', ids[from] ?? '', ids[to] ?? '']);
    }
  });

  it('refuses a comment or a calendar feed attached across organisations', async () => {
    await refused(`INSERT INTO brief_comment (organization_id, brief_id, body) VALUES ($1, $2, 'x')`, [ids['bOrg'] ?? '', ids['aBrief'] ?? '']);
    await refused(`INSERT INTO calendar_feed (organization_id, membership_id, token_hash) VALUES ($1, $2, repeat('a', 64))`, [ids['bOrg'] ?? '', ids['aMember'] ?? '']);
  });

  it('accepts the same links within one organisation, and clears only the reference when its row goes', async () => {
    await db.query(`UPDATE brief SET theme_id = $2, assignee_membership_id = $3 WHERE id = $1`, [ids['aBrief'], ids['aTheme'], ids['aMember']]);
    await db.query(`INSERT INTO brief_audience (organization_id, brief_id, audience_id) VALUES ($1, $2, $3)`, [ids['aOrg'], ids['aBrief'], ids['aAudience']]);
    await db.query(`DELETE FROM theme WHERE id = $1`, [ids['aTheme']]);
    const [brief] = await db.query(`SELECT organization_id, theme_id, assignee_membership_id FROM brief WHERE id = $1`, [ids['aBrief']]);
    expect(brief).toEqual({ organization_id: ids['aOrg'], theme_id: null, assignee_membership_id: ids['aMember'] });
  });
});

describe('tenancy migration', () => {
  it('carries existing links over (organisation ids filled in) and can be undone', async () => {
    const database = createTestDatabase();
    const tenancyIndex = MIGRATIONS.findIndex((m) => m.name.startsWith('Tenancy'));
    const db = new DataSource({ ...dataSourceOptions(database.target, ALL_ENTITIES), migrations: MIGRATIONS.slice(0, tenancyIndex) });
    await db.initialize();
    try {
      await db.runMigrations({ transaction: 'each' });
      const [org] = await db.query(`INSERT INTO organization (name, slug) VALUES ('O', 'o') RETURNING id`);
      const [audience] = await db.query(`INSERT INTO audience (organization_id, name) VALUES ($1, 'A') RETURNING id`, [org.id]);
      const [brief] = await db.query(`INSERT INTO brief (organization_id, title, planned_at) VALUES ($1, 'B', now()) RETURNING id`, [org.id]);
      await db.query(`INSERT INTO brief_audience (brief_id, audience_id) VALUES ($1, $2)`, [brief.id, audience.id]);
      const later = new DataSource({ ...dataSourceOptions(database.target, ALL_ENTITIES), migrations: MIGRATIONS });
      await later.initialize();
      try {
        await later.runMigrations({ transaction: 'each' });
        expect(await later.query(`SELECT organization_id, brief_id, audience_id FROM brief_audience`)).toEqual([{ organization_id: org.id, brief_id: brief.id, audience_id: audience.id }]);
        expect(await later.query(`SELECT version FROM brief`)).toEqual([{ version: 1 }]);
        for (let i = tenancyIndex; i < MIGRATIONS.length; i++) await later.undoLastMigration({ transaction: 'each' });
        expect(await later.query(`SELECT brief_id, audience_id FROM brief_audience`)).toEqual([{ brief_id: brief.id, audience_id: audience.id }]);
      } finally {
        await later.destroy();
      }
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});

describe('one transaction pattern on a single-connection pool (the embedded engine)', () => {
  let database: TestDatabase;
  let db: DataSource;
  let transactions: TransactionContext;

  beforeAll(async () => {
    database = createTestDatabase();
    const options = dataSourceOptions({ ...database.target, embedded: true }, ALL_ENTITIES);
    db = new DataSource({ ...options, extra: { ...options.extra, connectionTimeoutMillis: 1500 } });
    await db.initialize();
    transactions = new TransactionContext(db);
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('every repository call inside run() uses the transaction’s own connection, nested runs join it', async () => {
    const result = await transactions.run(() => transactions.run(async () => Number((await transactions.manager.query('SELECT 41 + 1 AS n'))[0].n)));
    expect(result).toBe(42);
  });

  it('a second pooled connection awaited inside a transaction fails loudly instead of hanging', async () => {
    await expect(transactions.run(() => db.query('SELECT 1'))).rejects.toThrow(/timeout/i);
  });
});
