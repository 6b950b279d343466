// `npm run bench`: load figures for the authentication routes on both database engines.
// Prints a table and writes bench/results/latest.json. Never asserts on speed.
//
// Environment:
//   TEST_DATABASE_URL   PostgreSQL server for the second engine (default postgres://postgres@127.0.0.1:5432/test)
//   BENCH_DURATION      seconds per route (default 10)
//   BENCH_CONNECTIONS   concurrent connections (default 10)
//   BENCH_ENGINES       comma-separated subset of "embedded,postgresql" (default both)
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DEMO_ADMIN, apiMain, buildProjects, loginCookie, repoRoot, startApp } from '../e2e/support/app-server.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const ENGINES = (process.env.BENCH_ENGINES ?? 'embedded,postgresql').split(',').map((s) => s.trim());

const COMMON_ENV = {
  NODE_ENV: 'development',
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
};

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function runAutocannon(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    // No progress bar: keeps CI logs readable.
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

async function benchRoutes(engine, baseUrl) {
  const loginBody = JSON.stringify(DEMO_ADMIN);
  const cookie = await loginCookie(baseUrl);
  const routes = [
    {
      route: 'POST /api/auth/login',
      path: '/api/auth/login',
      options: { method: 'POST', headers: { 'content-type': 'application/json' }, body: loginBody },
    },
    {
      route: 'GET /api/auth/me',
      path: '/api/auth/me',
      options: { method: 'GET', headers: { cookie } },
    },
  ];
  const rows = [];
  for (const { route, path, options } of routes) {
    // Autocannon takes the path from the URL (a `path` option is ignored).
    const url = `${baseUrl}${path}`;
    // One request first: a benchmark of error responses would be meaningless.
    const probe = await fetch(url, { method: options.method, headers: options.headers, body: options.body });
    if (probe.status !== 200) throw new Error(`${engine}: ${route} answered ${probe.status} before the run: ${await probe.text()}`);
    console.log(`   ${engine}: ${route} for ${DURATION} s with ${CONNECTIONS} connections…`);
    // A short warm-up (JIT, connection pool, caches), not recorded.
    await runAutocannon({ url, connections: CONNECTIONS, duration: 2, ...options });
    const result = await runAutocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
    rows.push({
      engine,
      route,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      meanMs: Number(result.latency.average.toFixed(2)),
      requestsPerSecond: Number(result.requests.average.toFixed(1)),
      requestsTotal: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [code, v.count])),
      durationSeconds: result.duration,
      connections: CONNECTIONS,
    });
  }
  return rows;
}

async function benchEmbedded() {
  const dataDir = await mkdtemp(join(tmpdir(), 'parvis-bench-'));
  let app;
  try {
    console.log(`\n== Engine: embedded (DATA_DIR=${dataDir}) ==`);
    app = await startApp({ label: 'embedded', env: { ...COMMON_ENV, DATA_DIR: dataDir, DATABASE_URL: '' } });
    return await benchRoutes('embedded', app.baseUrl);
  } finally {
    if (app) await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function pgReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error.message || String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchema(url, schema) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function benchPostgres() {
  console.log(`\n== Engine: PostgreSQL (${redact(PG_URL)}) ==`);
  const reachable = await pgReachable(PG_URL);
  if (!reachable.ok) {
    console.log(`   SKIPPED: PostgreSQL at ${redact(PG_URL)} is unreachable (${reachable.reason}).`);
    console.log('   Start it or set TEST_DATABASE_URL to bench the PostgreSQL engine.');
    return { rows: [], skipped: reachable.reason };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  let app;
  try {
    console.log(`   schema ${schema}`);
    app = await startApp({
      label: 'postgresql',
      env: { ...COMMON_ENV, DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema },
    });
    return { rows: await benchRoutes('postgresql', app.baseUrl), skipped: null };
  } finally {
    if (app) await app.stop();
    await dropSchema(PG_URL, schema).catch((error) => console.error(`   could not drop schema ${schema}: ${error.message}`));
  }
}

function printTable(rows) {
  const headers = ['engine', 'route', 'p50 (ms)', 'p99 (ms)', 'req/s', 'requests', 'errors', 'non-2xx'];
  const data = rows.map((r) => [
    r.engine,
    r.route,
    String(r.p50Ms),
    String(r.p99Ms),
    r.requestsPerSecond.toFixed(1),
    String(r.requestsTotal),
    String(r.errors + r.timeouts),
    String(r.non2xx),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...data.map((d) => d[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const d of data) console.log(line(d));
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main() {
  if (!existsSync(apiMain)) buildProjects(['api']);
  const rows = [];
  const skipped = {};
  if (ENGINES.includes('embedded')) rows.push(...(await benchEmbedded()));
  if (ENGINES.includes('postgresql')) {
    const pgResult = await benchPostgres();
    rows.push(...pgResult.rows);
    if (pgResult.skipped) skipped.postgresql = pgResult.skipped;
  }

  console.log(`\n== Results (${DURATION} s per route, ${CONNECTIONS} connections, Node ${process.version}, ${cpus().length} CPUs) ==\n`);
  printTable(rows);
  for (const r of rows.filter((row) => row.non2xx > 0)) {
    console.log(`\n${r.engine} ${r.route}: status codes ${JSON.stringify(r.statusCodes)}`);
  }
  for (const [engine, reason] of Object.entries(skipped)) console.log(`\n${engine}: skipped (${reason})`);

  const resultsDir = join(repoRoot, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, 'latest.json');
  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    results: rows,
    skipped,
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nbench failed: ${error.stack || error}`);
    process.exit(1);
  },
);
