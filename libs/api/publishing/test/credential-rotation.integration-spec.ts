import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SecretBox } from '@parvis/api/core';
import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { FakeMastodonServer } from '@parvis/api/testing/fake-mastodon';
import { CredentialKeyRotation, PublishingModule } from '../src';
import { testPlatformModule } from './publishing-test-kit';

interface SealedRow {
  id: string;
  sealed: string;
  binding: string;
}

/** `rotate-credentials-key`: every sealed credential moves to the new key, all or nothing. */
describe('credential key rotation (PostgreSQL)', () => {
  let mastodon: FakeMastodonServer;
  let platform: ReturnType<typeof testPlatformModule>;
  let t: TestApp;
  let org: TestOrg;
  let db: DataSource;

  async function sealedRows(): Promise<SealedRow[]> {
    const connections: SealedRow[] = await db.query(
      `SELECT id, sealed_credentials AS sealed, 'channel_connection:' || organization_id || ':' || channel_id AS binding FROM channel_connection ORDER BY id`,
    );
    const clients: SealedRow[] = await db.query(`SELECT id, sealed_client AS sealed, 'oauth_client:' || network || ':' || service_url AS binding FROM oauth_client ORDER BY id`);
    return [...connections, ...clients];
  }
  const opens = (key: Buffer, row: SealedRow): boolean => {
    try {
      new SecretBox(key).open(row.sealed, row.binding);
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    mastodon = await new FakeMastodonServer().start();
    platform = testPlatformModule([mastodon.hostPort]);
    t = await createTestApp([platform.module, PublishingModule, NotificationsModule]);
    db = t.app.get(DataSource);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville chiffrée');
    const admin = await fixtures.agentFor(org.members.admin.email);
    for (const name of ['un', 'deux', 'trois']) {
      const account = mastodon.addAccount(name);
      const id = (await admin.post(`/api/orgs/${org.id}/channels`).send({ network: 'mastodon', handle: `@${name}@demo`, displayName: name }).expect(201)).body.id;
      await admin.put(`/api/orgs/${org.id}/channels/${id}/connection`).send({ serviceUrl: mastodon.origin, fields: { accessToken: account.token } }).expect(200);
    }
    const oauthChannel = (await admin.post(`/api/orgs/${org.id}/channels`).send({ network: 'mastodon', handle: '@oauth@demo', displayName: 'oauth' }).expect(201)).body.id;
    await admin.post(`/api/orgs/${org.id}/channels/${oauthChannel}/connection/oauth`).send({ serviceUrl: mastodon.origin }).expect(200);
  });

  afterAll(async () => {
    await t?.close();
    await platform?.close();
    await mastodon?.stop();
  });

  it('re-encrypts every connection and OAuth registration from the old key to the new one', async () => {
    const before = await sealedRows();
    expect(before).toHaveLength(4);
    expect(before.every((row) => opens(t.config.encryptionKey, row))).toBe(true);
    const newKey = randomBytes(32);
    expect(await t.app.get(CredentialKeyRotation).rotate(t.config.encryptionKey, newKey)).toBe(4);
    const after = await sealedRows();
    expect(after.map((row) => [opens(newKey, row), opens(t.config.encryptionKey, row)])).toEqual(after.map(() => [true, false]));
    const plain = (key: Buffer, row: SealedRow) => new SecretBox(key).open(row.sealed, row.binding);
    expect(after.map((row) => plain(newKey, row))).toEqual(before.map((row) => plain(t.config.encryptionKey, row)));

    // All or nothing: one value that does not open with the old key leaves every row as it was.
    const third = randomBytes(32);
    await db.query(`UPDATE channel_connection SET sealed_credentials = $2 WHERE id = $1`, [after[1]?.id, new SecretBox(randomBytes(32)).seal('{}', after[1]?.binding)]);
    const kept = await sealedRows();
    await expect(t.app.get(CredentialKeyRotation).rotate(newKey, third)).rejects.toThrow('does not open with the old key: nothing was changed');
    expect(await sealedRows()).toEqual(kept);
  });
});
