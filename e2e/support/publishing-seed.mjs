// Seeds publishing scenarios through the API of a running app (demo seed): channels connected to the
// peers' accounts (PUT …/connection, so the app really logs in to the PDS and checks the Mastodon token),
// and approved, scheduled posts (drafted and submitted by the demo contributor, approved at every step
// and scheduled by the demo editor). Then reads the outcome back from the database and the peers.
import pg from 'pg';
import { DEMO_PASSWORD, loginCookie } from './app-server.mjs';
import { listBlueskyRecords } from './peers.mjs';

const ADMIN = 'admin@demo.parvis.fr';
const EDITOR = 'editeur@demo.parvis.fr';
const AGENT = 'agent@demo.parvis.fr';

/** A small JSON client with a session cookie; throws with the answer on an unexpected status. */
export async function apiSession(baseUrl, email) {
  const cookie = await loginCookie(baseUrl, { email, password: DEMO_PASSWORD });
  const call = async (method, path, body, { ifMatch, expect = [200, 201] } = {}) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json', ...(ifMatch !== undefined ? { 'if-match': String(ifMatch) } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!expect.includes(response.status)) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  };
  return { call };
}

/** Runs `task(item, index)` over `items` with at most `concurrency` at a time. */
export async function inPool(items, concurrency, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (let index = next++; index < items.length; index = next++) results[index] = await task(items[index], index);
    }),
  );
  return results;
}

/**
 * In "Ville de Démo": one channel per peer account, connected. Returns
 * `{ orgId, channels: [{ id, network, account }] }` (Bluesky accounts first).
 */
export async function seedConnectedChannels(baseUrl, { bluesky, mastodon, concurrency = 4 }) {
  const admin = await apiSession(baseUrl, ADMIN);
  const me = await admin.call('GET', '/auth/me');
  const orgId = me.memberships.find((m) => m.organization.name === 'Ville de Démo')?.organization.id;
  if (!orgId) throw new Error('the demo organisation "Ville de Démo" is missing (SEED_DEMO)');
  const wanted = [
    ...(bluesky?.accounts ?? []).map((account) => ({ network: 'bluesky', account, handle: account.handle, serviceUrl: bluesky.pdsUrl, fields: { identifier: account.handle, appPassword: account.appPassword } })),
    ...(mastodon?.accounts ?? []).map((account) => ({ network: 'mastodon', account, handle: `@${account.username}@fake-mastodon`, serviceUrl: mastodon.origin, fields: { accessToken: account.token } })),
  ];
  const channels = await inPool(wanted, concurrency, async (item) => {
    const channel = await admin.call('POST', `/orgs/${orgId}/channels`, { network: item.network, handle: item.handle, displayName: item.handle.slice(0, 120) });
    await admin.call('PUT', `/orgs/${orgId}/channels/${channel.id}/connection`, { serviceUrl: item.serviceUrl, fields: item.fields });
    return { id: channel.id, network: item.network, account: item.account };
  });
  return { orgId, channels };
}

/**
 * Approved and scheduled posts, one per item `{ text, channelIds }`, planned at `plannedAt` (Date).
 * Returns their ids, in the items' order.
 */
export async function seedScheduledPosts(baseUrl, { orgId, items, plannedAt, concurrency = 6 }) {
  const agent = await apiSession(baseUrl, AGENT);
  const editor = await apiSession(baseUrl, EDITOR);
  const base = `/orgs/${orgId}/posts`;
  return inPool(items, concurrency, async (item) => {
    const post = await agent.call('POST', base, { masterText: item.text, channelIds: item.channelIds, plannedAt: plannedAt.toISOString() });
    let review = await agent.call('POST', `${base}/${post.id}/submit`, {}, { ifMatch: post.version });
    for (let step = 0; review.status === 'in_review' && step < 10; step += 1) {
      review = await editor.call('POST', `${base}/${post.id}/decisions`, { action: 'approve', step: review.currentStep ?? 0, contentHash: review.contentHash }, { ifMatch: review.version });
    }
    if (review.status !== 'approved') throw new Error(`post ${post.id} is ${review.status} after the editor's approvals`);
    const { version } = await editor.call('GET', `${base}/${post.id}`);
    review = await editor.call('POST', `${base}/${post.id}/schedule`, {}, { ifMatch: version });
    if (review.status !== 'scheduled') throw new Error(`post ${post.id} is ${review.status} after scheduling`);
    return post.id;
  });
}

/** A pg pool on the fleet's database (search_path set to its schema when there is one). */
export function dbPool(databaseUrl, schema = '') {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // A database restart cuts idle clients: the next query opens a new one.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Makes the seeded publications due at `at` with one UPDATE: seeding through the API takes longer than
 * the burst should, so posts are planned later and their never-attempted rows moved to the same instant.
 */
export async function makeDue(pool, postIds, at) {
  // `due_at` (the planned instant, kept apart from the retry time) is moved too where the schema has it.
  const { rows } = await pool.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'publication' AND column_name = 'due_at' AND table_schema = current_schema()`);
  const dueAt = rows.length > 0 ? ', due_at = $1' : '';
  const result = await pool.query(`UPDATE publication SET next_attempt_at = $1${dueAt} WHERE post_id = ANY($2::uuid[]) AND attempts = 0 AND state = 'pending'`, [at, postIds]);
  return result.rowCount;
}

/** How many publications of these posts are in each state: `{ published: 400 }`. */
export async function publicationStates(pool, postIds) {
  const { rows } = await pool.query(`SELECT state::text AS state, count(*)::int AS n FROM publication WHERE post_id = ANY($1::uuid[]) GROUP BY state`, [postIds]);
  return Object.fromEntries(rows.map((row) => [row.state, row.n]));
}

/** Waits (polling, no timed assertion) until `done()` is true or `timeoutMs` passed; returns whether it became true. */
export async function waitFor(done, { timeoutMs, intervalMs = 500 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Each text's number of copies on the peers: `{ bluesky: Map<text, n>, mastodon: Map<text, n> }`. */
export async function copiesOnPeers({ bluesky, mastodon }) {
  const count = (map, text) => map.set(text, (map.get(text) ?? 0) + 1);
  const onBluesky = new Map();
  for (const account of bluesky?.accounts ?? []) {
    for (const record of await listBlueskyRecords(bluesky.pdsUrl, account.did)) count(onBluesky, record.value.text);
  }
  const onMastodon = new Map();
  for (const account of mastodon?.accounts ?? []) for (const status of mastodon.statusesOf(account.id)) count(onMastodon, status.text);
  return { bluesky: onBluesky, mastodon: onMastodon };
}
