import request from 'supertest';
import { buildOpenApiDocument } from '@parvis/api/core';
import { TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { createFullTestApp } from './app-test-harness';
import { fill, Route, routesOf, validSample } from './openapi-routes';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Walks every route of the OpenAPI document. Organisation routes, called by an admin of another
 * organisation with the real ids of the target's rows, must answer 404 and change nothing; every
 * non-public route refuses anonymous callers; operator routes refuse organisation members.
 */
describe('tenant isolation over every route', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let routes: Route[];
  let document: OpenAPIObject;
  let victim: TestOrg;
  let attacker: TestOrg;
  const victimIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createFullTestApp();
    fixtures = new IdentityFixtures(t.app);
    document = buildOpenApiDocument(t.app);
    routes = routesOf(document);
    victim = await fixtures.organization('Victime');
    attacker = await fixtures.organization('Attaquante');
    const victimAdmin = await fixtures.agentFor(victim.members.admin.email);
    const invitation = await victimAdmin.post(`/api/orgs/${victim.id}/invitations`).send({ email: 'cible@victime.fr', role: 'viewer' }).expect(201);
    Object.assign(victimIds, {
      orgId: victim.id,
      memberId: victim.members.viewer.membershipId,
      invitationId: invitation.body.invitation.id,
      serviceId: await fixtures.team(victim.id, 'Service de la victime'),
    });
    // One row of each planning table, so cross-tenant calls aim at rows that exist.
    const created = async (path: string, body: object): Promise<string> =>
      (await victimAdmin.post(`/api/orgs/${victim.id}/${path}`).send(body).expect(201)).body.id;
    victimIds['audienceId'] = await created('audiences', { name: 'Seniors' });
    victimIds['themeId'] = await created('themes', { name: 'Culture', color: '#AA0000' });
    victimIds['campaignId'] = await created('campaigns', { name: 'Été', startsOn: '2026-06-01', endsOn: '2026-08-31' });
    victimIds['channelId'] = await created('channels', { network: 'bluesky', handle: 'victime.bsky.social', displayName: 'Victime' });
    victimIds['briefId'] = await created('briefs', {
      title: 'Sujet secret',
      plannedDate: '2026-09-19',
      plannedTime: '09:00',
      assigneeMembershipId: victim.members.contributor.membershipId,
    });
    const contributor = await fixtures.agentFor(victim.members.contributor.email);
    victimIds['notificationId'] = (await contributor.get(`/api/orgs/${victim.id}/notifications`).expect(200)).body.items[0].id;
  });
  afterAll(() => t.close());

  it('finds the routes to check', () => {
    expect(routes.filter((r) => r.access === 'organization').length).toBeGreaterThanOrEqual(12);
  });

  it('answers 404 to a member of another organisation on every organisation route, and changes nothing', async () => {
    const intruder = await fixtures.agentFor(attacker.members.admin.email);
    const victimAdmin = await fixtures.agentFor(victim.members.admin.email);
    const before = await snapshot(victimAdmin);
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access === 'organization')) {
      const url = fill(route.template, victimIds);
      const response = await intruder[route.method](url).send(validSample(document, route.body));
      if (response.status !== 404) failures.push(`${route.method.toUpperCase()} ${url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot(victimAdmin)).toEqual(before);
  });

  it("answers 404 when a route of one's own organisation names another organisation's row", async () => {
    const intruder = await fixtures.agentFor(attacker.members.admin.email);
    const failures: string[] = [];
    const crossRoutes = routes.filter((r) => r.access === 'organization' && r.pathParams.length > 1);
    expect(crossRoutes.length).toBeGreaterThan(0);
    for (const route of crossRoutes) {
      const url = fill(route.template, { ...victimIds, orgId: attacker.id });
      const response = await intruder[route.method](url).send(validSample(document, route.body));
      if (response.status !== 404) failures.push(`${route.method.toUpperCase()} ${url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses anonymous callers on every non-public route with 401 AUTH_REQUIRED', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const url = fill(route.template, victimIds);
      const response = await request(t.app.getHttpServer())[route.method](url).send({});
      if (response.status !== 401 || response.body.code !== 'AUTH_REQUIRED') failures.push(`${route.method.toUpperCase()} ${url} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses organisation members, even admins, on operator routes (403)', async () => {
    const admin = await fixtures.agentFor(victim.members.admin.email);
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access === 'operator')) {
      const response = await admin[route.method](fill(route.template, victimIds)).send({});
      if (response.status !== 403) failures.push(`${route.method.toUpperCase()} ${route.template} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  async function snapshot(agent: Awaited<ReturnType<IdentityFixtures['agentFor']>>): Promise<unknown> {
    const paths = ['', '/members?limit=100', '/invitations', '/services', '/audiences', '/themes', '/campaigns', '/channels', '/briefs', `/briefs/${victimIds['briefId']}/comments`];
    const bodies: unknown[] = [];
    for (const path of paths) bodies.push((await agent.get(`/api/orgs/${victim.id}${path}`).expect(200)).body);
    return bodies;
  }
});
