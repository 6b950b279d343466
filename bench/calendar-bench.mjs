// Calendar month query benchmark (PostgreSQL only), called by bench/run-bench.mjs.
// Seeds 10,000 briefs over 2026 in each demo organisation (themes, audiences and channels through the
// API, briefs with SQL), loads GET /api/orgs/{orgId}/calendar for June 2026 with autocannon, counts
// the SQL statements per request (bench/query-counter.cjs preloaded into the app) and prints the
// EXPLAIN (ANALYZE, BUFFERS) of the range query.
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loginCookie, repoRoot, startApp } from '../e2e/support/app-server.mjs';
import { dropSchema, pgReachable, queryCounters, redact, runAutocannon, toRow } from './support.mjs';

const BRIEFS_PER_ORG = 10_000;
const FROM = '2026-06-01';
const TO = '2026-06-30';
// Europe/Paris (the demo organisations' zone): local midnight of June 1st and of July 1st, as the API computes.
const RANGE = { from: '2026-05-31T22:00:00Z', to: '2026-06-30T22:00:00Z' };
const YEAR = { from: Date.parse('2025-12-31T23:00:00Z'), to: Date.parse('2026-12-31T23:00:00Z') };
const LIMIT = 2001; // CALENDAR_MAX_ITEMS + 1 in BriefsService
const THEMES = [['Culture', '#0063CB'], ['Travaux', '#B34000'], ['Sport', '#18753C'], ['Solidarité', '#6A6AF4'], ['Vie municipale', '#A558A0']];
const AUDIENCES = ['Familles', 'Jeunes 15–25', 'Seniors', 'Associations'];
const STATUSES_UNASSIGNED = ['idea', 'idea', 'idea', 'cancelled'];
const STATUSES_ASSIGNED = ['assigned', 'in_progress', 'draft_submitted', 'done'];

/** Deterministic PRNG (mulberry32): the same data set on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function api(baseUrl, cookie, method, path, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return { body: text ? JSON.parse(text) : null, bytes: Buffer.byteLength(text) };
}

/** Themes and audiences through the API; channels too where the admin may create them. */
async function createEditorialLine(baseUrl, cookie, db, orgId, canCreateChannels) {
  const themeIds = [];
  for (const [name, color] of THEMES) themeIds.push((await api(baseUrl, cookie, 'POST', `/api/orgs/${orgId}/themes`, { name, color })).body.id);
  const audienceIds = [];
  for (const name of AUDIENCES) audienceIds.push((await api(baseUrl, cookie, 'POST', `/api/orgs/${orgId}/audiences`, { name })).body.id);
  const channels = [
    { network: 'bluesky', handle: `@bench-${orgId.slice(0, 8)}.bsky.social`, displayName: 'Bluesky' },
    { network: 'mastodon', handle: `@bench@${orgId.slice(0, 8)}.social`, displayName: 'Mastodon' },
    { network: 'mastodon', handle: `@culture@${orgId.slice(0, 8)}.social`, displayName: 'Mastodon culture' },
  ];
  const channelIds = [];
  for (const c of channels) {
    if (canCreateChannels) {
      channelIds.push((await api(baseUrl, cookie, 'POST', `/api/orgs/${orgId}/channels`, c)).body.id);
    } else {
      // The admin is only an editor there and POST /channels is admin-only: insert the rows instead.
      const { rows } = await db.query('INSERT INTO channel (organization_id, network, handle, display_name) VALUES ($1, $2, $3, $4) RETURNING id', [orgId, c.network, c.handle, c.displayName]);
      channelIds.push(rows[0].id);
    }
  }
  return { themeIds, audienceIds, channelIds };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const extra = (rand, list) => list.filter(() => rand() < 0.25);

/** 10,000 briefs over 2026 with SQL (batches of unnest arrays), plus their audiences and channels. */
async function insertBriefs(db, orgId, refs, seed) {
  const rand = prng(seed);
  const { rows: members } = await db.query('SELECT id FROM membership WHERE organization_id = $1', [orgId]);
  const membershipIds = members.map((m) => m.id);
  const BATCH = 2_000;
  for (let start = 0; start < BRIEFS_PER_ORG; start += BATCH) {
    const b = { id: [], title: [], theme: [], at: [], assignee: [], status: [] };
    const links = { audience: [[], []], channel: [[], []] };
    for (let i = start; i < Math.min(start + BATCH, BRIEFS_PER_ORG); i += 1) {
      const id = randomUUID();
      const minute = Math.floor((rand() * (YEAR.to - YEAR.from)) / 60_000);
      const assigned = rand() < 0.45;
      b.id.push(id);
      b.title.push(`Sujet ${i + 1} : ${pick(rand, ['annonce', 'retour en images', 'rappel', 'portrait', 'agenda'])}`);
      b.theme.push(rand() < 0.85 ? pick(rand, refs.themeIds) : null);
      b.at.push(new Date(YEAR.from + minute * 60_000).toISOString());
      b.assignee.push(assigned ? pick(rand, membershipIds) : null);
      b.status.push(pick(rand, assigned ? STATUSES_ASSIGNED : STATUSES_UNASSIGNED));
      const audiences = rand() < 0.85 ? [pick(rand, refs.audienceIds), ...extra(rand, refs.audienceIds)] : [];
      const channels = rand() < 0.85 ? [pick(rand, refs.channelIds), ...extra(rand, refs.channelIds)] : [];
      for (const a of new Set(audiences)) {
        links.audience[0].push(id);
        links.audience[1].push(a);
      }
      for (const c of new Set(channels)) {
        links.channel[0].push(id);
        links.channel[1].push(c);
      }
    }
    await db.query(
      `INSERT INTO brief (id, organization_id, title, body, theme_id, campaign_id, planned_at, draft_due_at, assignee_membership_id, status, created_by_user_id)
       SELECT u.id, $1, u.title, '', u.theme_id, NULL, u.planned_at, NULL, u.assignee, u.status, NULL
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::timestamptz[], $6::uuid[], $7::brief_status[]) AS u(id, title, theme_id, planned_at, assignee, status)`,
      [orgId, b.id, b.title, b.theme, b.at, b.assignee, b.status],
    );
    await db.query('INSERT INTO brief_audience (organization_id, brief_id, audience_id) SELECT $1, * FROM unnest($2::uuid[], $3::uuid[])', [orgId, ...links.audience]);
    await db.query('INSERT INTO brief_channel (organization_id, brief_id, channel_id) SELECT $1, * FROM unnest($2::uuid[], $3::uuid[])', [orgId, ...links.channel]);
  }
}

/** N sequential requests: wall time, and statements and database time per request. */
async function measureQueries(app, file, url, cookie, n = 10) {
  await fetch(url, { headers: { cookie } }).then((r) => r.text());
  const before = await queryCounters(app.child, file, 0);
  const started = performance.now();
  for (let i = 0; i < n; i += 1) await fetch(url, { headers: { cookie } }).then((r) => r.text());
  const wallMs = (performance.now() - started) / n;
  const after = await queryCounters(app.child, file, before.seq);
  const perRequest = (after.count - before.count) / n;
  return {
    sequentialRequests: n,
    sequentialMeanMs: Number(wallMs.toFixed(1)),
    queriesPerRequest: perRequest,
    dbMsPerRequest: Number(((after.totalMs - before.totalMs) / n).toFixed(1)),
    lastRequest: after.recent.slice(-Math.round(perRequest)),
  };
}

function rangeSql(withTheme) {
  return `SELECT b.id, b.planned_at FROM brief b
  WHERE b.organization_id = $1 AND b.planned_at >= $2 AND b.planned_at < $3${withTheme ? ' AND b.theme_id = $4' : ''}
  ORDER BY b.planned_at ASC, b.id ASC LIMIT ${LIMIT}`;
}

async function explain(db, sql, params) {
  const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  return rows.map((r) => r['QUERY PLAN']);
}

function usesIndex(plan, indexName) {
  return plan.some((line) => /(Index Only Scan|Index Scan|Bitmap Index Scan)/.test(line) && line.includes(indexName));
}

export async function benchCalendar({ pgUrl, duration, connections, commonEnv }) {
  console.log(`\n== Calendar month query: PostgreSQL (${redact(pgUrl)}) ==`);
  const reachable = await pgReachable(pgUrl);
  if (!reachable.ok) {
    console.log(`   SKIPPED: PostgreSQL at ${redact(pgUrl)} is unreachable (${reachable.reason}).`);
    return { rows: [], calendar: null, skipped: reachable.reason };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const queryLog = join(tmpdir(), `parvis-${schema}-queries.json`);
  const preload = join(repoRoot, 'bench', 'query-counter.cjs');
  const db = new pg.Client({ connectionString: pgUrl });
  let app;
  try {
    console.log(`   schema ${schema}`);
    app = await startApp({
      label: 'calendar',
      env: {
        ...commonEnv,
        DATABASE_URL: pgUrl,
        DATABASE_SCHEMA: schema,
        BENCH_QUERY_LOG: queryLog,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(preload)}`.trim(),
      },
    });
    await db.connect();
    await db.query(`SET search_path TO "${schema}"`);
    const cookie = await loginCookie(app.baseUrl);
    const me = (await api(app.baseUrl, cookie, 'GET', '/api/auth/me')).body;
    const orgOf = (name) => me.memberships.find((m) => m.organization.name === name)?.organization.id;
    const cityId = orgOf('Ville de Démo');
    const countyId = orgOf('Département de Démo');
    if (!cityId || !countyId) throw new Error(`demo organisations not found in /api/auth/me: ${JSON.stringify(me.memberships)}`);

    const seedStart = performance.now();
    const cityRefs = await createEditorialLine(app.baseUrl, cookie, db, cityId, true);
    const countyRefs = await createEditorialLine(app.baseUrl, cookie, db, countyId, false);
    await insertBriefs(db, cityId, cityRefs, 2026);
    await insertBriefs(db, countyId, countyRefs, 1789);
    await db.query('ANALYZE');
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM brief)::int AS briefs, (SELECT count(*) FROM brief_audience)::int AS audiences,
              (SELECT count(*) FROM brief_channel)::int AS channels,
              (SELECT count(*) FROM brief WHERE organization_id = $1 AND planned_at >= $2 AND planned_at < $3)::int AS june,
              (SELECT count(*) FROM brief WHERE organization_id = $1 AND planned_at >= $2 AND planned_at < $3 AND theme_id = $4)::int AS june_theme`,
      [cityId, RANGE.from, RANGE.to, cityRefs.themeIds[0]],
    );
    const dataset = counts.rows[0];
    console.log(
      `   seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${dataset.briefs} briefs (2 organisations), ` +
        `${dataset.audiences} brief_audience, ${dataset.channels} brief_channel rows; June in Ville de Démo: ${dataset.june} briefs, ${dataset.june_theme} with theme "${THEMES[0][0]}"`,
    );

    const base = `/api/orgs/${cityId}/calendar?from=${FROM}&to=${TO}`;
    const variants = [
      { route: `GET /api/orgs/{orgId}/calendar?from=${FROM}&to=${TO}`, path: base, expected: dataset.june },
      { route: `GET /api/orgs/{orgId}/calendar?from=${FROM}&to=${TO}&themeId=…`, path: `${base}&themeId=${cityRefs.themeIds[0]}`, expected: dataset.june_theme },
    ];
    // Statements per request first, on a quiet server (a load run leaves a backlog behind it).
    for (const v of variants) {
      const probe = await api(app.baseUrl, cookie, 'GET', v.path);
      if (probe.body.items.length !== v.expected || probe.body.truncated) {
        throw new Error(`${v.route}: ${probe.body.items.length} items (truncated ${probe.body.truncated}), expected ${v.expected}`);
      }
      v.responseBytes = probe.bytes;
      const { lastRequest, ...queries } = await measureQueries(app, queryLog, `${app.baseUrl}${v.path}`, cookie);
      Object.assign(v, { queries, lastRequest });
    }
    const rows = [];
    for (const v of variants) {
      console.log(`   ${v.route}: ${v.expected} items, ${(v.responseBytes / 1024).toFixed(0)} KiB; ${duration} s with ${connections} connections…`);
      // A 30 s timeout so that slow answers count as latency, not as errors.
      // As a browser asks: with a session cookie and gzip accepted.
      const options = { url: `${app.baseUrl}${v.path}`, connections, timeout: 30, headers: { cookie, 'accept-encoding': 'gzip' } };
      await runAutocannon({ ...options, duration: 2 });
      const result = await runAutocannon({ ...options, duration });
      rows.push(toRow({ suite: 'calendar', engine: 'postgresql', route: v.route, result, connections, extra: { items: v.expected, responseBytes: v.responseBytes, ...v.queries } }));
      // Let the requests still queued in the app finish before the next run.
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, result.latency.max + 500)));
    }

    const { rows: idx } = await db.query(
      `SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
       WHERE t.relnamespace = $1::regnamespace AND t.relname = 'brief' AND pg_get_indexdef(i.indexrelid) LIKE '%(organization_id, planned_at, id)'`,
      [schema],
    );
    const indexName = idx[0]?.relname ?? '(no index on (organization_id, planned_at, id))';
    const plan = await explain(db, rangeSql(false), [cityId, RANGE.from, RANGE.to]);
    const planTheme = await explain(db, rangeSql(true), [cityId, RANGE.from, RANGE.to, cityRefs.themeIds[0]]);
    // The API's own statements for the month, as captured from the last request, with their parameters.
    const captured = [];
    for (const q of variants[0].lastRequest.filter((q) => /\bbrief\b/.test(q.text) && /^\s*SELECT/i.test(q.text))) {
      const lines = await explain(db, q.text, q.values ?? []);
      captured.push({ sql: q.text, params: (q.values ?? []).length, appMs: Number(q.ms.toFixed(2)), plan: lines });
    }
    const calendar = {
      schemaNote: 'dropped after the run',
      dataset: { ...dataset, briefsPerOrganization: BRIEFS_PER_ORG, range: { from: FROM, to: TO, ...RANGE } },
      indexName,
      usesIndex: usesIndex(plan, indexName),
      usesIndexWithTheme: usesIndex(planTheme, indexName),
      explain: { sql: rangeSql(false), plan },
      explainWithTheme: { sql: rangeSql(true), plan: planTheme },
      lastRequestQueries: variants[0].lastRequest.map((q) => ({ ms: Number(q.ms.toFixed(2)), sql: q.text.replace(/\s+/g, ' ').slice(0, 160) })),
      capturedExplains: captured,
    };
    return { rows, calendar, skipped: null };
  } finally {
    await db.end().catch(() => undefined);
    if (app) await app.stop();
    rmSync(queryLog, { force: true });
    await dropSchema(pgUrl, schema).catch((error) => console.error(`   could not drop schema ${schema}: ${error.message}`));
  }
}

/** Prints the calendar section: statements per request, the EXPLAIN, whether the index is used. */
export function printCalendar(calendar, rows) {
  if (!calendar) return;
  console.log('\n== Calendar: statements per request (sequential requests, query counter preloaded) ==\n');
  for (const r of rows) {
    console.log(`${r.route}: ${r.queriesPerRequest} statements, ${r.dbMsPerRequest} ms in pg round trips, ${r.sequentialMeanMs} ms per request end to end (${r.items} items, ${(r.responseBytes / 1024).toFixed(0)} KiB)`);
  }
  console.log('\nStatements of one month request:');
  calendar.lastRequestQueries.forEach((q, i) => console.log(`  ${String(i + 1).padStart(2)}. ${q.ms.toFixed(2).padStart(7)} ms  ${q.sql}`));
  console.log(`\n== EXPLAIN (ANALYZE, BUFFERS), range query of Ville de Démo for June 2026 ==\n\n${calendar.explain.sql}\n`);
  for (const line of calendar.explain.plan) console.log(`  ${line}`);
  console.log(`\nuses index: ${calendar.usesIndex ? 'yes' : 'no'} (${calendar.indexName})`);
  console.log(`\nWith AND b.theme_id = $4:\n`);
  for (const line of calendar.explainWithTheme.plan) console.log(`  ${line}`);
  console.log(`\nuses index (themeId filter): ${calendar.usesIndexWithTheme ? 'yes' : 'no'}`);
  for (const c of calendar.capturedExplains) {
    console.log(`\nAPI statement as sent (${c.params} parameters, ${c.appMs} ms round trip seen by the app): ${c.sql.replace(/\s+/g, ' ').slice(0, 140)}…\n`);
    for (const line of c.plan.filter((l) => !/^\s*(Buffers|Buckets|Heap Blocks|Sort Method|Hash Cond|Recheck Cond|Index Cond)/.test(l))) {
      console.log(`  ${line.length > 160 ? `${line.slice(0, 160)}…` : line}`);
    }
  }
}
