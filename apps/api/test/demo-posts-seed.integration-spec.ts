import request from 'supertest';
import type { TestApp } from '@parvis/api/testing';
import { DEMO_PASSWORD, seedDemo } from '../src/app/demo-seed';
import { seedDemoPlanning } from '../src/app/demo-planning-seed';
import { createFullTestApp } from './app-test-harness';

/** The demo's drafts are written through the posts service: the agent's brief follows its post. */
describe('demo posts (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createFullTestApp();
  });
  afterAll(() => t.close());

  it('leaves drafts in the calendar, one from the brief assigned to the agent', async () => {
    const identity = await seedDemo(t.app);
    if (!identity) throw new Error('The demo was already there');
    await seedDemoPlanning(t.app, identity);
    const agent = request.agent(t.app.getHttpServer());
    const me = (await agent.post('/api/auth/login').send({ email: 'editeur@demo.parvis.fr', password: DEMO_PASSWORD }).expect(200)).body;
    const city = me.memberships.find((m: { organization: { slug: string } }) => m.organization.slug === 'ville-de-demo').organization.id;
    const posts = (await agent.get(`/api/orgs/${city}/posts`).expect(200)).body.items;
    expect(posts).toHaveLength(2);
    const fromBrief = posts.find((p: { briefId: string | null }) => p.briefId !== null);
    expect((await agent.get(`/api/orgs/${city}/briefs/${fromBrief.briefId}`).expect(200)).body.status).toBe('in_progress');
    const versions = await Promise.all(posts.map(async (p: { id: string }) => (await agent.get(`/api/orgs/${city}/posts/${p.id}/versions`).expect(200)).body.length));
    expect(versions.sort()).toEqual([1, 2]);
  });
});
