import { DataSource } from 'typeorm';
import { testDatabaseFromEnvironment } from '@parvis/api/core';
import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import type { TestApp } from '@parvis/api/testing';
import type TestAgent from 'supertest/lib/agent';
import { PublisherService } from '../src';
import { PublicationClaimsRepository, type ClaimLimit } from '../src/lib/repositories/publication-claims.repository';
import { addChannel, connectChannel, publications, publishingTestApp, scheduledPost, startMastodonPeers, type MastodonPeers } from './publishing-test-kit';

jest.setTimeout(120_000);

const roomy = (perAccount = 100, perNetwork = 100): ClaimLimit[] => [{ network: 'mastodon', perAccount, perNetwork }];

/** The claim on PostgreSQL with real rows: fairness between organisations, concurrency limits, lock order. */
describe('the claim: fair between organisations, within the networks’ limits, never waiting on a post', () => {
  let peers: MastodonPeers;
  let t: TestApp;
  let db: DataSource;
  let claims: PublicationClaimsRepository;
  let publisher: PublisherService;
  let fixtures: IdentityFixtures;
  let sequence = 0;

  interface Side {
    org: TestOrg;
    admin: TestAgent;
    channels: string[];
  }

  async function side(name: string, channelCount: number): Promise<Side> {
    const org = await fixtures.organization(name);
    const admin = await fixtures.agentFor(org.members.admin.email);
    const channels: string[] = [];
    for (let i = 0; i < channelCount; i++) {
      const account = peers.mastodon.addAccount(`compte${++sequence}`, `Compte ${sequence}`);
      const id = await addChannel(admin, org.id, { network: 'mastodon', handle: `@compte${sequence}@demo`, displayName: `Compte ${sequence}` });
      await connectChannel(admin, org.id, id, { serviceUrl: peers.mastodon.origin, fields: { accessToken: account.token } });
      channels.push(id);
    }
    return { org, admin, channels };
  }

  /** A scheduled post on one channel, due `secondsAgo` ago. */
  const due = (s: Side, channelId: string, secondsAgo: number): Promise<string> =>
    scheduledPost({ org: s.org, admin: s.admin, db, publisher }, `Annonce ${++sequence}`, [channelId], { dueSecondsAgo: secondsAgo });

  const orgOf = async (publicationIds: string[]): Promise<string[]> =>
    (await db.query(`SELECT organization_id AS "organizationId" FROM publication WHERE id = ANY($1::uuid[])`, [publicationIds])).map((row: { organizationId: string }) => row.organizationId);
  /** Leaves nothing due or in flight for the next test. */
  const settle = () => db.query(`UPDATE publication SET state = 'failed', lease_until = NULL WHERE state IN ('pending', 'publishing')`);

  beforeAll(async () => {
    peers = await startMastodonPeers({ maxCharacters: 1000 });
    t = await publishingTestApp(peers.platform, 'parvis-claims-');
    db = t.app.get(DataSource);
    claims = t.app.get(PublicationClaimsRepository);
    publisher = t.app.get(PublisherService);
    fixtures = new IdentityFixtures(t.app);
  });

  afterEach(() => settle());

  afterAll(async () => {
    await t?.close();
    await peers?.close();
  });

  it('one organisation’s 60 due posts do not delay another’s one: the batch takes one row per organisation in turn', async () => {
    const busy = await side('Métropole très active', 3);
    const quiet = await side('Petite commune', 1);
    for (let i = 0; i < 60; i++) await due(busy, busy.channels[i % 3] ?? '', 600 - i);
    // Due after every one of the big organisation's posts: a first-come queue would send it last.
    const single = await due(quiet, quiet.channels[0] ?? '', 1);
    const first = await claims.claim(4, 300, roomy());
    expect(await orgOf(first.map((row) => row.id))).toContain(quiet.org.id);
    expect(first.map((row) => row.postId)).toContain(single);
    expect(first).toHaveLength(4);
    // The big organisation's rows go in due order.
    const next = await claims.claim(3, 300, roomy());
    expect(new Set(await orgOf(next.map((row) => row.id)))).toEqual(new Set([busy.org.id]));
  });

  it('keeps at most perAccount calls in flight per channel and perNetwork per network, counting every instance’s live leases', async () => {
    const s = await side('Ville aux trois comptes', 3);
    for (const channelId of s.channels) for (let i = 0; i < 4; i++) await due(s, channelId, 100 - i);
    const first = await claims.claim(20, 300, roomy(2, 5));
    expect(first).toHaveLength(5);
    const perChannel = new Map<string, number>();
    for (const row of first) perChannel.set(row.channelId, (perChannel.get(row.channelId) ?? 0) + 1);
    expect(Math.max(...perChannel.values())).toBeLessThanOrEqual(2);
    // Those five are in flight (live leases): the network has no room left, whatever the batch size.
    expect(await claims.claim(20, 300, roomy(2, 5))).toEqual([]);
    // The account limit alone: each channel already has its share in flight or not.
    const more = await claims.claim(20, 300, roomy(2, 100));
    for (const row of more) perChannel.set(row.channelId, (perChannel.get(row.channelId) ?? 0) + 1);
    expect([...perChannel.values()].every((n) => n === 2)).toBe(true);
    expect(more).toHaveLength(1);
  });

  it('a call this instance saw answered no longer counts as in flight: the channel’s next row is claimed while the outcome is being recorded', async () => {
    const s = await side('Ville au compte unique', 1);
    for (let i = 0; i < 2; i++) await due(s, s.channels[0] ?? '', 20 - i);
    const [first] = await claims.claim(5, 300, roomy(1, 100));
    expect(first).toBeDefined();
    // Its lease is live: with one call per account, the channel is full…
    expect(await claims.claim(5, 300, roomy(1, 100))).toEqual([]);
    // …until the network answered it (the claiming instance knows; other instances keep counting it).
    const next = await claims.claim(5, 300, roomy(1, 100), [first?.id ?? '']);
    expect(next).toHaveLength(1);
    expect(next[0]?.id).not.toBe(first?.id);
  });

  it('takes rows ahead of a network’s limit only while no other instance holds any, and tells each instance what the others hold', async () => {
    const s = await side('Ville aux envois nombreux', 4);
    for (const channelId of s.channels) for (let i = 0; i < 4; i++) await due(s, channelId, 80 - i);
    const limits = roomy(100, 3);
    // Instance A: its 3 calls.
    const a = await claims.claimAhead(3, 300, limits, [], { only: 'mastodon' }, { mine: [], ahead: 2 });
    expect(a.rows).toHaveLength(3);
    expect(a.othersHolding.get('mastodon') ?? 0).toBe(0);
    // Instance B sees A's three: the network is full for it, and nothing ahead while A holds rows.
    const b = await claims.claimAhead(10, 300, limits, [], { only: 'mastodon' }, { mine: [], ahead: 2 });
    expect(b.rows).toEqual([]);
    expect(b.othersHolding.get('mastodon')).toBe(3);
    // A again: its own rows are not "others", so it may take 2 ahead of its limit, and no more.
    const mine = a.rows.map((row) => row.id);
    const ahead = await claims.claimAhead(10, 300, limits, [], { only: 'mastodon' }, { mine, ahead: 2 });
    expect(ahead.rows).toHaveLength(2);
    expect(ahead.othersHolding.get('mastodon') ?? 0).toBe(0);
    const held = [...mine, ...ahead.rows.map((row) => row.id)];
    expect((await claims.claimAhead(10, 300, limits, [], { only: 'mastodon' }, { mine: held, ahead: 2 })).rows).toEqual([]);
    expect((await claims.claimAhead(10, 300, limits, [], { only: 'mastodon' }, { mine: [], ahead: 2 })).othersHolding.get('mastodon')).toBe(5);
    // Two of A's calls answered: two more rows for A.
    const refill = await claims.claimAhead(10, 300, limits, held.slice(0, 2), { only: 'mastodon' }, { mine: held.slice(2), ahead: 2 });
    expect(refill.rows).toHaveLength(2);
  });

  it('a channel at its perAccount with a long backlog does not hide another channel’s row: the walk passes over full channels', async () => {
    const s = await side('Ville au compte débordé', 2);
    const [crowded, other] = s.channels;
    for (let i = 0; i < 30; i++) await due(s, crowded ?? '', 300 - i);
    const lone = await due(s, other ?? '', 1);
    const [first] = await claims.claim(1, 300, roomy(1, 100));
    expect(first?.channelId).toBe(crowded);
    // The crowded channel has its one call in flight: its 29 earlier rows are passed over, not read as the batch.
    const [second] = await claims.claim(1, 300, roomy(1, 100));
    expect(second?.postId).toBe(lone);
  });

  it('returns what the call needs with the claim: the variant as approved, the channel, its sealed connection', async () => {
    const s = await side('Ville pressée de publier', 1);
    const postId = await due(s, s.channels[0] ?? '', 5);
    const [row] = await claims.claim(5, 300, roomy());
    expect(row).toMatchObject({ postId, partKeys: null });
    const [variant]: { text: string }[] = await db.query(`SELECT text FROM post_variant WHERE post_id = $1`, [postId]);
    expect(row?.source).toMatchObject({ variantText: variant?.text, threadParts: null, link: null, utmTagging: false, campaignName: null, mediaCount: 0, channelNetwork: 'mastodon', channelName: expect.stringMatching(/^Compte /) });
    expect(row?.source.connection).toMatchObject({ network: 'mastodon', sealedCredentials: expect.any(String) });
    // Sealed, never the token itself.
    for (const account of peers.mastodon.state.accounts.values()) expect(row?.source.connection?.sealedCredentials).not.toContain(account.token);
  });

  it('starts its scheduled posts in the same statement: publishing, version bumped; a post already publishing is left as it is', async () => {
    const s = await side('Ville qui démarre', 2);
    const postId = await scheduledPost({ org: s.org, admin: s.admin, db, publisher }, `Annonce ${++sequence}`, s.channels, { dueSecondsAgo: 5 });
    const postRow = async () => ((await db.query(`SELECT status::text AS status, version FROM post WHERE id = $1`, [postId])) as { status: string; version: number }[])[0];
    const before = await postRow();
    expect(before?.status).toBe('scheduled');
    // perAccount 1 and one row per claim: the post's two publications go in two claims.
    const [first] = await claims.claim(1, 300, roomy(1, 100));
    expect(first?.postId).toBe(postId);
    expect(await postRow()).toEqual({ status: 'publishing', version: (before?.version ?? 0) + 1 });
    const [second] = await claims.claim(1, 300, roomy(1, 100));
    expect(second?.postId).toBe(postId);
    expect(await postRow()).toEqual({ status: 'publishing', version: (before?.version ?? 0) + 1 });
  });

  it('commits the claim and the post move together: a move that fails leaves the publication unclaimed', async () => {
    const s = await side('Ville au refus', 1);
    const postId = await due(s, s.channels[0] ?? '', 5);
    // A trigger refusing the post's move stands for any failure of it (the claim's statement then fails whole).
    await db.query(`CREATE FUNCTION parvis_test_refuse_start() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await db.query(`CREATE TRIGGER parvis_test_refuse_start BEFORE UPDATE OF status ON post FOR EACH ROW WHEN (NEW.id = '${postId}') EXECUTE FUNCTION parvis_test_refuse_start()`);
    try {
      await expect(claims.claim(5, 300, roomy())).rejects.toThrow(/refused for the test/);
    } finally {
      await db.query(`DROP TRIGGER parvis_test_refuse_start ON post`);
      await db.query(`DROP FUNCTION parvis_test_refuse_start()`);
    }
    expect(await publications({ db }, postId)).toEqual([expect.objectContaining({ state: 'pending', attempts: 0 })]);
    expect(((await db.query(`SELECT status::text AS status FROM post WHERE id = $1`, [postId])) as { status: string }[])[0]?.status).toBe('scheduled');
  });

  it('the tick passes the adapters’ own limits: a channel never has more than its perAccount calls at once', async () => {
    const s = await side('Ville pressée', 1);
    for (let i = 0; i < 5; i++) await due(s, s.channels[0] ?? '', 50 - i);
    // The Mastodon adapter declares perAccount 2: the first tick sends two, the next two, then one.
    expect(await publisher.tick()).toBe(2);
    expect(await publisher.tick()).toBe(2);
    expect(await publisher.tick()).toBe(1);
  });

  // Needs two connections at once: the embedded engine has one (run with TEST_DATABASE_URL, as CI does).
  (testDatabaseFromEnvironment().embedded ? it.skip : it)('skips the rows of a post another transaction holds (unschedule, cancel, an edit) instead of waiting for it: no deadlock', async () => {
    const s = await side('Ville qui déprogramme', 1);
    const postId = await due(s, s.channels[0] ?? '', 10);
    const other = db.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      // What a post move does first: lock the post (then it drops its publications never attempted).
      await other.query(`SELECT id FROM post WHERE id = $1 FOR UPDATE`, [postId]);
      const [{ pid }]: { pid: number }[] = await other.query(`SELECT pg_backend_pid() AS pid`);
      let finished = false;
      const claiming = claims.claim(10, 300, roomy()).finally(() => {
        finished = true;
      });
      // A claim that waited on the post would show as a backend blocked by this one (and deadlock with the DELETE below).
      let waited = false;
      while (!finished && !waited) {
        const waiting: unknown[] = await db.query(`SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid]);
        waited = waiting.length > 0;
      }
      await other.query(`DELETE FROM publication WHERE post_id = $1 AND state = 'pending' AND attempts = 0`, [postId]);
      await other.commitTransaction();
      expect(waited).toBe(false);
      expect(await claiming).toEqual([]);
      expect(await db.query(`SELECT id FROM publication WHERE post_id = $1`, [postId])).toEqual([]);
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
  });

  (testDatabaseFromEnvironment().embedded ? it.skip : it)('two instances never both fill a channel’s perAccount: a channel another claim holds is skipped until it commits', async () => {
    const s = await side('Ville à deux instances', 2);
    for (const channelId of s.channels) for (let i = 0; i < 3; i++) await due(s, channelId, 30 - i);
    const [held, free] = s.channels;
    const other = db.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      // Another instance mid-claim on the first channel.
      await other.query(`SELECT id FROM channel WHERE id = $1 FOR NO KEY UPDATE`, [held]);
      const first = await claims.claim(20, 300, roomy(2));
      expect(new Set(first.map((row) => row.channelId))).toEqual(new Set([free]));
      expect(first).toHaveLength(2);
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
    const second = await claims.claim(20, 300, roomy(2));
    expect(second.map((row) => row.channelId)).toEqual([held, held]);
  });

  /** The adapter key each of the post's publications carries (set by the database). */
  const networksOf = async (postId: string): Promise<string[]> => (await db.query(`SELECT network FROM publication WHERE post_id = $1`, [postId])).map((row: { network: string }) => row.network);

  it('a publication carries its channel’s connection’s adapter key, whatever is written, and follows the connection', async () => {
    const s = await side('Ville au compte branché', 1);
    const channelId = await addChannel(s.admin, s.org.id, { network: 'mastodon', handle: '@tardif@demo', displayName: 'Compte tardif' });
    const postId = await due(s, channelId, 5);
    expect(await networksOf(postId)).toEqual(['']);
    const account = peers.mastodon.addAccount(`compte${++sequence}`, 'Compte tardif');
    await connectChannel(s.admin, s.org.id, channelId, { serviceUrl: peers.mastodon.origin, fields: { accessToken: account.token } });
    expect(await networksOf(postId)).toEqual(['mastodon']);
    // Written by hand, it is put back: the database keeps it.
    await db.query(`UPDATE publication SET network = 'bluesky' WHERE post_id = $1`, [postId]);
    expect(await networksOf(postId)).toEqual(['mastodon']);
    // The claim of a network finds it by that key; the others' claim does not.
    expect((await claims.claim(5, 300, roomy(), [], { except: ['mastodon'] })).map((row) => row.postId)).not.toContain(postId);
    expect((await claims.claim(5, 300, roomy(), [], { only: 'mastodon' })).map((row) => row.postId)).toContain(postId);
    await s.admin.delete(`/api/orgs/${s.org.id}/channels/${channelId}/connection`).expect(204);
    expect(await networksOf(postId)).toEqual(['']);
  });

  // Two transactions at once: the embedded engine has one connection (run with TEST_DATABASE_URL, as CI does).
  (testDatabaseFromEnvironment().embedded ? it.skip : it)('a publication inserted while its channel is being connected gets the new key, in either order of the two transactions', async () => {
    const s = await side('Ville qui branche en même temps', 1);
    const waitUntilBlockedBy = async (pid: number) => {
      for (let i = 0; i < 400; i++) {
        if ((await db.query(`SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid])).length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('nothing waited for the other transaction');
    };
    const other = db.createQueryRunner();
    await other.connect();
    try {
      const [{ pid }]: { pid: number }[] = await other.query(`SELECT pg_backend_pid() AS pid`);
      // 1. The connection first (not committed yet), then a publication inserted for its channel.
      const first = await addChannel(s.admin, s.org.id, { network: 'mastodon', handle: '@premier@demo', displayName: 'Premier' });
      // The post and its variant exist before: only the publication's insert meets the connection.
      const post = await s.admin.post(`/api/orgs/${s.org.id}/posts`).send({ masterText: `Annonce ${++sequence}`, audienceIds: [], channelIds: [first] }).expect(201);
      await db.query(`UPDATE post SET status = 'scheduled', planned_at = now() WHERE id = $1`, [post.body.id]);
      await other.startTransaction();
      await other.query(`INSERT INTO channel_connection (organization_id, channel_id, network, account_remote_id, account_handle, account_url, sealed_credentials) VALUES ($1, $2, 'mastodon', '1', '@premier@demo', 'https://demo/@premier', 'scellé')`, [s.org.id, first]);
      const scheduling = publisher.ensureFor({ organizationId: s.org.id }, post.body.id, new Date());
      await waitUntilBlockedBy(pid);
      await other.commitTransaction();
      await scheduling;
      expect(await networksOf(post.body.id)).toEqual(['mastodon']);

      // 2. The publication first (inserted, not committed yet), then the connection of its channel.
      const second = await addChannel(s.admin, s.org.id, { network: 'mastodon', handle: '@second@demo', displayName: 'Second' });
      const postId = await due(s, second, 5);
      await other.startTransaction();
      await other.query(`CREATE TEMP TABLE reinserted ON COMMIT DROP AS SELECT * FROM publication WHERE post_id = $1`, [postId]);
      await other.query(`DELETE FROM publication WHERE post_id = $1`, [postId]);
      await other.query(`INSERT INTO publication SELECT * FROM reinserted`);
      const account = peers.mastodon.addAccount(`compte${++sequence}`, 'Second');
      const connecting = connectChannel(s.admin, s.org.id, second, { serviceUrl: peers.mastodon.origin, fields: { accessToken: account.token } });
      await waitUntilBlockedBy(pid);
      await other.commitTransaction();
      await connecting;
      expect(await networksOf(postId)).toEqual(['mastodon']);
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
  });

  // Two transactions at once: the embedded engine has one connection (run with TEST_DATABASE_URL, as CI does).
  (testDatabaseFromEnvironment().embedded ? it.skip : it)('a row another instance claimed and committed after this claim’s snapshot, before its lock, is not claimed twice', async () => {
    const s = await side('Ville aux deux instances pressées', 2);
    const [firstChannel, secondChannel] = s.channels;
    const firstPost = await due(s, firstChannel ?? '', 20);
    const secondPost = await due(s, secondChannel ?? '', 10);
    const [[first], [second]]: { id: string }[][] = [await db.query(`SELECT id FROM publication WHERE post_id = $1`, [firstPost]), await db.query(`SELECT id FROM publication WHERE post_id = $1`, [secondPost])];
    // The claim updates its rows one by one as it locks them: on the first one it waits for this test,
    // between its snapshot (both rows pending) and its lock of the second.
    await db.query(`CREATE FUNCTION test_claim_pause() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_lock_shared(4242); PERFORM pg_advisory_unlock_shared(4242); RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER test_claim_pause BEFORE UPDATE ON publication FOR EACH ROW WHEN (OLD.id = '${first?.id}') EXECUTE FUNCTION test_claim_pause()`);
    const other = db.createQueryRunner();
    await other.connect();
    try {
      const [{ pid }]: { pid: number }[] = await other.query(`SELECT pg_backend_pid() AS pid`);
      await other.query(`SELECT pg_advisory_lock(4242)`);
      const claiming = claims.claim(2, 300, roomy());
      for (let i = 0; (await db.query(`SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid])).length === 0; i++) {
        if (i > 400) throw new Error('the claim never reached its first row');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // Meanwhile another instance claims the second row and commits.
      await other.query(`UPDATE publication SET state = 'publishing', attempts = attempts + 1, lease_until = now() + interval '5 minutes', attempt_started_at = now() WHERE id = $1`, [second?.id]);
      await other.query(`SELECT pg_advisory_unlock(4242)`);
      const claimed = await claiming;
      expect(claimed.map((row) => row.id)).toEqual([first?.id]);
      const [row]: { attempts: number }[] = await db.query(`SELECT attempts FROM publication WHERE id = $1`, [second?.id]);
      expect(row?.attempts).toBe(1);
    } finally {
      await other.query(`SELECT pg_advisory_unlock_all()`);
      await other.release();
      await db.query(`DROP TRIGGER test_claim_pause ON publication`);
      await db.query(`DROP FUNCTION test_claim_pause()`);
    }
  });
  it('a reconciliation searches from the lost attempt’s start, however late and however many times the row was lost; a first attempt starts now', async () => {
    const s = await side('Ville à l’instance tombée', 1);
    const postId = await due(s, s.channels[0] ?? '', 5);
    const [first] = await claims.claim(1, 300, roomy());
    expect(first?.postId).toBe(postId);
    expect(Math.abs(new Date(first?.attemptStartedAt ?? 0).getTime() - Date.now())).toBeLessThan(60_000);
    expect(new Date(first?.leaseUntil ?? 0).getTime()).toBeGreaterThan(Date.now() + 250_000);
    // Its instance died mid-call two hours ago (past a Mastodon Idempotency-Key's hour): only a lookup from then is safe.
    const lostAt = new Date(Date.now() - 2 * 3_600_000);
    const expire = () => db.query(`UPDATE publication SET lease_until = now() - interval '1 second' WHERE id = $1`, [first?.id]);
    await db.query(`UPDATE publication SET attempt_started_at = $2 WHERE id = $1`, [first?.id, lostAt]);
    await expire();
    const [reconciling] = await claims.claim(1, 300, roomy());
    expect(reconciling).toMatchObject({ id: first?.id, reconcileFirst: true, attempts: 2 });
    expect(new Date(reconciling?.attemptStartedAt ?? 0).toISOString()).toBe(lostAt.toISOString());
    // Lost again: still searched from the first loss.
    await expire();
    const [again] = await claims.claim(1, 300, roomy());
    expect(again).toMatchObject({ id: first?.id, reconcileFirst: true, attempts: 3 });
    expect(new Date(again?.attemptStartedAt ?? 0).toISOString()).toBe(lostAt.toISOString());
  });

  it('hands back rows claimed and never called (a stopping instance’s): pending again, attempt restored, no lease; never a row claimed again since, nor a reconciliation', async () => {
    const s = await side('Ville qui redémarre', 3);
    const [a, b, c] = s.channels;
    for (const channel of [a, b, c]) await due(s, channel ?? '', 5);
    const claimed = await claims.claim(3, 300, roomy());
    expect(claimed).toHaveLength(3);
    const [kept, movedOn, reconciliation] = claimed;
    // One was taken again by another claim meanwhile (its attempt number moved on): not this instance's to give back.
    await db.query(`UPDATE publication SET attempts = attempts + 1 WHERE id = $1`, [movedOn?.id]);
    const handedBack = await claims.handBack([kept, movedOn, { ...reconciliation, reconcileFirst: true }].flatMap((row) => (row ? [row] : [])));
    expect(handedBack).toBe(1);
    const rows: { id: string; state: string; attempts: number; lease: string | null }[] = await db.query(`SELECT id, state::text AS state, attempts, lease_until AS lease FROM publication WHERE id = ANY($1::uuid[])`, [claimed.map((row) => row.id)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(kept?.id ?? '')).toMatchObject({ state: 'pending', attempts: 0, lease: null });
    expect(byId.get(movedOn?.id ?? '')).toMatchObject({ state: 'publishing', attempts: 2 });
    expect(byId.get(reconciliation?.id ?? '')).toMatchObject({ state: 'publishing', attempts: 1 });
    // Due as it was: the next claim takes it at once.
    expect((await claims.claim(3, 300, roomy())).map((row) => row.id)).toEqual([kept?.id]);
  });
});
