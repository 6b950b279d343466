import { TransactionContext } from '@parvis/api/core';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { IdentityModule } from '@parvis/api/identity';
import { NewNotification, NotificationKind, NotificationsModule, NotificationsService } from '../src';

describe('notification centre (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let service: NotificationsService;
  let transactions: TransactionContext;
  const notify = (organizationId: string, fields: Omit<NewNotification, 'kind' | 'link' | 'actorUserId'> & Partial<NewNotification>) =>
    transactions.run(() => service.notify({ organizationId }, { kind: NotificationKind.BriefAssigned, link: null, actorUserId: null, ...fields }));

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, NotificationsModule]);
    fixtures = new IdentityFixtures(t.app);
    service = t.app.get(NotificationsService);
    transactions = t.app.get(TransactionContext);
  });
  afterAll(() => t.close());

  it('shows me my notifications of this organisation, newest first, paged, with who did it, and marks them read', async () => {
    const org = await fixtures.organization();
    const other = await fixtures.organization();
    const me = org.members.contributor;
    for (let i = 1; i <= 5; i++) await notify(org.id, { userId: me.userId, title: `Sujet ${i}`, actorUserId: org.members.editor.userId });
    await notify(org.id, { userId: org.members.viewer.userId, title: 'Pas pour moi' });
    await notify(other.id, { userId: me.userId, title: 'Autre organisation' });

    const agent = await fixtures.agentFor(me.email);
    const first = await agent.get(`/api/orgs/${org.id}/notifications?limit=3`).expect(200);
    expect(first.body.unreadCount).toBe(5);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.items[0]).toMatchObject({ kind: 'brief_assigned', actorName: 'Agent de test' });
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
    await notify(org.id, { userId: org.members.viewer.userId, title: 'Privé' });
    const viewer = await fixtures.agentFor(org.members.viewer.email);
    const id = (await viewer.get(`/api/orgs/${org.id}/notifications`).expect(200)).body.items[0].id;
    const admin = await fixtures.agentFor(org.members.admin.email);
    const refused = await admin.post(`/api/orgs/${org.id}/notifications/${id}/read`).expect(404);
    expect(refused.body.code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it("refuses to write outside the caller's transaction, and rolls back with it", async () => {
    const org = await fixtures.organization();
    const userId = org.members.viewer.userId;
    await expect(service.notify({ organizationId: org.id }, { userId, kind: NotificationKind.BriefAssigned, title: 'Seul', link: null, actorUserId: null })).rejects.toThrow(
      /inside the caller's transaction/,
    );
    await expect(
      transactions.run(async () => {
        await service.notify({ organizationId: org.id }, { userId, kind: NotificationKind.BriefAssigned, title: 'Annulé', link: null, actorUserId: null });
        throw new Error('the announced change failed');
      }),
    ).rejects.toThrow('the announced change failed');
    expect((await service.page({ organizationId: org.id }, userId)).items).toEqual([]);
  });
});
