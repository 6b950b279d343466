import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Operation {
  operationId?: string;
  responses?: Record<string, unknown>;
  tags?: string[];
}

const document = JSON.parse(readFileSync(join(__dirname, '../openapi.json'), 'utf8')) as {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
};

describe('the checked-in OpenAPI document', () => {
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));

  it('is an OpenAPI 3 document with the API routes', () => {
    expect(document.openapi).toMatch(/^3\./);
    expect(operations.length).toBeGreaterThan(15);
    for (const { path } of operations) expect(path.startsWith('/api/')).toBe(true);
  });

  it('gives every operation a unique id, a tag and a documented success response', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations) {
      expect({ path, method, tagged: (op.tags ?? []).length > 0 }).toEqual({ path, method, tagged: true });
      expect(Object.keys(op.responses ?? {}).some((status) => status.startsWith('2'))).toBe(true);
    }
  });
});
