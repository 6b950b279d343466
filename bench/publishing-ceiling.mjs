// The peers' own ceiling for bench/publishing-punctuality.mjs: create calls straight to each peer with
// the client libraries the adapters use (@atproto/api putRecord with a TID key and swapRecord null;
// masto statuses.create with an Idempotency-Key), both networks at once, at the concurrency the app may
// use per network, over the same accounts. No Parvis code runs here.
import { randomUUID } from 'node:crypto';
import { AtpAgent } from '@atproto/api';
import { TID } from '@atproto/common-web';
import { createRestAPIClient } from 'masto';
import { inPool } from '../e2e/support/publishing-seed.mjs';
import { cpuMeter } from './support.mjs';

/** `count` creates spread round-robin over `clients`, `concurrency` in flight; returns the elapsed ms. */
async function drive(clients, count, concurrency, create) {
  const started = performance.now();
  const failures = [];
  await inPool(Array.from({ length: count }, (_, i) => i), concurrency, async (i) => {
    try {
      await create(clients[i % clients.length], i);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  });
  return { ms: performance.now() - started, failures: failures.length, firstFailure: failures[0] ?? null };
}

/**
 * `{ bluesky: { posts, ms, perSecond }, mastodon: {…}, combined: { posts, ms, perSecond } }`: `posts` per
 * network, both networks driven at the same time (as the app's burst mixes them).
 */
export async function measureCeiling({ bluesky, mastodon, postsPerNetwork, concurrency, warmUpPerNetwork = 0 }) {
  const agents = await inPool(bluesky.accounts, 8, async (account) => {
    const agent = new AtpAgent({ service: bluesky.pdsUrl });
    await agent.login({ identifier: account.handle, password: account.appPassword });
    return { agent, did: account.did };
  });
  const clients = mastodon.accounts.map((account) => createRestAPIClient({ url: mastodon.origin, accessToken: account.token }));
  const both = (label, posts) => {
    const text = (network, i) => `${label} ${network} n°${i + 1} : conseil municipal jeudi à 18 h`;
    return Promise.all([
      drive(agents, posts, concurrency, ({ agent, did }, i) =>
        agent.com.atproto.repo.putRecord({
          repo: did,
          collection: 'app.bsky.feed.post',
          rkey: TID.nextStr(),
          record: { $type: 'app.bsky.feed.post', text: text('bluesky', i), createdAt: new Date().toISOString() },
          swapRecord: null,
        }),
      ),
      drive(clients, posts, concurrency, (client, i) => client.v1.statuses.create({ status: text('mastodon', i), visibility: 'public' }, { requestInit: { headers: { 'Idempotency-Key': randomUUID() } } })),
    ]);
  };
  // A peer just started answers slower for a while (its JIT, its caches): the app meets a warm one.
  if (warmUpPerNetwork > 0) await both('Échauffement', warmUpPerNetwork);
  const started = performance.now();
  const meter = cpuMeter({ pds: [bluesky.pid] });
  const [onBluesky, onMastodon] = await both('Plafond', postsPerNetwork);
  const cpu = meter.stop();
  const combinedMs = performance.now() - started;
  const rate = (posts, ms) => (posts / ms) * 1000;
  return {
    concurrencyPerNetwork: concurrency,
    bluesky: { posts: postsPerNetwork, ms: onBluesky.ms, perSecond: rate(postsPerNetwork, onBluesky.ms), failures: onBluesky.failures, firstFailure: onBluesky.firstFailure },
    mastodon: { posts: postsPerNetwork, ms: onMastodon.ms, perSecond: rate(postsPerNetwork, onMastodon.ms), failures: onMastodon.failures, firstFailure: onMastodon.firstFailure },
    combined: { posts: postsPerNetwork * 2, ms: combinedMs, perSecond: rate(postsPerNetwork * 2, combinedMs) },
    // CPU seconds while both networks were driven: the PDS, and this process (the client libraries and the fake Mastodon server).
    cpu,
  };
}
