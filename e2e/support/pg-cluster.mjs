// A throw-away PostgreSQL cluster (initdb + pg_ctl) on a free loopback port, data under /tmp, for tests
// that restart the database: restarting it cannot disturb anyone else's tests on the shared server.
// Needs the server binaries (Debian: /usr/lib/postgresql/<version>/bin, from `apt-get install postgresql`).
// As root the commands run as the `postgres` user (initdb refuses root).
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './app-server.mjs';

function serverBinDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install -y postgresql)');
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

function postgresUser() {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * Starts a fresh cluster with a `parvis` database; returns `{ url, port, restart(mode), stop() }`.
 * `restart('immediate')` is a crash and recovery (connections cut, no checkpoint), `'fast'` a clean one.
 */
export async function startPgCluster({ label = 'pg' } = {}) {
  const bin = serverBinDir();
  const dir = mkdtempSync('/tmp/parvis-pg-');
  const data = join(dir, 'data');
  const user = postgresUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const run = (tool, args) =>
    execFileSync(join(bin, tool), args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // A committed transaction must survive the server's crash (exactly once rests on it: a claim's lease and
  // part keys are committed before any call), so synchronous_commit stays on: with it off, the last
  // commits before an immediate restart are lost and a publication is sent again under new keys.
  // fsync can go (the machine itself never crashes here): the WAL reaches the OS at each commit.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const ctl = (...args) => run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', ...args]);
  ctl('-o', options, 'start');
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE parvis');
  await admin.end();
  let stopped = false;
  return {
    label,
    port,
    url: `postgres://postgres@127.0.0.1:${port}/parvis`,
    restart: (mode = 'immediate') => {
      ctl('-m', mode, '-o', options, 'restart');
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        ctl('-m', 'immediate', 'stop');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
