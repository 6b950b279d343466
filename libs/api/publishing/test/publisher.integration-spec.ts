import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { testDatabaseFromEnvironment, TransactionContext } from '@parvis/api/core';
import { PEER_START_TIMEOUT_MS } from '@parvis/api/adapters/bluesky/testing';
import { PostsRepositories } from '@parvis/api/posts';
import { PublicationClaimsRepository } from '../src/lib/repositories/publication-claims.repository';
import { blueskyRecord, makeDue, publications, publishingTestWorld, recordsWith, scheduledPost, statusesWith, type PublishingWorld } from './publishing-test-kit';

jest.setTimeout(60_000);

/** Concurrency limits high enough not to matter where a test is about something else. */
const ROOMY = ['bluesky', 'mastodon'].map((network) => ({ network, perAccount: 100, perNetwork: 100 }));

/** The scheduler on PostgreSQL against the real PDS and the strict Mastodon server. */
describe('publisher: due publications go out exactly once', () => {
  let world: PublishingWorld;

  // Each test counts what one tick sends: nothing another test left due (a retry's backoff ending) may join it.
  afterEach(() => world.db.query(`UPDATE publication SET state = 'failed', lease_until = NULL WHERE state IN ('pending', 'publishing')`));

  beforeAll(async () => {
    world = await publishingTestWorld({ blueskyAccounts: ['alice'], mastodon: { maxCharacters: 1000 }, organization: 'Ville qui publie', dataDirPrefix: 'parvis-publisher-' });
  }, PEER_START_TIMEOUT_MS);

  afterAll(() => world?.close());

  it('sends a due, scheduled post once to each network; later ticks and unscheduled posts send nothing; no login per post', async () => {
    const draft = await scheduledPost(world, 'Brouillon qui ne part pas', [world.channels.mastodon], { status: 'approved' });
    const text = 'Marché de Noël samedi sur la place';
    const postId = await scheduledPost(world, text, [world.channels.bluesky, world.channels.mastodon]);
    expect(await world.publisher.tick()).toBe(2);
    expect(await world.publisher.tick()).toBe(0);
    const rows = await publications(world, postId);
    expect(rows.map((row) => [row.state, row.attempts])).toEqual([
      ['published', 1],
      ['published', 1],
    ]);
    expect(rows[0]?.remoteUrl).toContain(`/profile/${world.peer.accounts[0].did}/post/${rows[0]?.partKeys?.[0]}`);
    expect(await recordsWith(world, text)).toBe(1);
    expect(statusesWith(world, text)).toHaveLength(1);
    const shown = (await world.admin.get(`${world.base}/posts/${postId}/publications`).expect(200)).body.items;
    expect(shown).toHaveLength(2);
    expect(shown.map((item: { state: string; url: string }) => item.state)).toEqual(['published', 'published']);
    expect(shown.map((item: { url: string }) => item.url).sort()).toEqual(rows.map((row) => row.remoteUrl).sort());
    expect((await publications(world, draft))[0]).toMatchObject({ state: 'pending', attempts: 0 });
    await scheduledPost(world, 'Deuxième annonce', [world.channels.bluesky]);
    await scheduledPost(world, 'Troisième annonce', [world.channels.bluesky]);
    // One write per Bluesky account at a time (the adapter's perAccount): the second goes on the next tick.
    expect(await world.publisher.tick()).toBe(1);
    expect(await world.publisher.tick()).toBe(1);
    expect(world.proxy.count('com.atproto.server.createSession')).toBe(1);
  });

  it('part keys that cannot be stored right after the claim are stored before the call: the post goes out once, under them', async () => {
    // The statement storing the claim's part keys fails once (a database restarting would do the same);
    // a sequence counts the attempts, a failed statement's writes being rolled back with it.
    await world.db.query(`CREATE SEQUENCE parvis_test_key_writes`);
    await world.db.query(`CREATE FUNCTION parvis_test_refuse_keys() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('parvis_test_key_writes') = 1 THEN RAISE EXCEPTION 'part keys refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await world.db.query(`CREATE TRIGGER parvis_test_refuse_keys BEFORE UPDATE OF part_keys ON publication FOR EACH ROW EXECUTE FUNCTION parvis_test_refuse_keys()`);
    try {
      const text = 'Collecte de sang mardi à la salle des fêtes';
      const postId = await scheduledPost(world, text, [world.channels.bluesky]);
      expect(await world.publisher.tick()).toBe(1);
      // Refused right after the claim, stored by the request builder before the call.
      expect(Number((await world.db.query(`SELECT last_value FROM parvis_test_key_writes`))[0].last_value)).toBeGreaterThanOrEqual(2);
      const [row] = await publications(world, postId);
      expect(row).toMatchObject({ state: 'published', attempts: 1 });
      expect(row?.partKeys).toHaveLength(1);
      expect(row?.remoteUrl).toContain(`/post/${row?.partKeys?.[0]}`);
      expect(await recordsWith(world, text)).toBe(1);
    } finally {
      await world.db.query(`DROP TRIGGER parvis_test_refuse_keys ON publication; DROP FUNCTION parvis_test_refuse_keys(); DROP SEQUENCE parvis_test_key_writes`);
    }
  });

  it('sends the variant’s images with their alt text to both networks', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer();
    const media = (await world.admin.post(`${world.base}/media`).attach('file', png, { filename: 'affiche.png', contentType: 'image/png' }).expect(201)).body;
    const text = 'Affiche du festival';
    const alt = 'Affiche bleue du festival, samedi 14 h';
    const postId = await scheduledPost(world, text, [world.channels.bluesky, world.channels.mastodon], { variant: { media: [{ mediaId: media.id, altText: alt }] } });
    expect(await world.publisher.tick()).toBe(2);
    const [bluesky] = await publications(world, postId);
    const rkey = bluesky?.partKeys?.[0] ?? '';
    const record = (await blueskyRecord(world, rkey)) as {
      value: { embed: { images: { alt: string; aspectRatio: { width: number; height: number } }[] } };
    };
    expect(record.value.embed.images).toEqual([expect.objectContaining({ alt, aspectRatio: { width: 40, height: 30 } })]);
    const [status] = statusesWith(world, text);
    expect(status?.mediaIds).toHaveLength(1);
    expect(world.mastodon.state.media.get(status?.mediaIds[0] ?? '')?.description).toBe(alt);
  });

  it('sends the variant’s link: a Bluesky card (embed.external) with the preview’s title and thumbnail, read back from the PDS; on Mastodon the URL in the text', async () => {
    const png = await sharp({ create: { width: 60, height: 30, channels: 3, background: '#aa3300' } }).png().toBuffer();
    const image = (await world.admin.post(`${world.base}/media`).attach('file', png, { filename: 'carnaval.png', contentType: 'image/png' }).expect(201)).body;
    const link = 'https://ville.fr/carnaval';
    // The composer's preview of the link, as its link-preview service stores it (the page is not reachable from here).
    const transactions = world.t.app.get(TransactionContext);
    await transactions.run(() =>
      world.t.app.get(PostsRepositories).forOrg({ organizationId: world.org.id }).linkPreviews.insert({
        urlHash: createHash('sha256').update(link).digest('hex'), url: link, finalUrl: link, title: 'Carnaval 2027', description: 'Le programme du défilé', siteName: 'Ville', imageMediaId: image.id,
      }),
    );
    const text = 'Le carnaval passe par le centre samedi';
    const postId = await scheduledPost(world, text, [world.channels.bluesky, world.channels.mastodon], { variant: { link } });
    expect(await world.publisher.tick()).toBe(2);
    const [bluesky, onMastodon] = await publications(world, postId);
    expect([bluesky?.state, onMastodon?.state]).toEqual(['published', 'published']);
    const rkey = bluesky?.partKeys?.[0] ?? '';
    const record = (await blueskyRecord(world, rkey)) as {
      value: { text: string; embed: { $type: string; external: { uri: string; title: string; description: string; thumb?: { mimeType: string; size: number } } } };
    };
    expect(record.value.text).toBe(text);
    expect(record.value.embed.$type).toBe('app.bsky.embed.external');
    expect(record.value.embed.external).toMatchObject({ uri: link, title: 'Carnaval 2027', description: 'Le programme du défilé' });
    expect(record.value.embed.external.thumb?.size).toBeGreaterThan(0);
    expect(statusesWith(world, `${text}\n\n${link}`)).toHaveLength(1);
  });

  it('reconciles a Mastodon answer lost after the status was created: no duplicate', async () => {
    const text = 'Coupure d’eau rue Victor-Hugo mardi';
    const postId = await scheduledPost(world, text, [world.channels.mastodon]);
    world.mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'lose_response' });
    expect(await world.publisher.tick()).toBe(1);
    const [lost] = await publications(world, postId);
    expect(lost).toMatchObject({ state: 'pending', lastErrorKind: 'unknown_outcome', reconcileFirst: true });
    expect(statusesWith(world, text)).toHaveLength(1);
    await makeDue(world, postId);
    expect(await world.publisher.tick()).toBe(1);
    expect((await publications(world, postId))[0]).toMatchObject({ state: 'published', attempts: 2, reconcileFirst: false });
    expect(statusesWith(world, text)).toHaveLength(1);
  });

  it('retries a 429 no earlier than its Retry-After, then publishes once', async () => {
    const text = 'Conseil municipal jeudi à 19 h';
    const postId = await scheduledPost(world, text, [world.channels.mastodon]);
    world.mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 429, retryAfterSeconds: 120 });
    expect(await world.publisher.tick()).toBe(1);
    const [limited] = await publications(world, postId);
    expect(limited).toMatchObject({ state: 'pending', lastErrorKind: 'rate_limited' });
    expect(limited?.retryInMs).toBeGreaterThanOrEqual(115_000);
    expect(await world.publisher.tick()).toBe(0);
    expect(statusesWith(world, text)).toHaveLength(0);
    await makeDue(world, postId);
    expect(await world.publisher.tick()).toBe(1);
    expect((await publications(world, postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    expect(statusesWith(world, text)).toHaveLength(1);
  });

  it('reconciles a row whose instance died mid-call (expired lease) before writing again', async () => {
    const text = 'Collecte des sapins en janvier';
    const postId = await scheduledPost(world, text, [world.channels.bluesky]);
    expect(await world.publisher.tick()).toBe(1);
    // As if the instance had sent the record, then died before recording it.
    await world.db.query(`UPDATE publication SET state = 'publishing', lease_until = now() - interval '1 second', remote_url = NULL WHERE post_id = $1`, [postId]);
    expect(await world.publisher.tick()).toBe(1);
    expect((await publications(world, postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    expect(await recordsWith(world, text)).toBe(1);
  });

  // Needs two connections at once: the embedded engine has one (run with TEST_DATABASE_URL, as CI does).
  (testDatabaseFromEnvironment().embedded ? it.skip : it)('hands each due row to one claimer only: rows another instance holds are skipped, not waited for (FOR UPDATE SKIP LOCKED)', async () => {
    const posts: string[] = [];
    for (let i = 0; i < 5; i++) posts.push(await scheduledPost(world, `Annonce parallèle ${i}`, [world.channels.bluesky, world.channels.mastodon]));
    const claims = world.t.app.get(PublicationClaimsRepository);
    const taken = await world.db.transaction(async (other) => {
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
    await world.db.query(`UPDATE publication SET state = 'failed', lease_until = NULL WHERE post_id = ANY($1::uuid[])`, [posts]);
  });

  it('holds every publication of a paused organisation, then sends it once when released', async () => {
    const setPaused = (paused: boolean) =>
      world.db.query(`INSERT INTO publication_pause (organization_id, paused) VALUES ($1, $2) ON CONFLICT (organization_id) DO UPDATE SET paused = EXCLUDED.paused`, [world.org.id, paused]);
    const text = 'Alerte météo : vigilance orange';
    await setPaused(true);
    try {
      const postId = await scheduledPost(world, text, [world.channels.bluesky, world.channels.mastodon]);
      expect(await world.publisher.tick()).toBe(0);
      expect((await publications(world, postId)).map((row) => [row.state, row.attempts])).toEqual([
        ['pending', 0],
        ['pending', 0],
      ]);
      expect(await recordsWith(world, text)).toBe(0);
      expect(statusesWith(world, text)).toHaveLength(0);
      await setPaused(false);
      expect(await world.publisher.tick()).toBe(2);
      expect(await world.publisher.tick()).toBe(0);
      expect((await publications(world, postId)).map((row) => row.state)).toEqual(['published', 'published']);
      expect(await recordsWith(world, text)).toBe(1);
      expect(statusesWith(world, text)).toHaveLength(1);
    } finally {
      await setPaused(false);
    }
  });

  it('stops on content the network refuses, with its words', async () => {
    const postId = await scheduledPost(world, 'x'.repeat(1001), [world.channels.mastodon]);
    expect(await world.publisher.tick()).toBe(1);
    const [refused] = await publications(world, postId);
    expect(refused).toMatchObject({ state: 'failed', lastErrorKind: 'invalid_content' });
    expect(refused?.lastError).toMatch(/character limit|500|1000/i);
  });

  it('one channel stopping for good holds none of the others back: a retrying one still goes out, and the post is failed once all have settled', async () => {
    // Past Bluesky's 300 graphemes (refused for good), within this Mastodon instance's 1000.
    const text = `Travaux rue de la République : ${'circulation alternée '.repeat(16)}`;
    const postId = await scheduledPost(world, text, [world.channels.bluesky, world.channels.mastodon]);
    const postStatus = async () => ((await world.db.query(`SELECT status::text AS status FROM post WHERE id = $1`, [postId])) as { status: string }[])[0]?.status;
    world.mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 503 });
    expect(await world.publisher.tick()).toBe(2);
    const [refused, retrying] = await publications(world, postId);
    expect(refused).toMatchObject({ state: 'failed', lastErrorKind: 'invalid_content' });
    expect(retrying).toMatchObject({ state: 'pending', attempts: 1 });
    expect(await postStatus()).toBe('publishing');
    await makeDue(world, postId);
    expect(await world.publisher.tick()).toBe(1);
    expect((await publications(world, postId))[1]).toMatchObject({ state: 'published', attempts: 2 });
    expect(statusesWith(world, text)).toHaveLength(1);
    expect(await postStatus()).toBe('failed');
  });

  it('publishes the links UTM-tagged (network, social, campaign slug) when the organisation tags them, untouched when it does not', async () => {
    const campaign = (await world.admin.post(`${world.base}/campaigns`).send({ name: 'Fêtes de fin d’année', startsOn: '2026-12-01', endsOn: '2026-12-31' }).expect(201)).body.id;
    const plain = 'Programme sans suivi : https://ville.fr/noel';
    await scheduledPost(world, plain, [world.channels.mastodon], { campaignId: campaign });
    expect(await world.publisher.tick()).toBe(1);
    expect(statusesWith(world, plain)).toHaveLength(1);
    await world.admin.patch(`${world.base}/post-settings`).send({ utmTagging: true }).expect(200);
    try {
      const postId = await scheduledPost(world, 'Programme : https://ville.fr/noel', [world.channels.mastodon], { campaignId: campaign });
      const hashBefore = (await world.admin.get(`${world.base}/posts/${postId}`).expect(200)).body.contentHash;
      expect(await world.publisher.tick()).toBe(1);
      expect(statusesWith(world, 'Programme : https://ville.fr/noel?utm_source=mastodon&utm_medium=social&utm_campaign=fetes-de-fin-d-annee')).toHaveLength(1);
      expect(statusesWith(world, 'Programme : https://ville.fr/noel')).toHaveLength(0);
      expect((await world.admin.get(`${world.base}/posts/${postId}`).expect(200)).body.contentHash).toBe(hashBefore);
    } finally {
      await world.admin.patch(`${world.base}/post-settings`).send({ utmTagging: false }).expect(200);
    }
  });
});
