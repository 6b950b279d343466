import { createDataSource } from '@parvis/api/core';
import { createTestDatabase, TestDatabase } from '../src';

async function withMigratedSchema<T>(database: TestDatabase, work: (query: (sql: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const dataSource = createDataSource(database.target, []);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    return await work((sql) => dataSource.query(sql));
  } finally {
    await dataSource.destroy();
  }
}

describe('test databases', () => {
  it('isolate each test file in its own schema, with the migrations applied', async () => {
    const first = createTestDatabase();
    const second = createTestDatabase();
    try {
      await withMigratedSchema(first, async (query) => {
        await query("INSERT INTO organization (name, slug) VALUES ('Ville A', 'ville-a')");
        expect(await query('SELECT slug FROM organization')).toEqual([{ slug: 'ville-a' }]);
      });
      await withMigratedSchema(second, async (query) => {
        expect(await query('SELECT slug FROM organization')).toEqual([]);
      });
    } finally {
      await first.drop();
      await second.drop();
    }
  });
});
