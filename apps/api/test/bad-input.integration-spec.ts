import { buildOpenApiDocument } from '@parvis/api/core';
import { TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import type TestAgent from 'supertest/lib/agent';
import type { Response } from 'supertest';
import { createFullTestApp } from './app-test-harness';
import { resolve, Route, routesOf, SchemaObject, validQuery, validSample } from './openapi-routes';
import { fillStrict as fill, fixtureOrg, missingFixtures, rowsFor } from './route-fixtures';

/** Values of the wrong type for a schema, and a string far beyond any limit. */
function wrongValues(schema: SchemaObject): unknown[] {
  const huge = 'x'.repeat(20_000);
  switch (schema.type) {
    case 'string':
      return [12345, { nested: true }, huge];
    case 'number':
    case 'integer':
      return ['not a number', -1e12];
    case 'boolean':
      return ['yes'];
    case 'array':
      return ['not an array', [huge, 42]];
    default:
      return schema.enum ? ['not-in-the-enum', 7] : [12345];
  }
}

function names(field: string, response: Response): boolean {
  const details = response.body?.details;
  const inDetails = Array.isArray(details) && details.some((d: { field?: string }) => d.field === field || d.field?.startsWith(`${field}.`));
  return inDetails || String(response.body?.message ?? '').includes(field);
}

/**
 * Sends malformed bodies, params and queries to every route of the OpenAPI document, as a caller
 * allowed to use the route: each must get a 4xx naming the field, never a 5xx.
 */
describe('bad input on every route', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let routes: Route[];
  let admin: TestAgent;
  let operator: TestAgent;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createFullTestApp();
    const fixtures = new IdentityFixtures(t.app);
    document = buildOpenApiDocument(t.app);
    routes = routesOf(document);
    const side = await fixtureOrg(fixtures, 'Commune des mauvaises entrées');
    admin = side.admin;
    operator = await fixtures.agentFor((await fixtures.user({ isInstanceAdmin: true })).email);
    Object.assign(ids, await rowsFor(t.app, side, routes));
  });
  afterAll(() => t.close());

  const agentFor = (route: Route): TestAgent => (route.access === 'operator' ? operator : admin);
  const failures: string[] = [];
  /** With a field: exactly a 400 that names it. Without: some 4xx (an unreadable body has no field). */
  const check = (label: string, response: Response, field?: string): void => {
    const ok = field === undefined ? response.status >= 400 && response.status < 500 : response.status === 400 && names(field, response);
    if (!ok) failures.push(`${label} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
  };

  afterEach(() => {
    expect(failures.splice(0)).toEqual([]);
  });

  it('has a real row for every path parameter of the API (add a fixture with a new route)', () => {
    expect(missingFixtures(routes)).toEqual([]);
  });

  it('rejects malformed path parameters, naming them', async () => {
    for (const route of routes) {
      for (const param of route.pathParams) {
        const bad = param.name === 'token' ? 'bad!token' : 'not-a-uuid';
        const url = fill(route.template, { ...ids, [param.name]: bad });
        const response = await agentFor(route)[route.method](url).send(validSample(document, route.body));
        check(`${route.method} ${route.template} with ${param.name}=${bad}`, response, param.name);
      }
    }
  });

  it('rejects malformed query parameters, naming them', async () => {
    for (const route of routes) {
      for (const param of route.queryParams) {
        for (const bad of ['abc', '-5', '!!!', 'x'.repeat(5000)]) {
          if (param.schema.type === 'string' && bad === 'abc') continue; // a plausible value for a string
          const response = await agentFor(route)[route.method](fill(route.template, ids)).query({ ...validQuery(route), [param.name]: bad });
          check(`${route.method} ${route.template}?${param.name}=${bad.slice(0, 20)}`, response, param.name);
        }
      }
    }
  });

  it('rejects bodies with wrong types, huge strings or unknown fields, naming the field', async () => {
    const withBody = routes.filter((r) => r.body);
    expect(withBody.length).toBeGreaterThanOrEqual(10);
    for (const route of withBody) {
      const url = fill(route.template, ids);
      const label = `${route.method} ${route.template}`;
      check(`${label} unknown field`, await agentFor(route)[route.method](url).send({ unexpectedField: 1 }), 'unexpectedField');
      for (const [property, raw] of Object.entries(route.body?.properties ?? {})) {
        for (const value of wrongValues(resolve(document, raw))) {
          const response = await agentFor(route)[route.method](url).send({ [property]: value });
          check(`${label} ${property}=${JSON.stringify(value).slice(0, 20)}`, response, property);
        }
      }
    }
  });

  it('rejects non-object, malformed and oversized bodies', async () => {
    for (const route of routes.filter((r) => r.body)) {
      const url = fill(route.template, ids);
      const label = `${route.method} ${route.template}`;
      check(`${label} array body`, await agentFor(route)[route.method](url).send([1, 2, 3]));
      check(`${label} malformed JSON`, await agentFor(route)[route.method](url).set('Content-Type', 'application/json').send('{"email": '));
      check(`${label} 1 MB body`, await agentFor(route)[route.method](url).send({ blob: 'x'.repeat(1_000_000) }));
    }
  });
});
