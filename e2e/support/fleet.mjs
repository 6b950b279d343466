// A fleet of built app instances (dist/apps/api/main.js as child processes) sharing one PostgreSQL
// database, each with the publisher on, allowed to reach the local peers over loopback http, with a fast
// tick. Instance 0 migrates and seeds the demo organisations; the others start after it. Any instance
// can be killed (SIGKILL) and restarted with the same environment (same encryption key: the channels'
// sealed credentials open again).
import { startApp } from './app-server.mjs';

/** Fixed for a fleet: every instance and every restart must open the same sealed credentials. */
const FLEET_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

/**
 * @param {object} options
 * @param {string} options.databaseUrl  PostgreSQL database (fresh per run)
 * @param {string} [options.schema]     optional schema inside it
 * @param {string} options.allowList    OUTBOUND_ALLOW_LIST (the peers' host:port)
 * @param {number} [options.instances]  how many app instances (default 1)
 * @param {Record<string,string>} [options.env] more environment (PUBLISHER_TICK_MS, PUBLISHER_LEASE_SECONDS…)
 */
export async function startFleet({ databaseUrl, schema = '', allowList, instances = 1, env = {}, echo = process.env.E2E_APP_LOGS === '1' }) {
  const envOf = (index) => ({
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    SEED_DEMO: index === 0 ? 'true' : 'false',
    PUBLISHER_ENABLED: 'true',
    PUBLISHER_TICK_MS: '250',
    OUTBOUND_ALLOW_LIST: allowList,
    OUTBOUND_ALLOW_HTTP: 'true',
    ENCRYPTION_KEY: FLEET_ENCRYPTION_KEY,
    JOBS_ENABLED: 'false',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const apps = [];
  // One after the other: the first one runs the migrations and the seed.
  for (let index = 0; index < instances; index += 1) apps.push(await startApp({ label: `app${index}`, echo, env: envOf(index) }));

  const fleet = {
    get apps() {
      return apps;
    },
    /** The first live instance's base URL (API calls may go to any instance). */
    get baseUrl() {
      const live = apps.find((app) => app !== null);
      if (!live) throw new Error('no instance of the fleet is running');
      return live.baseUrl;
    },
    /** `kill -9`: no shutdown hook runs, calls in flight are cut, leases stay held. */
    kill: async (index) => {
      const app = apps[index];
      if (!app) return;
      app.child.kill('SIGKILL');
      await app.stop();
      apps[index] = null;
    },
    /** SIGTERM, as a deployment stops an instance: its shutdown hooks run. Returns `{ code, signal }`. */
    stopGracefully: async (index) => {
      const app = apps[index];
      if (!app) return null;
      const exit = await app.stop();
      apps[index] = null;
      return exit;
    },
    restart: async (index) => {
      if (apps[index]) await fleet.kill(index);
      apps[index] = await startApp({ label: `app${index}`, echo, env: { ...envOf(index), SEED_DEMO: 'false' } });
      return apps[index];
    },
    /** One more instance (publisher on, no seed), after the others. */
    add: async () => {
      const index = apps.length;
      apps.push(await startApp({ label: `app${index}`, echo, env: { ...envOf(index), SEED_DEMO: 'false' } }));
      return apps[index];
    },
    output: (index) => apps[index]?.output() ?? '',
    stop: async () => {
      await Promise.all(apps.map((app) => app?.stop()));
    },
  };
  return fleet;
}
