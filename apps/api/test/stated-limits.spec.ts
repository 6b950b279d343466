import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PENDING_INVITATIONS, MAX_TEAMS } from '@parvis/api/identity';
import { COMMENTS_LIMIT, EDITORIAL_LINE_LIMIT, FEED_MAX_EVENTS, KEY_DATES_LIMIT, MAX_IMPORT_ROWS } from '@parvis/api/planning';

interface Operation {
  description?: string;
  responses?: Record<string, { description?: string }>;
}

const ROOT = join(__dirname, '../../..');
const document = JSON.parse(readFileSync(join(ROOT, 'libs/shared/api-contract/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Every route that answers at most a fixed number of rows, with the cap it applies. */
const CAPPED_ROUTES: [method: string, path: string, limit: number][] = [
  ['get', '/api/orgs/{orgId}/audiences', EDITORIAL_LINE_LIMIT],
  ['get', '/api/orgs/{orgId}/themes', EDITORIAL_LINE_LIMIT],
  ['get', '/api/orgs/{orgId}/campaigns', EDITORIAL_LINE_LIMIT],
  ['get', '/api/orgs/{orgId}/channels', EDITORIAL_LINE_LIMIT],
  ['get', '/api/orgs/{orgId}/key-dates', KEY_DATES_LIMIT],
  ['get', '/api/orgs/{orgId}/calendar', KEY_DATES_LIMIT],
  ['get', '/api/orgs/{orgId}/services', MAX_TEAMS],
  ['post', '/api/orgs/{orgId}/services', MAX_TEAMS],
  ['get', '/api/orgs/{orgId}/invitations', MAX_PENDING_INVITATIONS],
  ['get', '/api/orgs/{orgId}/briefs/{briefId}/comments', COMMENTS_LIMIT],
  ['get', '/api/calendar-feeds/{token}.ics', FEED_MAX_EVENTS],
  ['post', '/api/orgs/{orgId}/briefs-import', MAX_IMPORT_ROWS],
];

const stated = (limit: number): string => limit.toLocaleString('en');

describe('stated limits', () => {
  it.each(CAPPED_ROUTES)('%s %s says in its description that it stops at its cap', (method, path, limit) => {
    const operation = document.paths[path]?.[method];
    expect(operation).toBeDefined();
    const descriptions = [operation?.description ?? '', ...Object.values(operation?.responses ?? {}).map((r) => r.description ?? '')];
    expect(descriptions.filter((text) => text.includes(stated(limit)))).not.toEqual([]);
  });

  it("lists every cap in the README's Limites section", () => {
    const section = readme.split('### Limites')[1]?.split(/\n## /)[0] ?? '';
    for (const [, , limit] of CAPPED_ROUTES) expect({ limit, stated: section.includes(stated(limit)) }).toEqual({ limit, stated: true });
  });
});
