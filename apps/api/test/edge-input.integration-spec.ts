import { buildOpenApiDocument } from '@parvis/api/core';
import { TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import type TestAgent from 'supertest/lib/agent';
import type { Response } from 'supertest';
import { createFullTestApp } from './app-test-harness';
import { fill, resolve, Route, routesOf, SchemaObject, validQuery, validSample } from './openapi-routes';

const NUL = 'avant\u0000après';

function namesField(response: Response, field: string): boolean {
  const details: unknown = response.body?.details;
  return Array.isArray(details) && details.some((d: { field?: string }) => d.field === field);
}

/**
 * Input that passes the per-DTO rules yet used to reach PostgreSQL (500): a NUL character anywhere,
 * an explicit null for a field that is not nullable, a body nested 100,000 levels deep. Every route of
 * the OpenAPI document must answer 400 VALIDATION_FAILED naming the field (or `body`).
 */
describe('bad input refused at the edge, on every route', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let routes: Route[];
  let admin: TestAgent;
  let operator: TestAgent;
  const ids: Record<string, string> = {};
  const failures: string[] = [];

  beforeAll(async () => {
    t = await createFullTestApp();
    const fixtures = new IdentityFixtures(t.app);
    document = buildOpenApiDocument(t.app);
    routes = routesOf(document);
    const org = await fixtures.organization();
    admin = await fixtures.agentFor(org.members.admin.email);
    operator = await fixtures.agentFor((await fixtures.user({ isInstanceAdmin: true })).email);
    ids['orgId'] = org.id;
  });
  afterAll(() => t.close());
  afterEach(() => {
    expect(failures.splice(0)).toEqual([]);
  });

  const agentFor = (route: Route): TestAgent => (route.access === 'operator' ? operator : admin);
  const expect400Naming = (label: string, response: Response, field: string): void => {
    if (response.status !== 400 || response.body?.code !== 'VALIDATION_FAILED' || !namesField(response, field)) {
      failures.push(`${label} → ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
    }
  };
  const stringProperties = (schema: SchemaObject | null): string[] =>
    Object.entries(schema?.properties ?? {})
      .filter(([, raw]) => resolve(document, raw).type === 'string')
      .map(([name]) => name);

  it('refuses a NUL character in any string of a body, naming the field', async () => {
    let checked = 0;
    for (const route of routes.filter((r) => r.body)) {
      for (const property of stringProperties(route.body)) {
        const body = { ...validSample(document, route.body), [property]: NUL };
        const response = await agentFor(route)[route.method](fill(route.template, ids)).send(body);
        expect400Naming(`${route.method} ${route.template} ${property}=NUL`, response, property);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('refuses a NUL character nested in an array or object, naming its path', async () => {
    const route = routes.find((r) => r.method === 'post' && r.template === '/api/orgs/{orgId}/briefs');
    if (!route) throw new Error('the brief creation route moved');
    const body = { ...validSample(document, route.body), channelIds: [NUL] };
    expect400Naming('brief channelIds[0]=NUL', await admin.post(fill(route.template, ids)).send(body), 'channelIds.0');
  });

  it('refuses a NUL character in a query or path parameter, naming it', async () => {
    for (const route of routes) {
      for (const param of route.queryParams.filter((p) => p.schema.type === 'string' && !p.schema.enum)) {
        const response = await agentFor(route)[route.method](fill(route.template, ids)).query({ ...validQuery(route), [param.name]: NUL });
        expect400Naming(`${route.method} ${route.template}?${param.name}=NUL`, response, param.name);
      }
      for (const param of route.pathParams.filter((p) => p.name !== 'orgId')) {
        const url = route.template.replace(/\{(\w+)\}/g, (_m, name: string) => (name === param.name ? encodeURIComponent(NUL) : (ids[name] ?? '5f0c7c2e-4a5b-4c8e-9d1f-2a3b4c5d6e7f')));
        const response = await agentFor(route)[route.method](url).send(validSample(document, route.body));
        expect400Naming(`${route.method} ${route.template} ${param.name}=NUL`, response, param.name);
      }
    }
  });

  it('refuses an explicit null for every field that is not nullable, naming it', async () => {
    let checked = 0;
    for (const route of routes.filter((r) => r.body)) {
      for (const [property, raw] of Object.entries(route.body?.properties ?? {})) {
        if ((resolve(document, raw) as { nullable?: boolean }).nullable) continue;
        const body = { ...validSample(document, route.body), [property]: null };
        const response = await agentFor(route)[route.method](fill(route.template, ids)).send(body);
        expect400Naming(`${route.method} ${route.template} ${property}=null`, response, property);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('still accepts null for a nullable field', async () => {
    const brief = await admin.post(`/api/orgs/${ids['orgId']}/briefs`).send({ title: 'Sujet', plannedDate: '2026-09-19', plannedTime: '09:00' }).expect(201);
    await admin.patch(`/api/orgs/${ids['orgId']}/briefs/${brief.body.id}`).send({ themeId: null }).expect(200);
  });

  it('refuses a body nested 100,000 levels deep, naming the body', async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    for (const route of routes.filter((r) => r.body)) {
      const response = await agentFor(route)[route.method](fill(route.template, ids)).set('Content-Type', 'application/json').send(deep);
      expect400Naming(`${route.method} ${route.template} deep body`, response, 'body');
    }
  });
});
