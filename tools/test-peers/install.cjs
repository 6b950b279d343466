// Installs the test peers (tools/test-peers/package.json) into .test-peers/, once: the install is cached
// by a hash of the nested package.json + lockfile, so `npm ci` of the root never carries the PDS.
// `node tools/test-peers/install.cjs` (CI, by hand) or `ensureTestPeers()` (test setup).
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const TARGET = path.join(ROOT, '.test-peers');
const SOURCES = ['package.json', 'package-lock.json'];
const STAMP = path.join(TARGET, '.installed-hash');
const LOCK = path.join(TARGET, '.install-lock');

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(fs.readFileSync(path.join(__dirname, file)));
  return hash.digest('hex');
}

function isInstalled(hash) {
  return fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash && fs.existsSync(path.join(TARGET, 'node_modules'));
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Installs if needed (another process installing at the same time is waited for); returns the node_modules path. */
function ensureTestPeers({ log = () => undefined } = {}) {
  const hash = sourceHash();
  if (isInstalled(hash)) return path.join(TARGET, 'node_modules');
  fs.mkdirSync(TARGET, { recursive: true });
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} held for 15 minutes: remove it if no install is running`);
      sleep(1000);
      if (isInstalled(hash)) return path.join(TARGET, 'node_modules');
    }
  }
  try {
    if (!isInstalled(hash)) {
      const started = Date.now();
      log(`installing the test peers into ${TARGET} (a few minutes, once)`);
      for (const file of SOURCES) fs.copyFileSync(path.join(__dirname, file), path.join(TARGET, file));
      execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: TARGET, stdio: ['ignore', 'inherit', 'inherit'] });
      fs.writeFileSync(STAMP, hash);
      log(`test peers installed in ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
  return path.join(TARGET, 'node_modules');
}

module.exports = { ensureTestPeers, TEST_PEERS_DIR: TARGET };

if (require.main === module) {
  const started = Date.now();
  ensureTestPeers({ log: (line) => console.log(line) });
  console.log(`test peers ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
