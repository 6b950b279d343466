// Starts the built API (dist/apps/api/main.js) as a child process, the way a user would, and stops it.
// Shared by e2e/run-e2e.mjs and bench/run-bench.mjs. Every child started here is killed when this
// process exits, even on failure or Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const apiMain = join(repoRoot, 'dist', 'apps', 'api', 'main.js');

export const DEMO_PASSWORD = 'parvis-demo-2026';
export const DEMO_ADMIN = { email: 'admin@demo.parvis.fr', password: DEMO_PASSWORD };

const running = new Set();

function killAllNow() {
  for (const child of running) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

process.once('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killAllNow();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

/** Environment for Nx runs: no cloud, no daemon, no TUI. */
export function nxEnv() {
  return { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
}

/** Runs `nx run-many -t build -p <projects>` in the repo root; throws when it fails. */
export function buildProjects(projects) {
  console.log(`\n== Building ${projects.join(', ')} (nx run-many -t build) ==`);
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'], {
    cwd: repoRoot,
    env: nxEnv(),
    stdio: 'inherit',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`nx build of ${projects.join(', ')} failed (exit code ${result.status})`);
}

/** A port that was free on the loopback interface a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `node dist/apps/api/main.js` on a free loopback port with `env` added to the current
 * environment, and waits until GET /api/health answers `{ status: 'ok' }`.
 * Returns `{ baseUrl, port, child, output(), stop() }`.
 */
export async function startApp({ env = {}, label = 'api', echo = false, readyTimeoutMs = 120_000 } = {}) {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: build the api first`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);

  // Keep the last lines of output to explain a failure; optionally echo them with a prefix.
  const lines = [];
  const collect = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 400) lines.shift();
      if (echo) console.log(`[${label}] ${line}`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      running.delete(child);
      resolve(exited);
    });
  });

  const output = () => lines.join('\n');

  const stop = async () => {
    if (exited) return exited;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const result = await exitPromise;
    clearTimeout(timer);
    return result;
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(
        `${label}: the app exited before becoming healthy (code ${exited.code}, signal ${exited.signal})\n${output()}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) {
        const body = await res.json();
        if (body.status === 'ok') break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${label}: /api/health did not answer ok within ${readyTimeoutMs / 1000} s\n${output()}`);
    }
    await sleep(250);
  }
  return { baseUrl, port, child, output, stop };
}

/** Logs in with fetch and returns the `parvis_session=…` cookie pair (for a Cookie header). */
export async function loginCookie(baseUrl, { email, password } = DEMO_ADMIN) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${email} answered ${res.status}: ${await res.text()}`);
  const pair = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('parvis_session='));
  if (!pair) throw new Error(`login as ${email} set no parvis_session cookie`);
  return pair;
}
