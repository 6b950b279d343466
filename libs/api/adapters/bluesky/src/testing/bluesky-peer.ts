import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PeerAccount {
  handle: string;
  did: string;
  password: string;
  appPassword: string;
}

export interface BlueskyPeer {
  plcUrl: string;
  pdsUrl: string;
  accounts: PeerAccount[];
  /** `127.0.0.1:port` of the PDS, for the SSRF-safe client's allow-list. */
  allowListEntry: string;
  stop(): Promise<void>;
}

/** The first run installs the peer package (minutes); give `beforeAll` this long. */
export const PEER_START_TIMEOUT_MS = 15 * 60 * 1000;

function workspaceRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'nx.json'))) return dir;
  throw new Error('workspace root not found');
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts a real PLC + PDS (tools/test-peers/bluesky-peer.cjs) in a child process on loopback, with one
 * account (and app password) per name. The child exits with its parent (it watches its stdin).
 */
export function startBlueskyPeer(accountNames: readonly string[] = ['alice', 'bob']): Promise<BlueskyPeer> {
  const root = workspaceRoot(__dirname);
  const child = spawn(process.execPath, [join(root, 'tools/test-peers/bluesky-peer.cjs'), ...accountNames], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8000);
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.once('exit', (code) => reject(new Error(`the Bluesky peer exited (${code}) before it was ready:\n${stderr}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      const ready = JSON.parse(stdout.slice(0, newline)) as Omit<BlueskyPeer, 'stop' | 'allowListEntry'>;
      resolve({ ...ready, allowListEntry: new URL(ready.pdsUrl).host, stop: () => stopProcess(child) });
    });
  });
}
