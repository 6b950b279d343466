import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WASM (PGlite) behind its wire-protocol server on loopback, so the API
 * talks to it with the same `pg` driver and migrations as to a real server. Queries are
 * serialised: callers use one pooled connection.
 * `dataDir` null keeps everything in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | null, maxConnections = 4): Promise<EmbeddedPostgres> {
  let location = 'memory://';
  if (dataDir !== null) {
    const absolute = resolve(dataDir, 'pglite');
    mkdirSync(absolute, { recursive: true });
    location = absolute;
  }
  const db = await PGlite.create(location);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
