import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import type TestAgent from 'supertest/lib/agent';
import { PlanningModule } from '../src';

/** 29 March 2026, the last Sunday of March in Europe/Paris: 02:00 jumps to 03:00. */
describe('a brief moved through the spring-forward gap keeps its intended time (real PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let editor: TestAgent;
  const base = () => `/api/orgs/${org.id}`;

  beforeAll(async () => {
    t = await createTestApp([PlanningModule, NotificationsModule]);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville à l’heure d’été');
    editor = await fixtures.agentFor(org.members.editor.email);
  });
  afterAll(() => t.close());

  it('planned at 02:30 on the gap night, it happens at 03:30, then is back at 02:30 on an ordinary day', async () => {
    const created = await editor.post(`${base()}/briefs`).send({ title: 'Marché de nuit', plannedDate: '2026-03-29', plannedTime: '02:30' }).expect(201);
    expect(created.body.plannedLocal).toEqual({ date: '2026-03-29', time: '03:30' });

    const moved = await editor.patch(`${base()}/briefs/${created.body.id}`).send({ plannedDate: '2026-04-02' }).expect(200);
    expect(moved.body.plannedLocal).toEqual({ date: '2026-04-02', time: '02:30' });
    expect(moved.body.plannedAt).toBe('2026-04-02T00:30:00.000Z');

    // A time chosen afterwards is the new intention.
    const retimed = await editor.patch(`${base()}/briefs/${created.body.id}`).send({ plannedTime: '10:15' }).expect(200);
    const back = await editor.patch(`${base()}/briefs/${created.body.id}`).send({ plannedDate: '2026-03-29' }).expect(200);
    expect([retimed.body.plannedLocal.time, back.body.plannedLocal]).toEqual(['10:15', { date: '2026-03-29', time: '10:15' }]);
  });
});
