import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { IdentityModule } from '@parvis/api/identity';
import { NotificationsModule, NotificationsService } from '../src';

describe('notification centre (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, NotificationsModule]);
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(() => t.close());

  it('shows me my notifications of this organisation, newest first, paged, and marks them read', async () => {
    const org = await fixtures.organization();
    const other = await fixtures.organization();
    const service = t.app.get(NotificationsService);
    const me = org.members.contributor;
    for (let i = 1; i <= 5; i++) await service.notify(org.id, { userId: me.userId, kind: 'brief_assigned', title: `Sujet ${i}`, link: null });
    await service.notify(org.id, { userId: org.members.viewer.userId, kind: 'brief_assigned', title: 'Pas pour moi', link: null });
    await service.notify(other.id, { userId: me.userId, kind: 'brief_assigned', title: 'Autre organisation', link: null });

    const agent = await fixtures.agentFor(me.email);
    const first = await agent.get(`/api/orgs/${org.id}/notifications?limit=3`).expect(200);
    expect(first.body.unreadCount).toBe(5);
    expect(first.body.items).toHaveLength(3);
    const second = await agent.get(`/api/orgs/${org.id}/notifications?limit=3&cursor=${first.body.nextCursor}`).expect(200);
    const titles = [...first.body.items, ...second.body.items].map((n: { title: string }) => n.title);
    expect(new Set(titles)).toEqual(new Set(['Sujet 1', 'Sujet 2', 'Sujet 3', 'Sujet 4', 'Sujet 5']));
    expect(second.body.nextCursor).toBeNull();

    await agent.post(`/api/orgs/${org.id}/notifications/${first.body.items[0].id}/read`).expect(204);
    expect((await agent.get(`/api/orgs/${org.id}/notifications`).expect(200)).body.unreadCount).toBe(4);
    await agent.post(`/api/orgs/${org.id}/notifications/read-all`).expect(204);
    expect((await agent.get(`/api/orgs/${org.id}/notifications`).expect(200)).body.unreadCount).toBe(0);
  });

  it("answers 404 for someone else's notification", async () => {
    const org = await fixtures.organization();
    await t.app.get(NotificationsService).notify(org.id, { userId: org.members.viewer.userId, kind: 'x', title: 'Privé', link: null });
    const viewer = await fixtures.agentFor(org.members.viewer.email);
    const id = (await viewer.get(`/api/orgs/${org.id}/notifications`).expect(200)).body.items[0].id;
    const admin = await fixtures.agentFor(org.members.admin.email);
    const refused = await admin.post(`/api/orgs/${org.id}/notifications/${id}/read`).expect(404);
    expect(refused.body.code).toBe('NOTIFICATION_NOT_FOUND');
  });
});
