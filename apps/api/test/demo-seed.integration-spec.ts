import request from 'supertest';
import type { TestApp } from '@parvis/api/testing';
import { DEMO_PASSWORD, OPERATOR_EMAIL, seedDemo } from '../src/app/demo-seed';
import { seedDemoPlanning } from '../src/app/demo-planning-seed';
import { createFullTestApp } from './app-test-harness';

/** The demo goes through the services: what it creates obeys the same rules as what people create. */
describe('demo seed (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createFullTestApp();
  });
  afterAll(() => t.close());

  const login = async (email: string) => {
    const agent = request.agent(t.app.getHttpServer());
    const answer = await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    return { agent, me: answer.body as { user: { isInstanceAdmin: boolean }; memberships: { role: string; organization: { id: string; slug: string } }[] } };
  };

  it('creates the demo organisations, logins, services and editorial line once', async () => {
    const identity = await seedDemo(t.app);
    if (!identity) throw new Error('The demo was already there');
    expect(identity.logins.map((l) => l.email)).toContain(OPERATOR_EMAIL);
    await seedDemoPlanning(t.app, identity);

    const { agent, me } = await login('admin@demo.parvis.fr');
    expect(me.memberships.map((m) => [m.organization.slug, m.role]).sort()).toEqual([
      ['departement-de-demo', 'editor'],
      ['ville-de-demo', 'admin'],
    ]);
    const city = me.memberships.find((m) => m.organization.slug === 'ville-de-demo')?.organization.id;
    const services = await agent.get(`/api/orgs/${city}/services`).expect(200);
    expect(services.body.items.map((s: { name: string; memberCount: number }) => [s.name, s.memberCount])).toEqual([
      ['Cabinet du maire', 1],
      ['Direction de la communication', 2],
      ['Direction de la culture', 1],
      ['Voirie', 0],
    ]);
    const members = await agent.get(`/api/orgs/${city}/members`).expect(200);
    expect(members.body.items).toHaveLength(5);
    expect((await agent.get(`/api/orgs/${city}/invitations`).expect(200)).body.items).toEqual([]);
    expect((await agent.get(`/api/orgs/${city}/themes`).expect(200)).body.items.length).toBeGreaterThan(0);

    expect((await login(OPERATOR_EMAIL)).me.user.isInstanceAdmin).toBe(true);
    for (const email of ['editeur@demo.parvis.fr', 'agent@demo.parvis.fr', 'validateur@demo.parvis.fr', 'lecteur@demo.parvis.fr']) await login(email);

    expect(await seedDemo(t.app)).toBeNull();
  });
});
