// `npm run bench`: load figures for the authentication routes on both database engines, and the
// calendar month query on PostgreSQL (bench/calendar-bench.mjs). Prints tables and merges the figures
// into bench/results/latest.json. Never asserts on speed.
//
// Environment:
//   TEST_DATABASE_URL   PostgreSQL server for the second engine (default postgres://postgres@127.0.0.1:5432/test)
//   BENCH_DURATION      seconds per route (default 10)
//   BENCH_CONNECTIONS   concurrent connections (default 10)
//   BENCH_ENGINES       comma-separated subset of "embedded,postgresql" for the auth suite (default both)
//   BENCH_SUITES        comma-separated subset of "auth,calendar,web,rules,typing" (default all; web: initial JS of
//                       /login; rules: the shared rule engine, bench/rules-bench.ts run with tsx; typing: keystroke
//                       latency in the composer in headless Chromium, bench/composer-typing.mjs; publishing:
//                       publication punctuality against the peers' ceiling, bench/publishing-punctuality.mjs)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ADMIN, apiMain, buildProjects, loginCookie, repoRoot, startApp } from '../e2e/support/app-server.mjs';
import { benchCalendar, printCalendar } from './calendar-bench.mjs';
import { benchComposerTyping, printComposerTyping } from './composer-typing.mjs';
import { benchPublishing, printPublishing } from './publishing-punctuality.mjs';
import { measureComposerWeb, measureInitialWeb, printComposerWeb, printInitialWeb } from './web-size.mjs';
import { dropSchema, pgReachable, printTable, redact, runAutocannon, toRow } from './support.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PG_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const ENGINES = (process.env.BENCH_ENGINES ?? 'embedded,postgresql').split(',').map((s) => s.trim());
const SUITES = (process.env.BENCH_SUITES ?? 'auth,calendar,web,rules,typing,publishing').split(',').map((s) => s.trim());

const COMMON_ENV = {
  NODE_ENV: 'development',
  LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
  SEED_DEMO: 'true',
  LOG_LEVEL: 'warn',
};

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
    rows.push(toRow({ suite: 'auth', engine, route, result, connections: CONNECTIONS }));
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

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Keeps the rows of the suites not run this time (e.g. BENCH_SUITES=calendar), replaces the others. */
async function mergeResults(file, report, suitesRun) {
  let previous = null;
  try {
    previous = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    // first run or unreadable: start afresh
  }
  if (!previous) return report;
  const kept = (previous.results ?? [])
    .map((row) => ({ suite: 'auth', measuredAt: previous.date, commit: previous.commit, ...row }))
    .filter((row) => !suitesRun.includes(row.suite));
  return {
    ...report,
    results: [...kept, ...report.results],
    skipped: { ...(suitesRun.includes('auth') ? {} : previous.skipped), ...report.skipped },
    calendar: suitesRun.includes('calendar') ? report.calendar : (previous.calendar ?? null),
    web: suitesRun.includes('web') ? report.web : (previous.web ?? null),
    rules: suitesRun.includes('rules') ? report.rules : (previous.rules ?? null),
    typing: suitesRun.includes('typing') ? report.typing : (previous.typing ?? null),
    publishing: suitesRun.includes('publishing') ? report.publishing : (previous.publishing ?? null),
  };
}

/** The rule engine is TypeScript run in a child process with tsx; it prints its own table. */
async function benchRulesSuite() {
  const dir = await mkdtemp(join(tmpdir(), 'parvis-rules-'));
  try {
    const out = join(dir, 'rules.json');
    execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'bench', 'rules-bench.ts'), '--json-out', out], { cwd: repoRoot, stdio: 'inherit' });
    return JSON.parse(await readFile(out, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (SUITES.some((suite) => suite !== 'rules') && !existsSync(apiMain)) buildProjects(['api', 'web']);
  const rows = [];
  const skipped = {};
  if (SUITES.includes('auth') && ENGINES.includes('embedded')) rows.push(...(await benchEmbedded()));
  if (SUITES.includes('auth') && ENGINES.includes('postgresql')) {
    const pgResult = await benchPostgres();
    rows.push(...pgResult.rows);
    if (pgResult.skipped) skipped.postgresql = pgResult.skipped;
  }
  let calendar = null;
  const calendarRows = [];
  if (SUITES.includes('calendar')) {
    const result = await benchCalendar({ pgUrl: PG_URL, duration: DURATION, connections: CONNECTIONS, commonEnv: COMMON_ENV });
    calendarRows.push(...result.rows);
    calendar = result.calendar;
    if (result.skipped) skipped.calendar = result.skipped;
  }

  console.log(`\n== Results (${DURATION} s per route, ${CONNECTIONS} connections, Node ${process.version}, ${cpus().length} CPUs) ==\n`);
  printTable([...rows, ...calendarRows]);
  for (const r of [...rows, ...calendarRows].filter((row) => row.non2xx > 0)) {
    console.log(`\n${r.engine} ${r.route}: status codes ${JSON.stringify(r.statusCodes)}`);
  }
  for (const [suite, reason] of Object.entries(skipped)) console.log(`\n${suite}: skipped (${reason})`);
  printCalendar(calendar, calendarRows);
  const web = SUITES.includes('web') ? measureInitialWeb() : null;
  if (web) printInitialWeb(web);
  const composerWeb = SUITES.includes('web') ? measureComposerWeb() : null;
  if (composerWeb) printComposerWeb(composerWeb);
  const rules = SUITES.includes('rules') ? await benchRulesSuite() : null;
  const typing = SUITES.includes('typing') ? await benchComposerTyping({ commonEnv: COMMON_ENV }) : null;
  printComposerTyping(typing);
  const publishing = SUITES.includes('publishing') ? await benchPublishing({ pgUrl: PG_URL }) : null;
  printPublishing(publishing);

  const resultsDir = join(repoRoot, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = join(resultsDir, 'latest.json');
  const date = new Date().toISOString();
  const commit = gitCommit();
  const report = {
    date,
    commit,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    results: [...rows, ...calendarRows].map((row) => ({ ...row, measuredAt: date, commit })),
    skipped,
    calendar,
    web: web && {
      initialJsGzip: web.js.gzip,
      initialJsRaw: web.js.raw,
      initialCssGzip: web.css.gzip,
      files: web.files,
      composerRouteJsGzip: composerWeb?.routeOnly.gzip,
      composerTotalJsGzip: composerWeb?.js.gzip,
    },
    rules,
    typing,
    publishing,
  };
  await writeFile(file, `${JSON.stringify(await mergeResults(file, report, SUITES), null, 2)}\n`);
  console.log(`\nWritten ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\nbench failed: ${error.stack || error}`);
    process.exit(1);
  },
);
