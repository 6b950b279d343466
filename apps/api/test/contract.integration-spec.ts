import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildOpenApiDocument, createDataSource, pendingSchemaDrift } from '@parvis/api/core';
import { createTestDatabase, TestApp } from '@parvis/api/testing';
import { ALL_ENTITIES } from '../src/app/entities';
import { createFullTestApp } from './app-test-harness';

const CONTRACT_DIR = join(__dirname, '../../../libs/shared/api-contract');
const DOCUMENT_PATH = join(CONTRACT_DIR, 'openapi.json');
const TYPES_PATH = join(CONTRACT_DIR, 'src/generated/schema.ts');
const TYPES_HEADER = '// Generated from openapi.json by `npm run contract:generate`: do not edit.\n/* eslint-disable */\n';

describe('API contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createFullTestApp();
  });
  afterAll(() => t.close());

  it('the checked-in OpenAPI document and the generated client types match the API (npm run contract:generate)', async () => {
    const document = `${JSON.stringify(buildOpenApiDocument(t.app), null, 2)}\n`;
    // The CLI, not the library: openapi-typescript's dependencies are ESM-only, out of Jest's reach.
    const scratch = mkdtempSync(join(tmpdir(), 'parvis-contract-'));
    writeFileSync(join(scratch, 'openapi.json'), document);
    const cli = join(__dirname, '../../../node_modules/openapi-typescript/bin/cli.js');
    execFileSync(process.execPath, [cli, join(scratch, 'openapi.json'), '-o', join(scratch, 'schema.ts')], { stdio: 'pipe' });
    const types = TYPES_HEADER + readFileSync(join(scratch, 'schema.ts'), 'utf8');
    if (process.env['UPDATE_CONTRACT'] === '1') {
      writeFileSync(DOCUMENT_PATH, document);
      writeFileSync(TYPES_PATH, types);
    }
    expect(readFileSync(DOCUMENT_PATH, 'utf8')).toBe(document);
    expect(readFileSync(TYPES_PATH, 'utf8')).toBe(types);
  });
});

describe('migrations', () => {
  it('create exactly the schema the entities describe (npm run migration:generate -- Name when this fails)', async () => {
    const database = createTestDatabase();
    const dataSource = createDataSource(database.target, ALL_ENTITIES);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await pendingSchemaDrift(dataSource)).toEqual([]);
      // and they can be undone
      for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables: { count: string }[] = await dataSource.query(
        "SELECT count(*)::text AS count FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'",
      );
      expect(Number(tables[0]?.count)).toBe(0);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});
