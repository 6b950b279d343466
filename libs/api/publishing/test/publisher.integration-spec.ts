import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { testDatabaseFromEnvironment, TransactionContext } from '@parvis/api/core';
import { PEER_START_TIMEOUT_MS, startBlueskyPeer, type BlueskyPeer } from '@parvis/api/adapters/bluesky/testing';
import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { PostsRepositories } from '@parvis/api/posts';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { FakeMastodonServer, type FakeAccount } from '@parvis/api/testing/fake-mastodon';
import type TestAgent from 'supertest/lib/agent';
import { PublisherService, PublishingModule } from '../src';
import { PublicationClaimsRepository } from '../src/lib/repositories/publication-claims.repository';
import { CountingProxy, testPlatformModule } from './publishing-test-kit';

jest.setTimeout(60_000);

/** Concurrency limits high enough not to matter where a test is about something else. */
const ROOMY = ['bluesky', 'mastodon'].map((network) => ({ network, perAccount: 100, perNetwork: 100 }));

interface PublicationRow {
  id: string;
  state: string;
  attempts: number;
  remoteUrl: string | null;
  lastErrorKind: string | null;
  lastError: string | null;
  reconcileFirst: boolean;
  retryInMs: number;
  partKeys: string[] | null;
}

/** The scheduler on PostgreSQL against the real PDS and the strict Mastodon server. */
describe('publisher: due publications go out exactly once', () => {
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

  /** A post in the state the approvals issue will put it in (`scheduled`), due now, and its publications. */
  async function scheduledPost(text: string, channelIds: string[], status = 'scheduled'): Promise<string> {
    const post = await admin.post(`${base()}/posts`).send({ masterText: text, audienceIds: [], channelIds }).expect(201);
    await db.query(`UPDATE post SET status = $2, planned_at = now() WHERE id = $1`, [post.body.id, status]);
    await publisher.ensureFor({ organizationId: org.id }, post.body.id, new Date());
    return post.body.id;
  }
  async function scheduledCampaignPost(text: string, campaignId: string): Promise<string> {
    const post = await admin.post(`${base()}/posts`).send({ masterText: text, audienceIds: [], channelIds: [channels.mastodon], campaignId }).expect(201);
    await db.query(`UPDATE post SET status = 'scheduled', planned_at = now() WHERE id = $1`, [post.body.id]);
    await publisher.ensureFor({ organizationId: org.id }, post.body.id, new Date());
    return post.body.id;
  }
  async function publications(postId: string): Promise<PublicationRow[]> {
    return db.query(
      `SELECT p.id, p.state, p.attempts, p.remote_url AS "remoteUrl", p.last_error_kind AS "lastErrorKind", p.last_error AS "lastError",
              p.reconcile_first AS "reconcileFirst", (extract(epoch FROM p.next_attempt_at - now()) * 1000)::int AS "retryInMs", p.part_keys AS "partKeys"
         FROM publication p JOIN channel c ON c.id = p.channel_id WHERE p.post_id = $1 ORDER BY c.network`,
      [postId],
    );
  }
  const makeDue = (postId: string) => db.query(`UPDATE publication SET next_attempt_at = now() WHERE post_id = $1`, [postId]);
  const statusesWith = (text: string) => mastodon.state.statusesOf(camille.id).filter((status) => status.text === text);
  async function recordsWith(text: string): Promise<number> {
    const response = await fetch(`${peer.pdsUrl}/xrpc/com.atproto.repo.listRecords?${new URLSearchParams({ repo: peer.accounts[0].did, collection: 'app.bsky.feed.post', limit: '100' })}`);
    const body = (await response.json()) as { records: { value: { text: string } }[] };
    return body.records.filter((record) => record.value.text === text).length;
  }

  // Each test counts what one tick sends: nothing another test left due (a retry's backoff ending) may join it.
  afterEach(() => db.query(`UPDATE publication SET state = 'failed', lease_until = NULL WHERE state IN ('pending', 'publishing')`));

  beforeAll(async () => {
    peer = await startBlueskyPeer(['alice']);
    proxy = await new CountingProxy(peer.pdsUrl).start();
    mastodon = await new FakeMastodonServer({ maxCharacters: 1000 }).start();
    camille = mastodon.addAccount('camille', 'Ville de Démo');
    platform = testPlatformModule([peer.allowListEntry, proxy.hostPort, mastodon.hostPort]);
    t = await createTestApp([platform.module, PublishingModule, NotificationsModule], { env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'parvis-publisher-')) } });
    db = t.app.get(DataSource);
    publisher = t.app.get(PublisherService);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville qui publie');
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

  it('sends a due, scheduled post once to each network; later ticks and unscheduled posts send nothing; no login per post', async () => {
    const draft = await scheduledPost('Brouillon qui ne part pas', [channels.mastodon], 'approved');
    const text = 'Marché de Noël samedi sur la place';
    const postId = await scheduledPost(text, [channels.bluesky, channels.mastodon]);
    expect(await publisher.tick()).toBe(2);
    expect(await publisher.tick()).toBe(0);
    const rows = await publications(postId);
    expect(rows.map((row) => [row.state, row.attempts])).toEqual([
      ['published', 1],
      ['published', 1],
    ]);
    expect(rows[0]?.remoteUrl).toContain(`/profile/${peer.accounts[0].did}/post/${rows[0]?.partKeys?.[0]}`);
    expect(await recordsWith(text)).toBe(1);
    expect(statusesWith(text)).toHaveLength(1);
    const shown = (await admin.get(`${base()}/posts/${postId}/publications`).expect(200)).body.items;
    expect(shown).toHaveLength(2);
    expect(shown.map((item: { state: string; url: string }) => item.state)).toEqual(['published', 'published']);
    expect(shown.map((item: { url: string }) => item.url).sort()).toEqual(rows.map((row) => row.remoteUrl).sort());
    expect((await publications(draft))[0]).toMatchObject({ state: 'pending', attempts: 0 });
    await scheduledPost('Deuxième annonce', [channels.bluesky]);
    await scheduledPost('Troisième annonce', [channels.bluesky]);
    expect(await publisher.tick()).toBe(2);
    expect(proxy.count('com.atproto.server.createSession')).toBe(1);
  });

  it('sends the variant’s images with their alt text to both networks', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer();
    const media = (await admin.post(`${base()}/media`).attach('file', png, { filename: 'affiche.png', contentType: 'image/png' }).expect(201)).body;
    const text = 'Affiche du festival';
    const post = await admin.post(`${base()}/posts`).send({ masterText: text, audienceIds: [], channelIds: [channels.bluesky, channels.mastodon] }).expect(201);
    const alt = 'Affiche bleue du festival, samedi 14 h';
    await admin
      .patch(`${base()}/posts/${post.body.id}`)
      .send({ variants: [channels.bluesky, channels.mastodon].map((channelId) => ({ channelId, media: [{ mediaId: media.id, altText: alt }] })) })
      .expect(200);
    await db.query(`UPDATE post SET status = 'scheduled', planned_at = now() WHERE id = $1`, [post.body.id]);
    await publisher.ensureFor({ organizationId: org.id }, post.body.id, new Date());
    expect(await publisher.tick()).toBe(2);
    const [bluesky] = await publications(post.body.id);
    const rkey = bluesky?.partKeys?.[0] ?? '';
    const record = (await (await fetch(`${peer.pdsUrl}/xrpc/com.atproto.repo.getRecord?${new URLSearchParams({ repo: peer.accounts[0].did, collection: 'app.bsky.feed.post', rkey })}`)).json()) as {
      value: { embed: { images: { alt: string; aspectRatio: { width: number; height: number } }[] } };
    };
    expect(record.value.embed.images).toEqual([expect.objectContaining({ alt, aspectRatio: { width: 40, height: 30 } })]);
    const [status] = statusesWith(text);
    expect(status?.mediaIds).toHaveLength(1);
    expect(mastodon.state.media.get(status?.mediaIds[0] ?? '')?.description).toBe(alt);
  });

  it('sends the variant’s link: a Bluesky card (embed.external) with the preview’s title and thumbnail, read back from the PDS; on Mastodon the URL in the text', async () => {
    const png = await sharp({ create: { width: 60, height: 30, channels: 3, background: '#aa3300' } }).png().toBuffer();
    const image = (await admin.post(`${base()}/media`).attach('file', png, { filename: 'carnaval.png', contentType: 'image/png' }).expect(201)).body;
    const link = 'https://ville.fr/carnaval';
    // The composer's preview of the link, as its link-preview service stores it (the page is not reachable from here).
    const transactions = t.app.get(TransactionContext);
    await transactions.run(() =>
      t.app.get(PostsRepositories).forOrg({ organizationId: org.id }).linkPreviews.insert({
        urlHash: createHash('sha256').update(link).digest('hex'), url: link, finalUrl: link, title: 'Carnaval 2027', description: 'Le programme du défilé', siteName: 'Ville', imageMediaId: image.id,
      }),
    );
    const text = 'Le carnaval passe par le centre samedi';
    const post = await admin.post(`${base()}/posts`).send({ masterText: text, audienceIds: [], channelIds: [channels.bluesky, channels.mastodon] }).expect(201);
    await admin.patch(`${base()}/posts/${post.body.id}`).send({ variants: [channels.bluesky, channels.mastodon].map((channelId) => ({ channelId, link })) }).expect(200);
    await db.query(`UPDATE post SET status = 'scheduled', planned_at = now() WHERE id = $1`, [post.body.id]);
    await publisher.ensureFor({ organizationId: org.id }, post.body.id, new Date());
    expect(await publisher.tick()).toBe(2);
    const [bluesky, onMastodon] = await publications(post.body.id);
    expect([bluesky?.state, onMastodon?.state]).toEqual(['published', 'published']);
    const rkey = bluesky?.partKeys?.[0] ?? '';
    const record = (await (await fetch(`${peer.pdsUrl}/xrpc/com.atproto.repo.getRecord?${new URLSearchParams({ repo: peer.accounts[0].did, collection: 'app.bsky.feed.post', rkey })}`)).json()) as {
      value: { text: string; embed: { $type: string; external: { uri: string; title: string; description: string; thumb?: { mimeType: string; size: number } } } };
    };
    expect(record.value.text).toBe(text);
    expect(record.value.embed.$type).toBe('app.bsky.embed.external');
    expect(record.value.embed.external).toMatchObject({ uri: link, title: 'Carnaval 2027', description: 'Le programme du défilé' });
    expect(record.value.embed.external.thumb?.size).toBeGreaterThan(0);
    expect(statusesWith(`${text}\n\n${link}`)).toHaveLength(1);
  });

  it('reconciles a Mastodon answer lost after the status was created: no duplicate', async () => {
    const text = 'Coupure d’eau rue Victor-Hugo mardi';
    const postId = await scheduledPost(text, [channels.mastodon]);
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'lose_response' });
    expect(await publisher.tick()).toBe(1);
    const [lost] = await publications(postId);
    expect(lost).toMatchObject({ state: 'pending', lastErrorKind: 'unknown_outcome', reconcileFirst: true });
    expect(statusesWith(text)).toHaveLength(1);
    await makeDue(postId);
    expect(await publisher.tick()).toBe(1);
    expect((await publications(postId))[0]).toMatchObject({ state: 'published', attempts: 2, reconcileFirst: false });
    expect(statusesWith(text)).toHaveLength(1);
  });

  it('retries a 429 no earlier than its Retry-After, then publishes once', async () => {
    const text = 'Conseil municipal jeudi à 19 h';
    const postId = await scheduledPost(text, [channels.mastodon]);
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 429, retryAfterSeconds: 120 });
    expect(await publisher.tick()).toBe(1);
    const [limited] = await publications(postId);
    expect(limited).toMatchObject({ state: 'pending', lastErrorKind: 'rate_limited' });
    expect(limited?.retryInMs).toBeGreaterThanOrEqual(115_000);
    expect(await publisher.tick()).toBe(0);
    expect(statusesWith(text)).toHaveLength(0);
    await makeDue(postId);
    expect(await publisher.tick()).toBe(1);
    expect((await publications(postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    expect(statusesWith(text)).toHaveLength(1);
  });

  it('reconciles a row whose instance died mid-call (expired lease) before writing again', async () => {
    const text = 'Collecte des sapins en janvier';
    const postId = await scheduledPost(text, [channels.bluesky]);
    expect(await publisher.tick()).toBe(1);
    // As if the instance had sent the record, then died before recording it.
    await db.query(`UPDATE publication SET state = 'publishing', lease_until = now() - interval '1 second', remote_url = NULL WHERE post_id = $1`, [postId]);
    expect(await publisher.tick()).toBe(1);
    expect((await publications(postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    expect(await recordsWith(text)).toBe(1);
  });

  // Needs two connections at once: the embedded engine has one (run with TEST_DATABASE_URL, as CI does).
  (testDatabaseFromEnvironment().embedded ? it.skip : it)('hands each due row to one claimer only: rows another instance holds are skipped, not waited for (FOR UPDATE SKIP LOCKED)', async () => {
    const posts: string[] = [];
    for (let i = 0; i < 5; i++) posts.push(await scheduledPost(`Annonce parallèle ${i}`, [channels.bluesky, channels.mastodon]));
    const claims = t.app.get(PublicationClaimsRepository);
    const taken = await db.transaction(async (other) => {
      // Another instance, mid-claim, holds two of the rows.
      const held: { id: string }[] = await other.query(`SELECT id FROM publication WHERE post_id = ANY($1::uuid[]) ORDER BY id LIMIT 2 FOR UPDATE`, [posts]);
      const first = await claims.claim(5, 300, ROOMY);
      const second = await claims.claim(5, 300, ROOMY);
      return { held: held.map((row) => row.id), claimed: [...first, ...second].map((row) => row.id) };
    });
    expect(new Set(taken.claimed).size).toBe(taken.claimed.length);
    expect(taken.claimed).toHaveLength(8);
    expect(taken.claimed.filter((id) => taken.held.includes(id))).toEqual([]);
    expect((await claims.claim(4, 300, ROOMY)).map((row) => row.id).sort()).toEqual([...taken.held].sort());
    // Leave nothing leased for the next test.
    await db.query(`UPDATE publication SET state = 'failed', lease_until = NULL WHERE post_id = ANY($1::uuid[])`, [posts]);
  });

  it('holds every publication of a paused organisation, then sends it once when released', async () => {
    const setPaused = (paused: boolean) =>
      db.query(`INSERT INTO publication_pause (organization_id, paused) VALUES ($1, $2) ON CONFLICT (organization_id) DO UPDATE SET paused = EXCLUDED.paused`, [org.id, paused]);
    const text = 'Alerte météo : vigilance orange';
    await setPaused(true);
    try {
      const postId = await scheduledPost(text, [channels.bluesky, channels.mastodon]);
      expect(await publisher.tick()).toBe(0);
      expect((await publications(postId)).map((row) => [row.state, row.attempts])).toEqual([
        ['pending', 0],
        ['pending', 0],
      ]);
      expect(await recordsWith(text)).toBe(0);
      expect(statusesWith(text)).toHaveLength(0);
      await setPaused(false);
      expect(await publisher.tick()).toBe(2);
      expect(await publisher.tick()).toBe(0);
      expect((await publications(postId)).map((row) => row.state)).toEqual(['published', 'published']);
      expect(await recordsWith(text)).toBe(1);
      expect(statusesWith(text)).toHaveLength(1);
    } finally {
      await setPaused(false);
    }
  });

  it('stops on content the network refuses, with its words', async () => {
    const postId = await scheduledPost('x'.repeat(1001), [channels.mastodon]);
    expect(await publisher.tick()).toBe(1);
    const [refused] = await publications(postId);
    expect(refused).toMatchObject({ state: 'failed', lastErrorKind: 'invalid_content' });
    expect(refused?.lastError).toMatch(/character limit|500|1000/i);
  });

  it('publishes the links UTM-tagged (network, social, campaign slug) when the organisation tags them, untouched when it does not', async () => {
    const campaign = (await admin.post(`${base()}/campaigns`).send({ name: 'Fêtes de fin d’année', startsOn: '2026-12-01', endsOn: '2026-12-31' }).expect(201)).body.id;
    const plain = 'Programme sans suivi : https://ville.fr/noel';
    await scheduledCampaignPost(plain, campaign);
    expect(await publisher.tick()).toBe(1);
    expect(statusesWith(plain)).toHaveLength(1);
    await admin.patch(`${base()}/post-settings`).send({ utmTagging: true }).expect(200);
    try {
      const postId = await scheduledCampaignPost('Programme : https://ville.fr/noel', campaign);
      const hashBefore = (await admin.get(`${base()}/posts/${postId}`).expect(200)).body.contentHash;
      expect(await publisher.tick()).toBe(1);
      expect(statusesWith('Programme : https://ville.fr/noel?utm_source=mastodon&utm_medium=social&utm_campaign=fetes-de-fin-d-annee')).toHaveLength(1);
      expect(statusesWith('Programme : https://ville.fr/noel')).toHaveLength(0);
      expect((await admin.get(`${base()}/posts/${postId}`).expect(200)).body.contentHash).toBe(hashBefore);
    } finally {
      await admin.patch(`${base()}/post-settings`).send({ utmTagging: false }).expect(200);
    }
  });
});
