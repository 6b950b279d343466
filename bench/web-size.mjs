// Initial JavaScript of the SPA: what a browser opening /login downloads before it can show the form.
// Reads dist/apps/web (index.html and Vite's manifest), follows the entry's static imports plus the
// chunks of the routes the login page needs (the lazy login route), and gzips each file (level 6, as
// a web server would). Prints raw and gzip sizes per chunk and the total. Figures only.
//
//   node bench/web-size.mjs     (builds the web app first when dist/apps/web is missing)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildProjects, repoRoot } from '../e2e/support/app-server.mjs';

const distDir = join(repoRoot, 'dist', 'apps', 'web');
const manifestFile = join(distDir, '.vite', 'manifest.json');
/** Source files whose chunks the login page loads after the entry (its lazy route and shell). */
const LOGIN_MODULES = [/feature-identity\/src\/login\.ts$/];

function readManifest() {
  if (!existsSync(manifestFile)) buildProjects(['web']);
  return JSON.parse(readFileSync(manifestFile, 'utf8'));
}

/** The chunk keys reachable by static imports from `keys`. */
function staticClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) visit(dep);
  };
  keys.forEach(visit);
  return seen;
}

function sizeOf(file) {
  const bytes = readFileSync(join(distDir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

/** Source files of the composer route's lazy chunk (/orgs/:orgId/posts/:postId). */
const COMPOSER_MODULES = [/feature-composer\/src\/index\.ts$/];

/** { files: [{ file, raw, gzip, kind }], js: { raw, gzip }, css: { raw, gzip } } */
export function measureInitialWeb() {
  return measureRoute(LOGIN_MODULES, 'lazyLoginRoute');
}

/**
 * What opening the composer downloads: the entry and its static imports, plus the composer's lazy
 * chunk and its own static imports; `routeOnly` is the part beyond the entry (fetched on the route).
 */
export function measureComposerWeb() {
  const whole = measureRoute(COMPOSER_MODULES, 'lazyRoute');
  const entryFiles = new Set(measureRoute([], 'none').files.map((f) => f.file));
  const extra = whole.files.filter((f) => !entryFiles.has(f.file) && f.kind === 'js');
  const routeOnly = extra.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { ...whole, routeOnly, routeFiles: extra };
}

function measureRoute(modules, flag) {
  const manifest = readManifest();
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const routeKeys = Object.keys(manifest).filter((key) => modules.some((pattern) => pattern.test(key)));
  const keys = staticClosure(manifest, [...entries, ...routeKeys]);
  const files = new Map();
  for (const key of keys) {
    const chunk = manifest[key];
    files.set(chunk.file, 'js');
    for (const css of chunk.css ?? []) files.set(css, 'css');
  }
  const rows = [...files].map(([file, kind]) => ({ file, kind, ...sizeOf(file) }));
  const total = (kind) =>
    rows.filter((r) => r.kind === kind).reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { files: rows.sort((a, b) => b.gzip - a.gzip), js: total('js'), css: total('css'), [flag]: routeKeys.length > 0 };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function printInitialWeb(result) {
  console.log('\n== Initial download of /login (dist/apps/web, gzip level 6) ==\n');
  console.log('| file | raw | gzip |\n| --- | --- | --- |');
  for (const row of result.files) console.log(`| ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} |`);
  console.log(`\nInitial JS: ${kb(result.js.gzip)} gzip (${kb(result.js.raw)} raw); CSS: ${kb(result.css.gzip)} gzip.`);
  if (!result.lazyLoginRoute) console.log('(no lazy login route found in the manifest: entry chunks only)');
}

export function printComposerWeb(result) {
  console.log('\n== Composer route /orgs/:orgId/posts/:postId (dist/apps/web, gzip level 6) ==\n');
  console.log('| chunk fetched on the route | raw | gzip |\n| --- | --- | --- |');
  for (const row of result.routeFiles) console.log(`| ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} |`);
  console.log(`\nComposer route JS: ${kb(result.routeOnly.gzip)} gzip on top of the entry; ${kb(result.js.gzip)} gzip in all (${kb(result.js.raw)} raw).`);
  if (!result.lazyRoute) console.log('(no lazy composer chunk found in the manifest)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printInitialWeb(measureInitialWeb());
  printComposerWeb(measureComposerWeb());
}
