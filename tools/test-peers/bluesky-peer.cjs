// A real Bluesky network for tests: a PLC directory and a PDS, on loopback, data in a temp folder under
// .test-peers/run/ (removed on exit). Run as a child process (see peers.cjs):
//   node tools/test-peers/bluesky-peer.cjs alice bob
// prints one JSON line {plcUrl, pdsUrl, accounts:[{handle, did, password, appPassword}]}, then serves
// until SIGTERM/SIGINT or until its stdin closes (the parent died).
// `--count=N` adds N accounts named peer1…peerN (created 8 at a time). Lines on stdin control the PDS
// (the PLC directory stays up): `down` stops it (connections refused), `up` starts it again on the same
// port with the same data; each answers one JSON line {"event":"down"|"up"}.
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { ensureTestPeers, TEST_PEERS_DIR } = require('./install.cjs');

const modules = ensureTestPeers({ log: (line) => process.stderr.write(`${line}\n`) });
const load = (name) => require(require.resolve(name, { paths: [modules] }));
const pds = load('@atproto/pds');
const plc = load('@did-plc/server');
const { Secp256k1Keypair } = load('@atproto/crypto');

const LOOPBACK = '127.0.0.1';
const PASSWORD = 'peer-password-2026';

/** Express apps' listen() binds every interface: bind them to loopback instead. */
function listenOnLoopback(app) {
  const listen = app.listen.bind(app);
  app.listen = (port, ...rest) => listen(port, LOOPBACK, ...rest);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function xrpc(base, method, body, token) {
  const response = await fetch(`${base}/xrpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function main() {
  const args = process.argv.slice(2);
  const count = Number(args.find((arg) => arg.startsWith('--count='))?.slice('--count='.length) ?? 0);
  const given = args.filter((arg) => !arg.startsWith('--'));
  const names = [...given, ...Array.from({ length: count }, (_, i) => `peer${i + 1}`)];
  if (names.length === 0) names.push('alice', 'bob');
  const runDir = fs.mkdtempSync(path.join(TEST_PEERS_DIR, 'run-'));
  const closers = [];
  const shutdown = async (code) => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    fs.rmSync(runDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGINT', () => void shutdown(0));
  process.stdin.on('end', () => void shutdown(0));
  let pdsControl = null;
  let stdinBuffer = '';
  process.stdin.on('data', (chunk) => {
    stdinBuffer += chunk.toString();
    for (let newline = stdinBuffer.indexOf('\n'); newline >= 0; newline = stdinBuffer.indexOf('\n')) {
      const command = stdinBuffer.slice(0, newline).trim();
      stdinBuffer = stdinBuffer.slice(newline + 1);
      if (pdsControl && (command === 'down' || command === 'up')) void pdsControl(command);
    }
  });
  process.stdin.resume();

  try {
    const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: await freePort() });
    listenOnLoopback(plcServer.app);
    await plcServer.start();
    closers.push(() => plcServer.destroy());
    const plcUrl = `http://${LOOPBACK}:${plcServer.server.address().port}`;

    const port = await freePort();
    const rotationKey = await Secp256k1Keypair.create({ exportable: true });
    const recoveryKey = await Secp256k1Keypair.create();
    const env = {
      devMode: true,
      port,
      hostname: 'localhost',
      dataDirectory: runDir,
      blobstoreDiskLocation: path.join(runDir, 'blobs'),
      didPlcUrl: plcUrl,
      recoveryDidKey: recoveryKey.did(),
      plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
      jwtSecret: 'peer-jwt-secret',
      adminPassword: 'peer-admin-password',
      serviceHandleDomains: ['.test'],
      inviteRequired: false,
      // No AppView in this network: point everything it would proxy to at a closed loopback port.
      bskyAppViewUrl: `http://${LOOPBACK}:1`,
      bskyAppViewDid: 'did:example:no-appview',
      modServiceUrl: `http://${LOOPBACK}:1`,
      modServiceDid: 'did:example:no-moderation',
      rateLimitsEnabled: false,
      crawlers: [],
      disableSsrfProtection: true,
    };
    const startPds = async () => {
      const started = await pds.PDS.create(pds.envToCfg(env), pds.envToSecrets(env));
      listenOnLoopback(started.app);
      await started.start();
      return started;
    };
    let server = await startPds();
    closers.push(() => (server ? server.destroy() : Promise.resolve()));
    const pdsUrl = `http://${LOOPBACK}:${port}`;
    // Commands run one after the other: a `down` right after an `up` waits for the start.
    let control = Promise.resolve();
    pdsControl = (command) => {
      control = control.then(async () => {
        if (command === 'down' && server) {
          const stopping = server;
          server = null;
          await stopping.destroy();
        } else if (command === 'up' && !server) {
          server = await startPds();
        }
        process.stdout.write(`${JSON.stringify({ event: command })}\n`);
      }).catch((error) => process.stderr.write(`PDS ${command} failed: ${error && error.stack ? error.stack : error}\n`));
      return control;
    };

    const accounts = [];
    const createOne = async (name) => {
      const handle = `${name}.test`;
      const session = await xrpc(pdsUrl, 'com.atproto.server.createAccount', { handle, email: `${name}@peer.test`, password: PASSWORD });
      const app = await xrpc(pdsUrl, 'com.atproto.server.createAppPassword', { name: 'parvis' }, session.accessJwt);
      return { handle, did: session.did, password: PASSWORD, appPassword: app.password };
    };
    for (let i = 0; i < names.length; i += 8) accounts.push(...(await Promise.all(names.slice(i, i + 8).map(createOne))));
    process.stdout.write(`${JSON.stringify({ plcUrl, pdsUrl, accounts })}\n`);
  } catch (error) {
    process.stderr.write(`bluesky peer failed to start: ${error && error.stack ? error.stack : error}\n`);
    await shutdown(1);
  }
}

void main();
