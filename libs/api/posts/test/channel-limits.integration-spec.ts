import { Global, Module } from '@nestjs/common';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { CHANNEL_CONNECTIONS, NOT_CONNECTED, type ChannelConnectionSummary, type ChannelConnectionsPort } from '@parvis/api/planning';
import { PostsModule } from '../src';

/** The instance's own limits as publishing reports them through planning's port (here: a 1,000-character instance). */
const bigInstance: ChannelConnectionsPort = {
  async summaries(_scope, channelIds) {
    return new Map<string, ChannelConnectionSummary>(channelIds.map((id) => [id, { ...NOT_CONNECTED, status: 'connected', limits: { textLimit: 1000 } }]));
  },
};

@Global()
@Module({ providers: [{ provide: CHANNEL_CONNECTIONS, useValue: bigInstance }], exports: [CHANNEL_CONNECTIONS] })
class InstanceLimitsModule {}

describe("a Mastodon channel's own instance limit (real PostgreSQL)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([InstanceLimitsModule, PostsModule]);
  });
  afterAll(() => t.close());

  it('counts a 700-character status against the instance limit (1,000), not the default 500', async () => {
    const fixtures = new IdentityFixtures(t.app);
    const org = await fixtures.organization('Ville sur une grande instance');
    const admin = await fixtures.agentFor(org.members.admin.email);
    const base = `/api/orgs/${org.id}`;
    const channel = (await admin.post(`${base}/channels`).send({ network: 'mastodon', handle: '@ville@grande.example', displayName: 'Mastodon' }).expect(201)).body.id;
    const post = (await admin.post(`${base}/posts`).send({ masterText: 'a'.repeat(700), channelIds: [channel] }).expect(201)).body;
    expect(post.variants[0].validation).toMatchObject({ length: 700, limit: 1000, violations: [] });
    expect((await admin.post(`${base}/posts/${post.id}/submission-check`)).status).toBe(200);
  });
});
