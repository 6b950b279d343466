// Jest global setup for projects that use PostgreSQL: TEST_DATABASE_URL when given (CI points it at
// the local server), else one in-memory embedded engine for the whole run, shared by the workers
// (each test file isolates itself in its own schema).
module.exports = async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) {
    process.env.PARVIS_TEST_DATABASE_EMBEDDED = 'false';
    return;
  }
  const { PGlite } = require('@electric-sql/pglite');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket');
  const db = await PGlite.create('memory://');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
  await server.start();
  process.env.TEST_DATABASE_URL = `postgres://postgres@${server.getServerConn()}/postgres`;
  process.env.PARVIS_TEST_DATABASE_EMBEDDED = 'true';
  globalThis.__PARVIS_EMBEDDED__ = { db, server };
};
