// The npm mirror these machines use lacks the other platforms' builds of a few native packages
// (sass-embedded-*, @unrs/resolver-binding-*), so `npm install` leaves them out of package-lock.json
// and `npm ci` then refuses the lockfile as out of sync. This adds an entry for each missing
// optional dependency, with the os/cpu its name declares, so npm skips it here and fetches it by
// version elsewhere. Run it after any `npm install`: `node tools/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const OSES = ['android', 'darwin', 'linux', 'freebsd', 'win32', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix'];
const CPUS = ['arm64', 'arm', 'x64', 'ia32', 'riscv64', 'loong64', 'ppc64', 's390x', 'wasm32'];

function platformOf(name) {
  const tokens = name.replace(/^@[^/]+\//, '').split('-');
  const os = tokens.find((t) => OSES.includes(t));
  const cpu = tokens.find((t) => CPUS.includes(t)) ?? (tokens.includes('arm') ? 'arm' : undefined);
  const libc = tokens.some((t) => t.startsWith('musl')) ? 'musl' : tokens.some((t) => t.startsWith('gnu')) ? 'glibc' : undefined;
  // Packages for "unknown" platforms are fallbacks this machine never needs.
  return { os: [os ?? 'none'], cpu: [cpu ?? 'none'], ...(libc ? { libc: [libc] } : {}) };
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    if (packages[nested] || packages[top]) continue;
    packages[top] = { version, dev: entry.dev ?? undefined, optional: true, ...platformOf(dep) };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: ${added} optional platform entr${added === 1 ? 'y' : 'ies'} added`);
