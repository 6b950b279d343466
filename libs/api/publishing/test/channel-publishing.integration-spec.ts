import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { FakeMastodonServer } from '@parvis/api/testing/fake-mastodon';
import type TestAgent from 'supertest/lib/agent';
import { PublishingModule } from '../src';
import { testPlatformModule } from './publishing-test-kit';

jest.setTimeout(60_000);

interface ChannelRow {
  id: string;
  connection: { status: string; publishing: string | null };
}

/** The channel list tells every role how a channel publishes (the adapter's capability), not only its admins. */
describe('channel list: how each channel publishes (PostgreSQL, strict Mastodon server)', () => {
  let mastodon: FakeMastodonServer;
  let platform: ReturnType<typeof testPlatformModule>;
  let t: TestApp;
  let org: TestOrg;
  let admin: TestAgent;
  const ids = { manual: '', automatic: '', none: '' };
  const base = () => `/api/orgs/${org.id}`;

  beforeAll(async () => {
    mastodon = await new FakeMastodonServer({ maxCharacters: 500 }).start();
    const camille = mastodon.addAccount('camille', 'Ville de Démo');
    platform = testPlatformModule([mastodon.hostPort]);
    t = await createTestApp([platform.module, PublishingModule, NotificationsModule]);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville qui publie à la main');
    admin = await fixtures.agentFor(org.members.admin.email);
    const channel = async (network: string, handle: string) => (await admin.post(`${base()}/channels`).send({ network, handle, displayName: handle }).expect(201)).body.id as string;
    ids.manual = await channel('linkedin', 'ville-linkedin');
    ids.automatic = await channel('mastodon', '@camille@demo');
    ids.none = await channel('bluesky', 'ville.bsky.social');
    await admin.put(`${base()}/channels/${ids.manual}/connection`).send({ publishing: 'manual' }).expect(200);
    await admin.put(`${base()}/channels/${ids.automatic}/connection`).send({ serviceUrl: mastodon.origin, fields: { accessToken: camille.token } }).expect(200);
  });

  afterAll(async () => {
    await t?.close();
    await platform?.close();
    await mastodon?.stop();
  });

  it.each(['admin', 'editor', 'contributor', 'approver', 'viewer'] as const)('%s: manual for the channel published by hand, automatic for the connected account, null when not connected', async (role) => {
    const agent = await new IdentityFixtures(t.app).agentFor(org.members[role].email);
    const items = (await agent.get(`${base()}/channels`).expect(200)).body.items as ChannelRow[];
    const connectionOf = (id: string) => items.find((item) => item.id === id)?.connection;
    expect(connectionOf(ids.manual)).toMatchObject({ status: 'connected', publishing: 'manual' });
    expect(connectionOf(ids.automatic)).toMatchObject({ status: 'connected', publishing: 'automatic' });
    expect(connectionOf(ids.none)).toMatchObject({ status: 'not_connected', publishing: null });
  });

  it('stops saying manual once the channel is no longer published by hand', async () => {
    await admin.delete(`${base()}/channels/${ids.manual}/connection`).expect(204);
    const items = (await admin.get(`${base()}/channels`).expect(200)).body.items as ChannelRow[];
    expect(items.find((item) => item.id === ids.manual)?.connection).toMatchObject({ status: 'not_connected', publishing: null });
  });
});
