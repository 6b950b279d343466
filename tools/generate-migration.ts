/**
 * Writes a migration with the SQL that brings the schema (after existing migrations) in line with
 * the entities: `npm run migration:generate -- AddThemes`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, pendingSchemaDrift, startEmbeddedPostgres } from '@parvis/api/core';
import { ALL_ENTITIES } from '../apps/api/src/app/entities';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: npm run migration:generate -- PascalCaseName');
  const engine = await startEmbeddedPostgres(null);
  const dataSource = createDataSource({ url: engine.url, schema: null, embedded: true }, ALL_ENTITIES);
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  await engine.stop();
  if (sql.upQueries.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const quote = (query: string) => '`' + query.replace(/`/g, '\\`') + '`';
  // Unqualified names: the connection's search path picks the schema (tests use one schema per file).
  const unqualified = (queries: { query: string }[]) => [...new Set(queries.map((q) => q.query.replace(/"public"\./g, '')))];
  const up = unqualified(sql.upQueries).map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
  // Down runs in reverse; deduplicating before reversing keeps a shared enum type's drop after its last table.
  const down = unqualified(sql.downQueries).reverse().map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
  const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
  const source = `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`;
  const path = join(__dirname, '../libs/api/core/src/lib/database/migrations', file);
  writeFileSync(path, source);
  console.log(`Wrote ${path}; add ${className} to migrations/index.ts`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
