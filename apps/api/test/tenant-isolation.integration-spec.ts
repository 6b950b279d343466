import request from 'supertest';
import { buildOpenApiDocument } from '@parvis/api/core';
import { TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { createFullTestApp } from './app-test-harness';
import { Route, routesOf, validSample } from './openapi-routes';
import { FixtureOrg, fillStrict, fixtureOrg, missingFixtures, referencingBody, rowsFor } from './route-fixtures';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { Response } from 'supertest';

const namesField = (response: Response, field: string): boolean =>
  response.status === 400 && Array.isArray(response.body?.details) && response.body.details.some((d: { field?: string }) => d.field === field || d.field?.startsWith(`${field}.`));

/**
 * Walks every route of the OpenAPI document, with REAL rows of both organisations for every path
 * parameter (a route whose parameter has no fixture fails the suite). Organisation routes, called
 * by an admin of another organisation with the target's ids, must answer 404 and change nothing;
 * the victim's ids sent inside a body of one's own organisation get a 400 naming the field;
 * every non-public route refuses anonymous callers; operator routes refuse organisation members.
 */
describe('tenant isolation over every route', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let routes: Route[];
  let document: OpenAPIObject;
  let victim: FixtureOrg;
  let attacker: FixtureOrg;
  let victimIds: Record<string, string> = {};
  let attackerIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createFullTestApp();
    fixtures = new IdentityFixtures(t.app);
    document = buildOpenApiDocument(t.app);
    routes = routesOf(document);
    victim = await fixtureOrg(fixtures, 'Victime');
    attacker = await fixtureOrg(fixtures, 'Attaquante');
    victimIds = await rowsFor(t.app, victim, routes);
    attackerIds = await rowsFor(t.app, attacker, routes);
  });
  afterAll(() => t.close());

  it('has a real row for every path parameter and uuid body field of the API (add a fixture with a new route)', () => {
    expect(missingFixtures(routes)).toEqual([]);
    expect(routes.filter((r) => r.access === 'organization').length).toBeGreaterThanOrEqual(12);
  });

  it('answers 404 to a member of another organisation on every organisation route, and changes nothing', async () => {
    const before = await snapshot();
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access === 'organization')) {
      const url = fillStrict(route.template, victimIds);
      const response = await attacker.admin[route.method](url).send(validSample(document, route.body));
      if (response.status !== 404) failures.push(`${route.method.toUpperCase()} ${url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("answers 404 when a route of one's own organisation names another organisation's row", async () => {
    const failures: string[] = [];
    const crossRoutes = routes.filter((r) => r.access === 'organization' && r.pathParams.length > 1);
    expect(crossRoutes.length).toBeGreaterThan(0);
    for (const route of crossRoutes) {
      const url = fillStrict(route.template, { ...victimIds, orgId: attacker.org.id });
      const response = await attacker.admin[route.method](url).send(validSample(document, route.body));
      if (response.status !== 404) failures.push(`${route.method.toUpperCase()} ${url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers 400 naming the field when a body of one's own organisation carries another organisation's id, and changes nothing", async () => {
    const before = await snapshot();
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes.filter((r) => r.access === 'organization' && r.body)) {
      const url = fillStrict(route.template, attackerIds);
      for (const { field, body } of referencingBody(route, victimIds)) {
        checked += 1;
        const response = await attacker.admin[route.method](url).send({ ...validSample(document, route.body), ...body });
        if (!namesField(response, field)) failures.push(`${route.method.toUpperCase()} ${route.template} ${field} → ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(8);
    expect(await snapshot()).toEqual(before);
  });

  it("never shows another organisation's row on a read of one's own organisation (lists included)", async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const foreign = [victim.org.id, ...Object.values(victimIds)].filter((id) => uuid.test(id) && !Object.values(attackerIds).includes(id));
    expect(foreign.length).toBeGreaterThanOrEqual(10);
    const failures: string[] = [];
    let read = 0;
    for (const route of routes.filter((r) => r.access === 'organization' && r.method === 'get')) {
      const url = fillStrict(route.template, attackerIds);
      const response = await attacker.admin.get(url);
      if (response.status === 200) read += 1;
      const text = response.text ?? (Buffer.isBuffer(response.body) ? response.body.toString('latin1') : JSON.stringify(response.body));
      const leaked = foreign.filter((id) => text.includes(id));
      if (leaked.length > 0) failures.push(`GET ${route.template} → ${leaked.map((id) => Object.keys(victimIds).find((k) => victimIds[k] === id) ?? 'orgId').join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(read).toBeGreaterThanOrEqual(20);
  });

  it('refuses anonymous callers on every non-public route with 401 AUTH_REQUIRED', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const url = fillStrict(route.template, victimIds);
      const response = await request(t.app.getHttpServer())[route.method](url).send({});
      if (response.status !== 401 || response.body.code !== 'AUTH_REQUIRED') failures.push(`${route.method.toUpperCase()} ${url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses organisation members, even admins, on operator routes (403)', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access === 'operator')) {
      const response = await victim.admin[route.method](fillStrict(route.template, victimIds)).send({});
      if (response.status !== 403) failures.push(`${route.method.toUpperCase()} ${route.template} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  /** Everything the victim's admin can read, plus every brief with its links and the posts with their history. */
  async function snapshot(): Promise<unknown> {
    const paths = ['', '/members?limit=100', '/invitations', '/services', '/audiences', '/themes', '/campaigns', '/channels', '/key-dates', '/briefs?limit=100', `/briefs/${victimIds['briefId']}/comments`, '/posts?limit=100', `/posts/${victimIds['postId']}`, `/posts/${victimIds['postId']}/versions`, `/posts/${victimIds['postId']}/comments`, '/media', '/post-settings'];
    const bodies: unknown[] = [];
    for (const path of paths) bodies.push((await victim.admin.get(`/api/orgs/${victim.org.id}${path}`).expect(200)).body);
    return bodies;
  }
});
