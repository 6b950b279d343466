// The networks' peers for e2e scenarios and benchmarks, on loopback: a real Bluesky PDS (PLC + PDS from
// .test-peers, tools/test-peers/bluesky-peer.cjs, in a child process) and the strict fake Mastodon server
// of libs/api/testing (loaded from its TypeScript source through tsx, in this process), with N accounts
// each. Both can go down and come back on the same port with their data (reliability tests).
//
//   const peers = await startPeers({ blueskyAccounts: 2, mastodonAccounts: 2, mastodonLatencyMs: 100 });
//   peers.allowList   → OUTBOUND_ALLOW_LIST for the app ("127.0.0.1:port,127.0.0.1:port")
//   await peers.stop();
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { require as tsxRequire } from 'tsx/cjs/api';
import { repoRoot } from './app-server.mjs';

const FAKE_MASTODON = join(repoRoot, 'libs', 'api', 'testing', 'src', 'lib', 'fake-mastodon', 'index.ts');

/** The first run installs the peer package (a few minutes): give a `before` hook this long. */
export const PEER_START_TIMEOUT_MS = 15 * 60 * 1000;

function waitForLine(child, predicate, what) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk.toString();
      for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        let parsed = null;
        try {
          parsed = JSON.parse(line);
        } catch {
          continue;
        }
        if (predicate(parsed)) {
          cleanup();
          resolve(parsed);
          return;
        }
      }
    };
    const onExit = (code) => {
      cleanup();
      reject(new Error(`the Bluesky peer exited (${code}) while waiting for ${what}`));
    };
    const cleanup = () => {
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * A real PLC + PDS with `accounts` accounts (a number → peer1…peerN, or an array of names), each with an
 * app password. `down()` stops the PDS (connections refused; the PLC stays up), `up()` starts it again on
 * the same port with the same repositories. The child also exits when this process dies (its stdin closes).
 */
export async function startBlueskyPeer({ accounts = ['alice', 'bob'] } = {}) {
  const args = typeof accounts === 'number' ? [`--count=${accounts}`] : accounts;
  const child = spawn(process.execPath, [join(repoRoot, 'tools', 'test-peers', 'bluesky-peer.cjs'), ...args], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  let ready;
  try {
    ready = await waitForLine(child, (line) => typeof line.pdsUrl === 'string', 'its URLs');
  } catch (error) {
    throw new Error(`${error.message}:\n${stderr}`);
  }
  const command = async (name) => {
    const answered = waitForLine(child, (line) => line.event === name, `"${name}"`);
    child.stdin.write(`${name}\n`);
    await answered;
  };
  return {
    plcUrl: ready.plcUrl,
    pdsUrl: ready.pdsUrl,
    accounts: ready.accounts,
    /** `127.0.0.1:port` of the PDS, for OUTBOUND_ALLOW_LIST. */
    allowListEntry: new URL(ready.pdsUrl).host,
    /** The peer's process (PLC and PDS), for the bench's CPU figures. */
    pid: child.pid,
    down: () => command('down'),
    up: () => command('up'),
    stderr: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Every record of `collection` in a repository, read back from the PDS (listRecords, all pages). */
export async function listBlueskyRecords(pdsUrl, did, collection = 'app.bsky.feed.post') {
  const records = [];
  let cursor;
  for (;;) {
    const query = new URLSearchParams({ repo: did, collection, limit: '100', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${pdsUrl}/xrpc/com.atproto.repo.listRecords?${query}`);
    if (!response.ok) throw new Error(`listRecords of ${did}: ${response.status} ${await response.text()}`);
    const page = await response.json();
    records.push(...page.records);
    if (!page.cursor || page.records.length === 0) return records;
    cursor = page.cursor;
  }
}

/**
 * The strict fake Mastodon server (libs/api/testing) in this process, with `accounts` accounts (a number
 * → masto1…mastoN, or names). `latencyMs` is added to every answer. `down()` closes the port (connections
 * refused, requests in flight cut), `up()` listens again on the same port with the same statuses.
 */
export async function startFakeMastodon({ accounts = ['camille'], latencyMs = 0, maxCharacters = 500 } = {}) {
  // libs/api/testing is CommonJS TypeScript: tsx's require compiles it on the fly (no build step).
  const { FakeMastodonServer } = tsxRequire(FAKE_MASTODON, import.meta.url);
  const server = await new FakeMastodonServer({ latencyMs, maxCharacters }).start();
  const names = typeof accounts === 'number' ? Array.from({ length: accounts }, (_, i) => `masto${i + 1}`) : accounts;
  const created = names.map((name) => server.addAccount(name, name));
  const port = Number(new URL(server.origin).port);
  let isUp = true;
  return {
    server,
    origin: server.origin,
    /** `127.0.0.1:port`, for OUTBOUND_ALLOW_LIST. */
    allowListEntry: server.hostPort,
    accounts: created.map((account) => ({ id: account.id, username: account.username, token: account.token })),
    /** The statuses of one account, newest first (as Mastodon lists them). */
    statusesOf: (accountId) => server.state.statusesOf(accountId),
    /** Statuses created in all, Idempotency-Key replays excluded. */
    createdCount: () => server.state.createdCount,
    setLatency: (ms) => server.set({ latencyMs: ms }),
    down: async () => {
      if (!isUp) return;
      isUp = false;
      await server.stop();
    },
    up: async () => {
      if (isUp) return;
      await server.start(port);
      isUp = true;
    },
    stop: async () => {
      if (!isUp) return;
      isUp = false;
      await server.stop();
    },
  };
}

/** Both peers; `allowList` is what the app's OUTBOUND_ALLOW_LIST needs to reach them. */
export async function startPeers({ blueskyAccounts = ['alice', 'bob'], mastodonAccounts = ['camille'], mastodonLatencyMs = 0 } = {}) {
  const [bluesky, mastodon] = await Promise.all([
    startBlueskyPeer({ accounts: blueskyAccounts }),
    startFakeMastodon({ accounts: mastodonAccounts, latencyMs: mastodonLatencyMs }),
  ]);
  return {
    bluesky,
    mastodon,
    allowList: [bluesky.allowListEntry, mastodon.allowListEntry].join(','),
    stop: async () => {
      await Promise.all([bluesky.stop(), mastodon.stop()]);
    },
  };
}
