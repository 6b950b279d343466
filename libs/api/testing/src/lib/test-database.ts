import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseFromEnvironment, type DatabaseTarget } from '@parvis/api/core';

/** A fresh schema on the test engine for one test file; `drop` removes it and everything in it. */
export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const { url } = testDatabaseFromEnvironment();
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through Jest (its global setup provides one)');
  return url;
}

export function createTestDatabase(): TestDatabase {
  const url = testDatabaseUrl();
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    target: { url, schema, embedded: testDatabaseFromEnvironment().embedded },
    async drop() {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
