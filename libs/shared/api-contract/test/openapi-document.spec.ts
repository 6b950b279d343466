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

  // A browser-facing redirect (the OAuth callback) succeeds with its 302; every other route with a 2xx.
  it('gives every operation a unique id, a tag and a documented success response', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations) {
      expect({ path, method, tagged: (op.tags ?? []).length > 0 }).toEqual({ path, method, tagged: true });
      const succeeds = Object.keys(op.responses ?? {}).some((status) => status.startsWith('2') || status === '302' || status === '303');
      expect({ path, method, succeeds }).toEqual({ path, method, succeeds: true });
    }
  });
});
