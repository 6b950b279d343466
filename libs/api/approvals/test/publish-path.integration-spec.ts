import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { BlueskyAdapter } from '@parvis/api/adapters/bluesky';
import { PEER_START_TIMEOUT_MS, startBlueskyPeer, type BlueskyPeer } from '@parvis/api/adapters/bluesky/testing';
import { MastodonAdapter } from '@parvis/api/adapters/mastodon';
import { SafeHttpClient } from '@parvis/api/http';
import { ManualChannelAdapter, PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';
import { PublisherService, PublishingModule } from '@parvis/api/publishing';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { FakeMastodonServer, type FakeAccount } from '@parvis/api/testing/fake-mastodon';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

jest.setTimeout(60_000);

/** The real adapters, registered as apps/api registers them, allowed to reach the local peers. */
function platformModule(http: SafeHttpClient): DynamicModule {
  const registry = new PlatformRegistry([new BlueskyAdapter({ http, allowHttp: true }), new MastodonAdapter({ http, allowHttp: true, mediaTimeoutMs: 10_000 }), new ManualChannelAdapter()]);
  @Global()
  @Module({})
  class PeersPlatformModule {}
  return { module: PeersPlatformModule, providers: [{ provide: PLATFORM_REGISTRY, useValue: registry }], exports: [PLATFORM_REGISTRY] };
}

/** From a contributor's draft to the live posts on the real PDS and the strict Mastodon server. */
describe('an approved post goes out: schedule, pause, edit, urgent path', () => {
  let peer: BlueskyPeer;
  let mastodon: FakeMastodonServer;
  let camille: FakeAccount;
  let http: SafeHttpClient;
  let t: TestApp;
  let s: Scenario;
  let publisher: PublisherService;
  const channels = { bluesky: '', mastodon: '' };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  const status = async (postId: string): Promise<string> => (await s.editor.get(`${s.base}/posts/${postId}`).expect(200)).body.status;
  const version = async (postId: string): Promise<number> => (await s.editor.get(`${s.base}/posts/${postId}`).expect(200)).body.version;
  const publications = (postId: string) => s.editor.get(`${s.base}/posts/${postId}/publications`).expect(200).then((r) => r.body.items as { state: string; url: string | null; channelId: string }[]);
  const statusesWith = (text: string) => mastodon.state.statusesOf(camille.id).filter((item) => item.text === text).length;
  async function recordsWith(text: string): Promise<number> {
    const response = await fetch(`${peer.pdsUrl}/xrpc/com.atproto.repo.listRecords?${new URLSearchParams({ repo: peer.accounts[0].did, collection: 'app.bsky.feed.post', limit: '100' })}`);
    return ((await response.json()) as { records: { value: { text: string } }[] }).records.filter((record) => record.value.text === text).length;
  }
  /** Drafted by the contributor, submitted, approved by the editor (the default circuit's one step). */
  async function approvedPost(text: string, plannedAt: Date): Promise<string> {
    const post = (await s.contributor.post(`${s.base}/posts`).send({ masterText: text, channelIds: [channels.bluesky, channels.mastodon], plannedAt: plannedAt.toISOString() }).expect(201)).body;
    await s.submit(s.contributor, post.id).expect(200);
    expect((await s.decided(s.editor, post.id)).body.status).toBe('approved');
    return post.id;
  }
  const schedule = async (postId: string) => s.editor.post(`${s.base}/posts/${postId}/schedule`).set('If-Match', String(await version(postId))).send({});
  const setPaused = (paused: boolean) => s.admin.put(`${s.base}/publication-pause`).send({ paused, reason: paused ? 'Crise en cours, on attend' : undefined });

  beforeAll(async () => {
    peer = await startBlueskyPeer(['alice']);
    mastodon = await new FakeMastodonServer({ maxCharacters: 1000 }).start();
    camille = mastodon.addAccount('camille', 'Ville de Démo');
    http = new SafeHttpClient({ allowList: [peer.allowListEntry, mastodon.hostPort] });
    t = await createTestApp([platformModule(http), ApprovalsModule, PublishingModule], { env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'parvis-publish-path-')) } });
    publisher = t.app.get(PublisherService);
    s = await Scenario.create(t, 'Ville qui publie');
    channels.bluesky = (await s.admin.post(`${s.base}/channels`).send({ network: 'bluesky', handle: 'alice.test', displayName: 'Alice' }).expect(201)).body.id;
    channels.mastodon = (await s.admin.post(`${s.base}/channels`).send({ network: 'mastodon', handle: '@camille@demo', displayName: 'Camille' }).expect(201)).body.id;
    await s.admin.put(`${s.base}/channels/${channels.bluesky}/connection`).send({ serviceUrl: peer.pdsUrl, fields: { identifier: 'alice.test', appPassword: peer.accounts[0].appPassword } }).expect(200);
    await s.admin.put(`${s.base}/channels/${channels.mastodon}/connection`).send({ serviceUrl: mastodon.origin, fields: { accessToken: camille.token } }).expect(200);
  }, PEER_START_TIMEOUT_MS);

  afterAll(async () => {
    await t?.close();
    await http?.close();
    await mastodon?.stop();
    await peer?.stop();
  });

  it('drafted, submitted, approved, scheduled 2 s ahead: the tick publishes it once to each peer and the post ends published with each live URL', async () => {
    const text = 'Fête de la musique : scène place du marché à 20 h';
    const postId = await approvedPost(text, new Date(Date.now() + 60_000));
    await s.editor.patch(`${s.base}/posts/${postId}`).set('If-Match', String(await version(postId))).send({ plannedAt: new Date(Date.now() + 2_000).toISOString() }).expect(200);
    expect(await status(postId)).toBe('approved');
    expect((await schedule(postId)).status).toBe(200);
    expect(await status(postId)).toBe('scheduled');
    expect((await publications(postId)).map((row) => row.state)).toEqual(['pending', 'pending']);
    expect(await publisher.tick()).toBe(0);
    for (let round = 0; round < 40 && (await status(postId)) !== 'published'; round++) {
      await publisher.tick();
      await sleep(200);
    }
    expect(await status(postId)).toBe('published');
    const rows = await publications(postId);
    expect(rows.map((row) => row.state)).toEqual(['published', 'published']);
    expect(rows.every((row) => row.url?.startsWith('http'))).toBe(true);
    expect(await publisher.tick()).toBe(0);
    expect(await recordsWith(text)).toBe(1);
    expect(statusesWith(text)).toBe(1);
    const actions = (await s.audit({ objectId: postId })).map((event: { action: string }) => event.action);
    expect(actions).toContain('post.schedule');
  });

  it('refuses to schedule a post not approved, with a code; unschedule cancels what never started', async () => {
    const draft = (await s.contributor.post(`${s.base}/posts`).send({ masterText: 'Brouillon', channelIds: [channels.mastodon], plannedAt: new Date().toISOString() }).expect(201)).body;
    const refused = await schedule(draft.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('POST_TRANSITION_NOT_ALLOWED');
    expect((await s.contributor.post(`${s.base}/posts/${draft.id}/schedule`).send({})).status).toBe(403);
    const postId = await approvedPost('Réunion publique reportée', new Date(Date.now() + 3_600_000));
    expect((await schedule(postId)).status).toBe(200);
    expect(await publications(postId)).toHaveLength(2);
    const stale = await s.editor.post(`${s.base}/posts/${postId}/unschedule`).set('If-Match', '1').send({});
    expect(stale.status).toBe(412);
    await s.editor.post(`${s.base}/posts/${postId}/unschedule`).set('If-Match', String(await version(postId))).send({}).expect(200);
    expect(await status(postId)).toBe('approved');
    expect(await publications(postId)).toEqual([]);
  });

  it('an edit of a scheduled post sends it back to review and cancels its pending publications', async () => {
    const postId = await approvedPost('Travaux rue de la Gare', new Date(Date.now() + 3_600_000));
    expect((await schedule(postId)).status).toBe(200);
    await s.editor.patch(`${s.base}/posts/${postId}`).set('If-Match', String(await version(postId))).send({ masterText: 'Travaux rue de la Gare, lundi' }).expect(200);
    expect(await status(postId)).toBe('in_review');
    expect(await publications(postId)).toEqual([]);
  });

  it('the urgent path sends the post at once, unless publications are paused', async () => {
    const text = 'Alerte : route départementale coupée';
    const post = (await s.editor.post(`${s.base}/posts`).send({ masterText: text, channelIds: [channels.bluesky, channels.mastodon] }).expect(201)).body;
    await setPaused(true).expect(200);
    await s.editor.post(`${s.base}/posts/${post.id}/urgent-publication`).set('If-Match', String(post.version)).send({ justification: 'Inondation, la route est fermée' }).expect(200);
    expect(await status(post.id)).toBe('publishing');
    expect(await publisher.tick()).toBe(0);
    expect(statusesWith(text)).toBe(0);
    await setPaused(false).expect(200);
    expect(await publisher.tick()).toBe(2);
    expect(await status(post.id)).toBe('published');
    expect(await recordsWith(text)).toBe(1);
    expect(statusesWith(text)).toBe(1);
  });

  it('the post follows its publications: failed for good (credentials refused) → failed, each variant keeping its state', async () => {
    const postId = await approvedPost('Vide-grenier dimanche au stade', new Date(Date.now() - 1_000));
    expect((await schedule(postId)).status).toBe(200);
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 401 });
    expect(await publisher.tick()).toBe(2);
    expect(await status(postId)).toBe('failed');
    const states = (await publications(postId)).map((row) => row.state).sort();
    expect(states).toEqual(['failed', 'published']);
  });
});
