// Publication punctuality (issue 14's bench, `BENCH_SUITES=publishing npm run bench`). On loopback: a
// real Bluesky PDS and the fake Mastodon server (100 ms added to every answer), 100 accounts each.
// 1. The peers' ceiling: create calls straight to each peer with the client libraries, at the app's
//    per-network concurrency (bench/publishing-ceiling.mjs), measured just before and just after each
//    round (the app paused meanwhile): the PDS slows as its repositories grow, so each round is held
//    against the mean of its own two measures (and, strictly, against the faster one).
// 2. The built app on PostgreSQL (a bench_<random> schema), 200 channels (one per account, connected
//    through the API), 2,000 approved, scheduled posts per round (one channel each: one per channel made
//    through the API, the others SQL copies of it, all made due at the same instant by one UPDATE), published by one, then two
//    instances: lateness p50/p99 after the due instant, publications per second, duplicates and missing
//    posts read back from the peers, and the ratios to the ceiling and to the ideal drain time.
// Both sides are measured warm, as in production: the peers after 1,500 creates each, and every app
// instance after a warm-up burst of its own (the others paused meanwhile), not counted.
// The peers stand for remote servers: by default the PDS's main thread gets a CPU of its own whenever it
// has work (real-time priority, for the ceiling and the rounds alike), since on this 2-CPU machine every
// millisecond the app and PostgreSQL take from it would otherwise show up as a slower peer.
// BENCH_PEER_CPU=shared measures with the PDS competing for the CPUs like any process.
// Figures only: nothing here fails on speed.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../e2e/support/app-server.mjs';
import { startFleet } from '../e2e/support/fleet.mjs';
import { startPeers } from '../e2e/support/peers.mjs';
import { copiesOnPeers, dbPool, makeDue, seedConnectedChannels, seedScheduledPosts, waitFor } from '../e2e/support/publishing-seed.mjs';
import { measureCeiling } from './publishing-ceiling.mjs';
import { clonePosts } from './publishing-clone.mjs';
import { cpuMeter, dropSchema, givePeerItsOwnCpu, pgReachable, queryCounters, redact } from './support.mjs';

const ACCOUNTS = Number(process.env.BENCH_PUBLISH_ACCOUNTS ?? 100);
const POSTS = Number(process.env.BENCH_PUBLISH_POSTS ?? 2000);
const LATENCY_MS = Number(process.env.BENCH_PUBLISH_MASTODON_LATENCY_MS ?? 100);
/** The adapters' declared per-network limit (Bluesky and Mastodon both declare perNetwork: 16). */
const CONCURRENCY = Number(process.env.BENCH_PUBLISH_CONCURRENCY ?? 16);
const INSTANCES = (process.env.BENCH_PUBLISH_INSTANCES ?? '1,2').split(',').map(Number);
/** Creates per network before the ceiling is measured (not counted): the ceiling is a warm peer's. */
const WARM_UP = Number(process.env.BENCH_PUBLISH_WARM_UP ?? 1500);
/** Posts of the warm-up burst each app instance publishes alone before it is measured (0: none). */
const APP_WARM_UP = Number(process.env.BENCH_PUBLISH_APP_WARM_UP ?? 1000);
/** `own` (default): the PDS's main thread runs real-time; `shared`: like any process. */
const PEER_CPU = process.env.BENCH_PEER_CPU ?? 'own';
/** The burst starts this long after the UPDATE (every instance is ticking by then). */
const LEAD_MS = 2_000;

const quantile = (sorted, q) => (sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);

/**
 * The round's figures against the ceilings measured just before and just after it: throughput ratio,
 * ideal drain (posts ÷ ceiling), p99 over it. The reference is their mean: the PDS slows as its
 * repositories grow (about 2 % per 1,000 records here), and the round's own records lie between the
 * two measures'. The faster of the two gives the strict figures, printed beside.
 */
function withRatios(round, before, after) {
  const reference = (before.combined.perSecond + after.combined.perSecond) / 2;
  const faster = Math.max(before.combined.perSecond, after.combined.perSecond);
  const against = (ceiling) => {
    const idealDrainSeconds = round.posts / ceiling;
    return { ratioToCeiling: round.perSecond ? round.perSecond / ceiling : null, idealDrainSeconds, p99OverIdeal: round.latenessP99 === null ? null : round.latenessP99 - idealDrainSeconds };
  };
  return { ...round, ceilingBefore: before.combined.perSecond, ceilingAfter: after.combined.perSecond, reference, ...against(reference), strict: against(faster) };
}

/** One round: the round's posts made due at one instant, drained; figures from the database and the peers. */
async function runRound({ label, pool, peers, postIds, texts, fleet, queryLog }) {
  const apps = fleet.apps.filter((app) => app !== null);
  const logOf = (app) => queryLog.replace('%p', String(app.child.pid));
  const before = await Promise.all(apps.map((app) => queryCounters(app.child, logOf(app), -1)));
  // On a whole second, as real posts are due (they are planned to the minute).
  const dueAt = new Date(Math.ceil((Date.now() + LEAD_MS) / 1000) * 1000);
  const moved = await makeDue(pool, postIds, dueAt);
  const meter = cpuMeter({ app: apps.map((app) => app.child.pid), pds: [peers.bluesky.pid] });
  console.log(`   ${label}: ${moved} publications due at ${dueAt.toISOString()}`);
  const settled = await waitFor(
    async () => {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM publication WHERE post_id = ANY($1::uuid[]) AND state::text NOT IN ('pending', 'publishing')`, [postIds]);
      return rows[0].n === postIds.length;
    },
    { timeoutMs: 15 * 60_000, intervalMs: 250 },
  );
  const cpu = meter.stop();
  const after = await Promise.all(apps.map((app, i) => queryCounters(app.child, logOf(app), before[i].seq)));
  const statements = after.reduce((sum, state, i) => sum + state.count - before[i].count, 0);
  // The statements of the round by shape (count and time in round trips), most time first.
  const shapes = new Map();
  after.forEach((state, i) => {
    for (const [shape, figures] of Object.entries(state.byStatement)) {
      const earlier = before[i].byStatement[shape] ?? { count: 0, ms: 0 };
      const sum = shapes.get(shape) ?? { count: 0, ms: 0 };
      shapes.set(shape, { count: sum.count + figures.count - earlier.count, ms: sum.ms + figures.ms - earlier.ms });
    }
  });
  const topStatements = [...shapes].filter(([, f]) => f.count > 0).sort((a, b) => b[1].ms - a[1].ms).slice(0, 12).map(([shape, f]) => ({ shape, ...f }));
  const { rows } = await pool.query(`SELECT state::text AS state, attempts, published_at FROM publication WHERE post_id = ANY($1::uuid[])`, [postIds]);
  const published = rows.filter((row) => row.state === 'published');
  const lateness = published.map((row) => (new Date(row.published_at).getTime() - dueAt.getTime()) / 1000).sort((a, b) => a - b);
  const drainSeconds = lateness.length > 0 ? lateness[lateness.length - 1] : null;
  const copies = await copiesOnPeers(peers);
  const count = (text) => (copies.bluesky.get(text) ?? 0) + (copies.mastodon.get(text) ?? 0);
  const duplicates = texts.reduce((sum, text) => sum + Math.max(0, count(text) - 1), 0);
  const missing = texts.filter((text) => count(text) === 0).length;
  const perSecond = drainSeconds ? published.length / drainSeconds : null;
  const p99 = quantile(lateness, 0.99);
  return {
    label,
    settled,
    posts: postIds.length,
    published: published.length,
    states: rows.reduce((acc, row) => ({ ...acc, [row.state]: (acc[row.state] ?? 0) + 1 }), {}),
    retried: rows.filter((row) => row.attempts > 1).length,
    latenessFirst: lateness.length > 0 ? lateness[0] : null,
    latenessP50: quantile(lateness, 0.5),
    latenessP99: p99,
    drainSeconds,
    perSecond,
    duplicates,
    missing,
    statementsPerPublication: published.length > 0 ? statements / published.length : null,
    // CPU seconds from the UPDATE to the last outcome (the lead included): the app instances, PostgreSQL, the PDS, this process.
    cpu,
    cpuMsPerPublication: cpu && published.length > 0 ? Object.fromEntries(Object.entries(cpu).filter(([name, seconds]) => typeof seconds === 'number' && name !== 'machineBusyShare').map(([name, seconds]) => [name, (seconds * 1000) / published.length])) : null,
    topStatements,
  };
}

/**
 * A burst the instance publishes alone, not counted (its JIT, its caches, its channels' sessions: a
 * measured instance has been running for a while). The other instances are paused (SIGSTOP) meanwhile:
 * idle, they hold nothing, and they resume where they were.
 */
async function warmUp({ app, others, pool, peers, posts, queryLog, label }) {
  for (const other of others) other.child.kill('SIGSTOP');
  try {
    const round = await runRound({ label, pool, peers, postIds: posts.postIds, texts: posts.texts, fleet: { apps: [app] }, queryLog });
    console.log(`   ${label}: ${round.published}/${round.posts} published in ${fmt(round.drainSeconds)} s, ${round.duplicates} duplicates, ${round.missing} missing (not counted)`);
  } finally {
    for (const other of others) other.child.kill('SIGCONT');
  }
}

export async function benchPublishing({ pgUrl }) {
  console.log(`\n== Publishing punctuality (${POSTS} posts, ${ACCOUNTS * 2} channels, Mastodon +${LATENCY_MS} ms) ==`);
  const reachable = await pgReachable(pgUrl);
  if (!reachable.ok) {
    console.log(`   SKIPPED: PostgreSQL at ${redact(pgUrl)} is unreachable (${reachable.reason}).`);
    return { skipped: reachable.reason };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const queryLog = join(tmpdir(), `parvis-${schema}-queries-%p.json`);
  let peers;
  let fleet;
  let stoppedApps = [];
  let pool;
  try {
    const started = Date.now();
    peers = await startPeers({ blueskyAccounts: ACCOUNTS, mastodonAccounts: ACCOUNTS, mastodonLatencyMs: LATENCY_MS });
    console.log(`   peers ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${peers.allowList})`);
    const pdsCpu = PEER_CPU === 'shared' ? { isolated: false, how: 'sharing the CPUs (BENCH_PEER_CPU=shared)' } : givePeerItsOwnCpu(peers.bluesky.pid);
    console.log(`   PDS: ${pdsCpu.how}`);
    const ceilings = [];
    /** The peers alone: the app instances (idle, but ticking) are paused (SIGSTOP) meanwhile. */
    const measure = async (when, warmUpPerNetwork) => {
      const paused = (fleet?.apps ?? []).filter((app) => app !== null);
      for (const app of paused) app.child.kill('SIGSTOP');
      try {
        const measured = await measureCeiling({ bluesky: peers.bluesky, mastodon: peers.mastodon, postsPerNetwork: POSTS / 2, concurrency: CONCURRENCY, warmUpPerNetwork });
        console.log(`   ceiling ${when}: ${measured.combined.perSecond.toFixed(1)} posts/s combined (Bluesky ${measured.bluesky.perSecond.toFixed(1)}/s, Mastodon ${measured.mastodon.perSecond.toFixed(1)}/s, ${CONCURRENCY} in flight per network)`);
        ceilings.push({ when, ...measured });
        return ceilings.at(-1);
      } finally {
        for (const app of paused) app.child.kill('SIGCONT');
      }
    };
    // The peers warmed up first (their JIT, their caches), as the app meets them in production.
    await measure('at the start (after the peers\' warm-up, not a reference)', WARM_UP);

    // Instance 0 publishes from the start; the second one (a later round) is added to the same fleet.
    // Every instance counts the SQL statements it sends (bench/query-counter.cjs, one file per process).
    const preload = join(repoRoot, 'bench', 'query-counter.cjs');
    // BENCH_APP_NODE_OPTIONS: for the instances only (e.g. `--require` of a profiler preload: Node refuses `--cpu-prof` in NODE_OPTIONS).
    const env = { BENCH_QUERY_LOG: queryLog, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${process.env.BENCH_APP_NODE_OPTIONS ?? ''} --require ${JSON.stringify(preload)}`.trim() };
    fleet = await startFleet({ databaseUrl: pgUrl, schema, allowList: peers.allowList, instances: 1, env });
    pool = dbPool(pgUrl, schema);
    const seedStarted = Date.now();
    const { orgId, channels } = await seedConnectedChannels(fleet.baseUrl, { ...peers, concurrency: 8 });
    // One approved, scheduled post per channel through the API, planned an hour ahead; the rounds' posts
    // are SQL copies of them (bench/publishing-clone.mjs says why).
    const templates = channels.map((channel, i) => ({ text: `Modèle n°${i + 1} : collecte des encombrants mardi`, channelIds: [channel.id] }));
    const templatePostIds = await seedScheduledPosts(fleet.baseUrl, { orgId, items: templates, plannedAt: new Date(Date.now() + 3_600_000), concurrency: 8 });
    const copiesTagged = (tag, posts) => clonePosts(pool, { templatePostIds, copies: (t) => Array.from({ length: Math.ceil(posts / channels.length) }, (_, k) => `Ponctualité ${tag} n°${k * channels.length + t + 1} : collecte des encombrants mardi`) });
    const rounds = [];
    for (const [index, instances] of INSTANCES.entries()) {
      // One tag per round: two rounds with the same number of instances must not share their texts.
      rounds.push({ instances, ...(await copiesTagged(`r${index + 1}/${instances}i`, POSTS)) });
    }
    const warmUps = [];
    if (APP_WARM_UP > 0) for (let instance = 0; instance < Math.max(...INSTANCES); instance += 1) warmUps.push(await copiesTagged(`échauffement app${instance}`, APP_WARM_UP));
    // Statistics as a live database has them (autovacuum would analyse the copies soon after): without
    // them the planner takes a fresh table for empty and scans an organisation's rows for one by id.
    await pool.query('ANALYZE');
    console.log(`   seeded ${channels.length} channels and ${templates.length} posts through the API, then ${rounds.reduce((n, r) => n + r.postIds.length, 0)} copies with SQL, in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`);

    const results = [];
    const warmed = new Set();
    for (const round of rounds) {
      while (fleet.apps.length < round.instances) await fleet.add();
      for (const [index, app] of fleet.apps.entries()) {
        if (!app || warmed.has(index) || !warmUps[index]) continue;
        await warmUp({ app, others: fleet.apps.filter((other) => other && other !== app), pool, peers, posts: warmUps[index], queryLog, label: `warm-up of app${index}` });
        warmed.add(index);
      }
      // Each round between two ceilings of its own: the PDS's speed drifts as its repositories grow.
      const label = `${round.instances} instance${round.instances > 1 ? 's' : ''}`;
      const before = await measure(`before the round with ${label}`, 0);
      const result = await runRound({ label, pool, peers, postIds: round.postIds, texts: round.texts, fleet, queryLog });
      const after = await measure(`after the round with ${label}`, 0);
      results.push(withRatios({ instances: round.instances, ...result }, before, after));
    }
    stoppedApps = fleet.apps;
    await fleet.stop();
    fleet = null;
    return { ceilings, pdsCpu: pdsCpu.how, appWarmUp: APP_WARM_UP, results, posts: POSTS, channels: channels.length, mastodonLatencyMs: LATENCY_MS, skipped: null };
  } finally {
    await fleet?.stop();
    await pool?.end();
    await peers?.stop();
    for (const app of fleet?.apps ?? stoppedApps) if (app) rmSync(queryLog.replace('%p', String(app.child.pid)), { force: true });
    if (process.env.BENCH_KEEP_SCHEMA === "1") console.log(`   schema ${schema} kept (BENCH_KEEP_SCHEMA=1)`);
    else await dropSchema(pgUrl, schema).catch((error) => console.error(`   could not drop schema ${schema}: ${error.message}`));
  }
}

const fmt = (value, digits = 2) => (value === null || value === undefined ? '—' : Number(value).toFixed(digits));

export function printPublishing(result) {
  if (!result || result.skipped) return;
  console.log(`\n== Publishing punctuality: ${result.posts} posts over ${result.channels} channels, Mastodon +${result.mastodonLatencyMs} ms per call ==\n`);
  for (const measured of result.ceilings) {
    console.log(`ceiling ${measured.when} (client libraries straight to the peers, ${measured.concurrencyPerNetwork} in flight per network):`);
    for (const network of ['bluesky', 'mastodon', 'combined']) {
      const row = measured[network];
      console.log(`  ${network.padEnd(9)} ${String(row.posts).padStart(5)} posts in ${fmt(row.ms / 1000)} s = ${fmt(row.perSecond, 1)} posts/s${row.failures ? ` (${row.failures} failed: ${row.firstFailure})` : ''}`);
    }
    if (measured.cpu) console.log(`  CPU per post (both networks' posts counted): PDS ${fmt((measured.cpu.pds * 1000) / measured.combined.posts)} ms, this process (client libraries + fake Mastodon) ${fmt((measured.cpu.bench * 1000) / measured.combined.posts)} ms; machine ${fmt(measured.cpu.machineBusyShare * 100, 0)} % busy; the PDS's main thread waited ${fmt(measured.cpu.runQueueWait.pds)} s for a CPU`);
  }
  console.log(`\nPDS: ${result.pdsCpu}; each app instance warmed up by ${result.appWarmUp} posts of its own first.`);
  console.log('\nCeiling: the mean of the measures just before and just after the round (posts/s); strict: against the faster of the two.');
  console.log('\n| instances | published | first late | p50 late | p99 late | drain | pub/s | ceiling (before / after) | ÷ ceiling | ideal drain | p99 − ideal | strict: ÷ ceiling, p99 − ideal | retried | duplicates | missing | SQL / publication |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const percent = (ratio) => `${fmt(ratio === null ? null : ratio * 100, 0)} %`;
  for (const r of result.results) {
    console.log(
      `| ${r.instances} | ${r.published}/${r.posts} | ${fmt(r.latenessFirst)} s | ${fmt(r.latenessP50)} s | ${fmt(r.latenessP99)} s | ${fmt(r.drainSeconds)} s | ${fmt(r.perSecond, 1)} | ${fmt(r.reference, 1)} (${fmt(r.ceilingBefore, 1)} / ${fmt(r.ceilingAfter, 1)}) | ${percent(r.ratioToCeiling)} | ${fmt(r.idealDrainSeconds)} s | ${fmt(r.p99OverIdeal)} s | ${percent(r.strict.ratioToCeiling)}, ${fmt(r.strict.p99OverIdeal)} s | ${r.retried} | ${r.duplicates} | ${r.missing} | ${fmt(r.statementsPerPublication, 1)} |`,
    );
    if (!r.settled || r.published !== r.posts) console.log(`  ${r.label}: states ${JSON.stringify(r.states)}${r.settled ? '' : ' (not settled in 15 min)'}`);
  }
  console.log('\nCPU per publication, from the UPDATE to the last outcome (/proc; PostgreSQL = every local `postgres` process):');
  for (const r of result.results) {
    const per = r.cpuMsPerPublication;
    if (per) console.log(`  ${r.instances} instance(s): app ${fmt(per.app)} ms, PostgreSQL ${fmt(per.postgresql)} ms (together ${fmt(per.app + per.postgresql)} ms), PDS ${fmt(per.pds)} ms, bench process (fake Mastodon) ${fmt(per.bench)} ms; machine ${fmt(r.cpu.machineBusyShare * 100, 0)} % busy; the PDS's main thread waited ${fmt(r.cpu.runQueueWait.pds)} s for a CPU over the round, the app's ${fmt(r.cpu.runQueueWait.app)} s`);
  }
  for (const r of result.results) {
    console.log(`\nSQL of the round with ${r.instances} instance(s), by time in round trips (count, total ms, statement's start):`);
    for (const s of r.topStatements ?? []) console.log(`  ${String(s.count).padStart(6)}  ${s.ms.toFixed(0).padStart(7)} ms  ${s.shape}`);
  }
  console.log('\nTargets: 0 duplicates; throughput ≥ 90 % of the ceiling; p99 lateness within 0.5 s of the ideal drain time.');
}
