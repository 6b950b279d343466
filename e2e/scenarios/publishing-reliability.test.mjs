// Exactly once under failures (issue 14, "Test against real peers → Reliability"): the built app, on its
// own throw-away PostgreSQL cluster, publishes bursts of approved, scheduled posts to a real Bluesky PDS
// and the strict fake Mastodon server, while (a) the app is killed with SIGKILL and restarted, (b) both
// peers are down for a minute and come back on the same ports, (c) the database is restarted (crash and
// recovery), (d) the app is stopped gracefully (SIGTERM, a deployment) in the middle of a burst. Each time:
// every post exists exactly once on each peer, and every publication is published.
// No timed assertion: the waits are bounded only so that a lost publication fails instead of hanging.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFleet } from '../support/fleet.mjs';
import { startPeers, PEER_START_TIMEOUT_MS } from '../support/peers.mjs';
import { startPgCluster } from '../support/pg-cluster.mjs';
import { copiesOnPeers, dbPool, makeDue, publicationStates, seedConnectedChannels, seedScheduledPosts, waitFor } from '../support/publishing-seed.mjs';

const ACCOUNTS_PER_PEER = 4;
/** Mastodon accounts of the graceful stop only: enough channels (perAccount 2) for rows to wait ahead of the network's 16 calls. */
const STOP_ACCOUNTS = 16;
const STOP_BURST = 120;
const BURST = Number(process.env.RELIABILITY_BURST ?? 200);
const PEER_DOWN_MS = Number(process.env.RELIABILITY_PEER_DOWN_MS ?? 60_000);
/** Short, so that after a kill the held rows are reconciled within seconds (the default is 300 s). */
const LEASE_SECONDS = 10;
/** Generous bounds for a loaded 2-CPU machine; reaching one means publications were lost. */
const DRAIN_TIMEOUT_MS = 180_000;

describe('publishing reliability: exactly once through a kill -9, peers down, a database restart, a graceful stop', { timeout: 12 * 60_000 }, () => {
  let cluster;
  let peers;
  let fleet;
  let pool;
  let orgId;
  let pairs;
  let stopChannels;
  const seeded = {};

  /** Posts of one scenario, each on one Bluesky and one Mastodon channel, planned an hour ahead. */
  const postsFor = (tag, count) =>
    Array.from({ length: count }, (_, i) => {
      const [bluesky, mastodon] = pairs[i % pairs.length];
      return { text: `Fiabilité ${tag} n°${String(i + 1).padStart(3, '0')} : marché de Noël, place de la mairie`, channelIds: [bluesky, mastodon] };
    });

  const published = async (postIds) => (await publicationStates(pool, postIds)).published ?? 0;

  /** Every text once on each of `networks`, nothing else of this scenario; every row published. */
  async function assertExactlyOnce(tag, postIds, networks = ['bluesky', 'mastodon']) {
    const texts = seeded[tag].items.map((item) => item.text);
    const copies = await copiesOnPeers(peers);
    for (const [network, map] of Object.entries(copies).filter(([name]) => networks.includes(name))) {
      const ofScenario = [...map.entries()].filter(([text]) => text.startsWith(`Fiabilité ${tag} `));
      const missing = texts.filter((text) => !map.has(text));
      const duplicated = ofScenario.filter(([, n]) => n > 1);
      assert.deepEqual(missing, [], `${network}: posts missing`);
      assert.deepEqual(duplicated, [], `${network}: posts duplicated`);
      assert.equal(ofScenario.length, texts.length, `${network}: one copy per post`);
    }
    assert.deepEqual(await publicationStates(pool, postIds), { published: postIds.length * networks.length });
  }

  before(async () => {
    cluster = await startPgCluster({ label: 'reliability' });
    peers = await startPeers({ blueskyAccounts: ACCOUNTS_PER_PEER, mastodonAccounts: ACCOUNTS_PER_PEER + STOP_ACCOUNTS });
    fleet = await startFleet({ databaseUrl: cluster.url, allowList: peers.allowList, env: { PUBLISHER_LEASE_SECONDS: String(LEASE_SECONDS) } });
    pool = dbPool(cluster.url);
    const seededChannels = await seedConnectedChannels(fleet.baseUrl, peers);
    orgId = seededChannels.orgId;
    const bluesky = seededChannels.channels.filter((c) => c.network === 'bluesky');
    const mastodon = seededChannels.channels.filter((c) => c.network === 'mastodon');
    pairs = bluesky.map((channel, i) => [channel.id, mastodon[i].id]);
    stopChannels = mastodon.slice(ACCOUNTS_PER_PEER).map((channel) => channel.id);
    const later = new Date(Date.now() + 3_600_000);
    for (const [tag, count] of [['kill', BURST], ['peers', 60], ['db', 100]]) {
      const items = postsFor(tag, count);
      seeded[tag] = { items, postIds: await seedScheduledPosts(fleet.baseUrl, { orgId, items, plannedAt: later }) };
    }
    const stopItems = Array.from({ length: STOP_BURST }, (_, i) => ({ text: `Fiabilité stop n°${String(i + 1).padStart(3, '0')} : déménagement de la médiathèque`, channelIds: [stopChannels[i % stopChannels.length]] }));
    seeded.stop = { items: stopItems, postIds: await seedScheduledPosts(fleet.baseUrl, { orgId, items: stopItems, plannedAt: later }) };
  }, { timeout: PEER_START_TIMEOUT_MS });

  after(async () => {
    await fleet?.stop();
    await pool?.end();
    await peers?.stop();
    cluster?.stop();
  });

  it(`(a) kill -9 of the app in the middle of a burst of ${BURST} posts to both peers, restart: each post exactly once on each peer`, async () => {
    const { postIds } = seeded.kill;
    // Slower Mastodon answers keep calls in flight when the kill lands.
    peers.mastodon.setLatency(300);
    assert.equal(await makeDue(pool, postIds, new Date()), postIds.length * 2);
    assert.ok(await waitFor(async () => (await published(postIds)) >= postIds.length / 4, { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 50 }), 'the burst did not start');
    await fleet.kill(0);
    const atKill = await publicationStates(pool, postIds);
    console.log(`   at the kill: ${JSON.stringify(atKill)}`);
    peers.mastodon.setLatency(0);
    await fleet.restart(0);
    assert.ok(await waitFor(async () => (await published(postIds)) === postIds.length * 2, { timeoutMs: DRAIN_TIMEOUT_MS }), `not all published: ${JSON.stringify(await publicationStates(pool, postIds))}\n${fleet.output(0)}`);
    await assertExactlyOnce('kill', postIds);
  });

  it(`(b) both peers down for ${PEER_DOWN_MS / 1000} s in the middle of a burst, back on the same ports: posts go out late, none lost, none duplicated`, async () => {
    const { postIds } = seeded.peers;
    // Slow Mastodon answers: the burst is still going when the peers go down, on a fast machine too.
    peers.mastodon.setLatency(500);
    await makeDue(pool, postIds, new Date());
    assert.ok(await waitFor(async () => (await published(postIds)) >= postIds.length / 4, { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 50 }), 'the burst did not start');
    await Promise.all([peers.bluesky.down(), peers.mastodon.down()]);
    const downAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, PEER_DOWN_MS));
    const whileDown = await publicationStates(pool, postIds);
    console.log(`   after ${PEER_DOWN_MS / 1000} s down: ${JSON.stringify(whileDown)}`);
    await Promise.all([peers.bluesky.up(), peers.mastodon.up()]);
    peers.mastodon.setLatency(0);
    assert.ok(await waitFor(async () => (await published(postIds)) === postIds.length * 2, { timeoutMs: DRAIN_TIMEOUT_MS }), `not all published: ${JSON.stringify(await publicationStates(pool, postIds))}`);
    await assertExactlyOnce('peers', postIds);
    // Late, not lost: some went out after the peers came back, after more than one attempt.
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM publication WHERE post_id = ANY($1::uuid[]) AND attempts > 1 AND published_at >= $2`, [postIds, new Date(downAt + PEER_DOWN_MS)]);
    assert.ok(rows[0].n > 0, 'no publication was retried after the peers came back');
    assert.equal((await publicationStates(pool, postIds)).published, postIds.length * 2, JSON.stringify(whileDown));
  });

  it('(c) the database restarted (crash and recovery) in the middle of a burst: each post exactly once on each peer', async () => {
    const { postIds } = seeded.db;
    peers.mastodon.setLatency(200);
    await makeDue(pool, postIds, new Date());
    assert.ok(await waitFor(async () => (await published(postIds)) >= postIds.length / 4, { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 50 }), 'the burst did not start');
    cluster.restart('immediate');
    peers.mastodon.setLatency(0);
    assert.ok(await waitFor(async () => (await published(postIds).catch(() => 0)) === postIds.length * 2, { timeoutMs: DRAIN_TIMEOUT_MS }), `not all published: ${JSON.stringify(await publicationStates(pool, postIds))}\n${fleet.output(0)}`);
    assert.ok(fleet.apps[0]?.child.exitCode === null, `the app died with the database:\n${fleet.output(0)}`);
    await assertExactlyOnce('db', postIds);
  });

  it(`(d) a graceful stop (SIGTERM) in the middle of a burst of ${STOP_BURST} posts: nothing is left held, the rows taken ahead go back to the queue at once, each post exactly once after the restart`, async () => {
    const { postIds } = seeded.stop;
    // Slow answers: the network's 16 calls are in flight and more rows wait ahead of them when the stop lands.
    peers.mastodon.setLatency(1_500);
    await makeDue(pool, postIds, new Date());
    const waitingAhead = async () => {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM publication WHERE post_id = ANY($1::uuid[]) AND state = 'publishing'`, [postIds]);
      return rows[0].n > 16;
    };
    assert.ok(await waitFor(waitingAhead, { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 50 }), `no rows were taken ahead: ${JSON.stringify(await publicationStates(pool, postIds))}`);
    const exit = await fleet.stopGracefully(0);
    assert.deepEqual(exit, { code: 0, signal: null }, `the app did not stop by itself:\n${fleet.output(0)}`);
    // Within the lease (10 s): nothing stays publishing; the calls in flight were recorded, the rows ahead handed back.
    const atStop = await publicationStates(pool, postIds);
    console.log(`   after the graceful stop: ${JSON.stringify(atStop)}`);
    assert.equal(atStop.publishing ?? 0, 0, JSON.stringify(atStop));
    assert.ok((atStop.published ?? 0) > 0, JSON.stringify(atStop));
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM publication WHERE post_id = ANY($1::uuid[]) AND state = 'pending' AND attempts = 0 AND part_keys IS NOT NULL`, [postIds]);
    assert.ok(rows[0].n > 0, 'no row taken ahead was handed back');
    peers.mastodon.setLatency(0);
    await fleet.restart(0);
    assert.ok(await waitFor(async () => (await published(postIds)) === postIds.length, { timeoutMs: DRAIN_TIMEOUT_MS }), `not all published: ${JSON.stringify(await publicationStates(pool, postIds))}\n${fleet.output(0)}`);
    await assertExactlyOnce('stop', postIds, ['mastodon']);
  });
});
