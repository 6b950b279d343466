// `npm run e2e`: builds api + web, starts the built app as a user would (embedded engine, demo seed,
// fresh data directory, free loopback port), runs e2e/scenarios/*.test.mjs with Node's test runner,
// always stops the app, and exits with the tests' exit code.
//
// Environment:
//   E2E_SKIP_BUILD=1   reuse dist/ as it is (quicker local iterations)
//   E2E_APP_LOGS=1     echo the app's output
//   E2E_ONLY=http      run only the scenarios whose file name contains this string
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProjects, repoRoot, startApp } from './support/app-server.mjs';

const scenariosDir = join(repoRoot, 'e2e', 'scenarios');

/** Counts from a TAP report written by the test runner (for the closing line). */
function tapCounts(file) {
  try {
    const tap = readFileSync(file, 'utf8');
    const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
    return { pass: count('pass'), fail: count('fail') + count('cancelled') };
  } catch {
    return null;
  }
}

function runTests(files, baseUrl, tapFile) {
  return new Promise((resolve, reject) => {
    const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`];
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...reporters, ...files], {
      cwd: repoRoot,
      env: { ...process.env, E2E_BASE_URL: baseUrl },
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  if (process.env.E2E_SKIP_BUILD !== '1') buildProjects(['api', 'web']);

  const only = process.env.E2E_ONLY;
  const files = readdirSync(scenariosDir)
    .filter((f) => f.endsWith('.test.mjs') && (!only || f.includes(only)))
    .sort()
    .map((f) => join('e2e', 'scenarios', f));
  if (files.length === 0) throw new Error(`no scenario in ${scenariosDir}${only ? ` matching "${only}"` : ''}`);

  const dataDir = await mkdtemp(join(tmpdir(), 'parvis-e2e-'));
  let app;
  let code = 1;
  let counts = null;
  try {
    console.log(`\n== Starting the app (embedded engine, DATA_DIR=${dataDir}) ==`);
    app = await startApp({
      label: 'app',
      echo: process.env.E2E_APP_LOGS === '1',
      env: {
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        DATABASE_SCHEMA: '',
        SEED_DEMO: 'true',
        // Several scenarios log in from the same IP within a minute.
        LOGIN_RATE_LIMIT_PER_MINUTE: '100',
      },
    });
    console.log(`   ready at ${app.baseUrl}`);
    console.log(`\n== Scenarios: ${files.join(', ')} ==\n`);
    code = await runTests(files, app.baseUrl, join(dataDir, 'report.tap'));
    counts = tapCounts(join(dataDir, 'report.tap'));
  } finally {
    if (app) {
      const exit = await app.stop();
      if (code !== 0 && process.env.E2E_APP_LOGS !== '1') {
        console.log('\n== Last lines of the app output ==');
        console.log(app.output().split('\n').slice(-60).join('\n'));
      }
      console.log(`\n== App stopped (code ${exit.code}, signal ${exit.signal}) ==`);
    }
    await rm(dataDir, { recursive: true, force: true });
  }
  const tally = counts ? `${counts.pass} passed, ${counts.fail} failed` : 'no test report';
  console.log(`\ne2e: ${tally}${code === 0 ? '' : ` (FAILED, exit code ${code})`}`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\ne2e failed: ${error.stack || error}`);
    process.exit(1);
  },
);
