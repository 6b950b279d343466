import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { PEER_START_TIMEOUT_MS, startBlueskyPeer, type BlueskyPeer } from '@parvis/api/adapters/bluesky/testing';
import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { FakeMastodonServer, type FakeAccount } from '@parvis/api/testing/fake-mastodon';
import { MAX_PUBLISH_ATTEMPTS } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import { PublisherService, PublishingModule } from '../src';
import { CountingProxy, testPlatformModule } from './publishing-test-kit';

jest.setTimeout(90_000);

interface Shown {
  id: string;
  state: string;
  errorKind: string | null;
  canRetry: boolean;
  attempts: number;
}

interface ThreadRecord {
  uri: string;
  cid: string;
  value: { text: string; reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } } };
}

/**
 * What happens after things go wrong, against the real PDS and the strict Mastodon server: a thread
 * resumes where it stopped, a lost answer is settled by asking the network (past the Idempotency-Key's
 * life too), an outcome nobody can know stays shown and is never sent again blindly, lost credentials
 * flag the channel and tell its admins.
 */
describe('publisher recovery: threads resume, lost answers reconciled, unknown outcomes held', () => {
  let peer: BlueskyPeer;
  let proxy: CountingProxy;
  let mastodon: FakeMastodonServer;
  let camille: FakeAccount;
  let platform: ReturnType<typeof testPlatformModule>;
  let t: TestApp;
  let org: TestOrg;
  let admin: TestAgent;
  let db: DataSource;
  let publisher: PublisherService;
  const channels: Record<'bluesky' | 'mastodon', string> = { bluesky: '', mastodon: '' };
  const base = () => `/api/orgs/${org.id}`;

  /** A scheduled post due now, its variants written as a thread of `parts` where given. */
  async function duePost(channelIds: string[], text: string, parts?: string[]): Promise<string> {
    const post = await admin.post(`${base()}/posts`).send({ masterText: text, audienceIds: [], channelIds }).expect(201);
    if (parts) await admin.patch(`${base()}/posts/${post.body.id}`).send({ variants: channelIds.map((channelId) => ({ channelId, threadParts: parts })) }).expect(200);
    await db.query(`UPDATE post SET status = 'scheduled', planned_at = now() WHERE id = $1`, [post.body.id]);
    await publisher.ensureFor({ organizationId: org.id }, post.body.id, new Date());
    return post.body.id;
  }
  const shown = async (postId: string): Promise<Shown[]> => (await admin.get(`${base()}/posts/${postId}/publications`).expect(200)).body.items;
  const postStatus = async (postId: string): Promise<string> => (await admin.get(`${base()}/posts/${postId}`).expect(200)).body.status;
  const makeDue = (postId: string) => db.query(`UPDATE publication SET next_attempt_at = now() WHERE post_id = $1`, [postId]);
  const notificationKinds = async (agent: TestAgent): Promise<string[]> => ((await agent.get(`${base()}/notifications`).expect(200)).body.items as { kind: string }[]).map((n) => n.kind);
  // The audit log's read route belongs to approvals (not loaded here): read the rows themselves.
  const auditActions = async (postId: string): Promise<string[]> =>
    ((await db.query(`SELECT action FROM audit_event WHERE object_type = 'post' AND object_id = $1 ORDER BY created_at`, [postId])) as { action: string }[]).map((row) => row.action);
  async function records(): Promise<ThreadRecord[]> {
    const response = await fetch(`${peer.pdsUrl}/xrpc/com.atproto.repo.listRecords?${new URLSearchParams({ repo: peer.accounts[0].did, collection: 'app.bsky.feed.post', limit: '100' })}`);
    return ((await response.json()) as { records: ThreadRecord[] }).records;
  }

  beforeAll(async () => {
    peer = await startBlueskyPeer(['alice']);
    proxy = await new CountingProxy(peer.pdsUrl).start();
    // Idempotency-Keys forgotten at once: every retry is past the key's life, only a lookup can tell.
    mastodon = await new FakeMastodonServer({ maxCharacters: 1000, idempotencyTtlMs: 0 }).start();
    camille = mastodon.addAccount('camille', 'Ville de Démo');
    platform = testPlatformModule([peer.allowListEntry, proxy.hostPort, mastodon.hostPort]);
    t = await createTestApp([platform.module, PublishingModule, NotificationsModule], { env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'parvis-recovery-')) } });
    db = t.app.get(DataSource);
    publisher = t.app.get(PublisherService);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville qui reprend');
    admin = await fixtures.agentFor(org.members.admin.email);
    channels.bluesky = (await admin.post(`${base()}/channels`).send({ network: 'bluesky', handle: 'alice.test', displayName: 'Alice' }).expect(201)).body.id;
    channels.mastodon = (await admin.post(`${base()}/channels`).send({ network: 'mastodon', handle: '@camille@demo', displayName: 'Camille' }).expect(201)).body.id;
    await admin.put(`${base()}/channels/${channels.bluesky}/connection`).send({ serviceUrl: proxy.origin, fields: { identifier: 'alice.test', appPassword: peer.accounts[0].appPassword } }).expect(200);
    await admin.put(`${base()}/channels/${channels.mastodon}/connection`).send({ serviceUrl: mastodon.origin, fields: { accessToken: camille.token } }).expect(200);
  }, PEER_START_TIMEOUT_MS);

  afterAll(async () => {
    await t?.close();
    await platform?.close();
    await mastodon?.stop();
    await proxy?.stop();
    await peer?.stop();
  });

  it('a Bluesky thread whose part 2 failed resumes at part 2: each part once, replies under the right root and parent', async () => {
    const parts = ['Fil 1/3 : la fête des lumières', 'Fil 2/3 : les horaires', 'Fil 3/3 : les navettes'];
    const postId = await duePost([channels.bluesky], parts[0] ?? '', parts);
    proxy.failNext('com.atproto.repo.putRecord', 1, 1);
    expect(await publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'pending', errorKind: 'transient' });
    expect((await records()).filter((r) => parts.includes(r.value.text)).map((r) => r.value.text)).toEqual([parts[0]]);
    await makeDue(postId);
    expect(await publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    const thread = new Map((await records()).filter((r) => parts.includes(r.value.text)).map((r) => [r.value.text, r]));
    expect(thread.size).toBe(3);
    expect((await records()).filter((r) => parts.includes(r.value.text))).toHaveLength(3);
    const [root, second, third] = parts.map((text) => thread.get(text));
    expect(root?.value.reply).toBeUndefined();
    expect(second?.value.reply).toEqual({ root: { uri: root?.uri, cid: root?.cid }, parent: { uri: root?.uri, cid: root?.cid } });
    expect(third?.value.reply).toEqual({ root: { uri: root?.uri, cid: root?.cid }, parent: { uri: second?.uri, cid: second?.cid } });
  });

  it('a Mastodon thread whose part 2 failed resumes at part 2, each part replying to the one before', async () => {
    const parts = ['Travaux 1/3 : la rue ferme', 'Travaux 2/3 : la déviation', 'Travaux 3/3 : la réouverture'];
    const postId = await duePost([channels.mastodon], parts[0] ?? '', parts);
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 500 }, 1, 1);
    expect(await publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'pending', errorKind: 'transient' });
    await makeDue(postId);
    expect(await publisher.tick()).toBe(1);
    expect((await shown(postId))[0]?.state).toBe('published');
    const statuses = mastodon.state.statusesOf(camille.id).filter((status) => parts.includes(status.text));
    expect(statuses.map((status) => status.text).sort()).toEqual([...parts].sort());
    const byText = new Map(statuses.map((status) => [status.text, status]));
    expect(byText.get(parts[0] ?? '')?.inReplyToId).toBeNull();
    expect(byText.get(parts[1] ?? '')?.inReplyToId).toBe(byText.get(parts[0] ?? '')?.id);
    expect(byText.get(parts[2] ?? '')?.inReplyToId).toBe(byText.get(parts[1] ?? '')?.id);
  });

  it('a Mastodon answer lost past the Idempotency-Key’s life is settled by looking the status up: no duplicate', async () => {
    const text = 'Déchetterie fermée lundi';
    const postId = await duePost([channels.mastodon], text);
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'lose_response' });
    expect(await publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'pending', errorKind: 'unknown_outcome', canRetry: false });
    await makeDue(postId);
    expect(await publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    expect(mastodon.state.statusesOf(camille.id).filter((status) => status.text === text)).toHaveLength(1);
  });

  it('an outcome that cannot be known stays unknown_outcome: shown, the post held, people told, never sent again', async () => {
    const text = 'Inscriptions à la cantine';
    const postId = await duePost([channels.mastodon], text);
    // Its last allowed attempt: the answer is lost, and no reconciliation is left to make.
    await db.query(`UPDATE publication SET attempts = $2 WHERE post_id = $1`, [postId, MAX_PUBLISH_ATTEMPTS - 1]);
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'lose_response' });
    expect(await publisher.tick()).toBe(1);
    const [held] = await shown(postId);
    expect(held).toMatchObject({ state: 'unknown_outcome', errorKind: 'unknown_outcome', canRetry: false });
    expect(await postStatus(postId)).toBe('unknown_outcome');
    expect((await admin.post(`${base()}/publications/${held?.id}/retry`).send({})).body.code).toBe('PUBLICATION_NOT_RETRYABLE');
    await makeDue(postId);
    expect(await publisher.tick()).toBe(0);
    expect(mastodon.state.statusesOf(camille.id).filter((status) => status.text === text)).toHaveLength(1);
    expect(await notificationKinds(admin)).toContain('publication_failed');
    const actions = await auditActions(postId);
    expect(actions).toContain('publication.unknown_outcome');
  });

  it('a 401 stops the publication, flags the channel « à reconnecter » and tells its admins', async () => {
    const postId = await duePost([channels.mastodon], 'Réunion de quartier');
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 401 });
    expect(await publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'failed', canRetry: false });
    const connection = (await admin.get(`${base()}/channels/${channels.mastodon}/connection`).expect(200)).body;
    expect(connection.status).toBe('reconnect_required');
    expect(await notificationKinds(admin)).toEqual(expect.arrayContaining(['channel_reconnect_required', 'publication_failed']));
    const actions = await auditActions(postId);
    expect(actions).toContain('publication.failed');
  });
});
