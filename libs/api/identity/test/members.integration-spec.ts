import request from 'supertest';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TEST_PASSWORD } from '../src/testing';
import { Role } from '@parvis/shared/domain';
import { IdentityModule } from '../src';

describe('members, services and organisation settings (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule]);
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(() => t.close());

  it('lists members with cursor pagination, stable and complete', async () => {
    const org = await fixtures.organization();
    for (let i = 0; i < 7; i++) await fixtures.addMember(org.id, (await fixtures.user()).id, Role.Viewer);
    const viewer = await fixtures.agentFor(org.members.viewer.email);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=5&cursor=${cursor}` : '?limit=5';
      const page = await viewer.get(`/api/orgs/${org.id}/members${query}`).expect(200);
      seen.push(...page.body.items.map((m: { id: string }) => m.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(12);
    const bad = await viewer.get(`/api/orgs/${org.id}/members?limit=500`).expect(400);
    expect(bad.body.details[0].field).toBe('limit');
  });

  it('changes roles and services; keeps at least one admin', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const culture = await fixtures.team(org.id, 'Direction de la culture');
    const updated = await admin
      .patch(`/api/orgs/${org.id}/members/${org.members.contributor.membershipId}`)
      .send({ role: 'approver', serviceIds: [culture] })
      .expect(200);
    expect(updated.body).toEqual(expect.objectContaining({ role: 'approver', services: [{ id: culture, name: 'Direction de la culture' }] }));
    const lastAdmin = await admin.patch(`/api/orgs/${org.id}/members/${org.members.admin.membershipId}`).send({ role: 'viewer' }).expect(409);
    expect(lastAdmin.body.code).toBe('IDENTITY_LAST_ADMIN');
    await admin.delete(`/api/orgs/${org.id}/members/${org.members.admin.membershipId}`).expect(409);
    const other = await fixtures.organization();
    const foreignTeam = await fixtures.team(other.id);
    const foreign = await admin.patch(`/api/orgs/${org.id}/members/${org.members.viewer.membershipId}`).send({ serviceIds: [foreignTeam] }).expect(400);
    expect(foreign.body.details[0].field).toBe('serviceIds');
  });

  it('removing a member ends their access to the organisation (404)', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const viewer = await fixtures.agentFor(org.members.viewer.email);
    await viewer.get(`/api/orgs/${org.id}`).expect(200);
    await admin.delete(`/api/orgs/${org.id}/members/${org.members.viewer.membershipId}`).expect(204);
    await viewer.get(`/api/orgs/${org.id}`).expect(404);
  });

  it('issues a single-use reset link for a member of this organisation only', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const issued = await admin.post(`/api/orgs/${org.id}/members/${org.members.viewer.membershipId}/password-reset`).expect(201);
    const token = String(issued.body.resetUrl).split('/').pop();
    const http = () => request(t.app.getHttpServer());
    expect((await http().get(`/api/password-resets/${token}`).expect(200)).body.email).toBe(org.members.viewer.email);
    await http().post(`/api/password-resets/${token}`).send({ newPassword: 'nouvelle phrase de passe' }).expect(204);
    await http().post(`/api/password-resets/${token}`).send({ newPassword: 'encore une autre phrase' }).expect(410);
    await http().post('/api/auth/login').send({ email: org.members.viewer.email, password: TEST_PASSWORD }).expect(401);
    await http().post('/api/auth/login').send({ email: org.members.viewer.email, password: 'nouvelle phrase de passe' }).expect(200);
    expect(issued.body.mailed).toBe(false);
    // Without mail, « mot de passe oublié » issues nothing (the previous links are untouched) and says the same.
    const second = await admin.post(`/api/orgs/${org.id}/members/${org.members.viewer.membershipId}/password-reset`).expect(201);
    await http().post('/api/password-resets').send({ email: org.members.viewer.email }).expect(202);
    await http().get(`/api/password-resets/${String(second.body.resetUrl).split('/').pop()}`).expect(200);

    const other = await fixtures.organization();
    await fixtures.addMember(other.id, org.members.editor.userId, Role.Viewer);
    const refused = await admin.post(`/api/orgs/${org.id}/members/${org.members.editor.membershipId}/password-reset`).expect(409);
    expect(refused.body.code).toBe('IDENTITY_RESET_NEEDS_OPERATOR');
  });

  it('manages services (teams) and organisation settings, admin only', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const editor = await fixtures.agentFor(org.members.editor.email);
    const voirie = await admin.post(`/api/orgs/${org.id}/services`).send({ name: 'Voirie' }).expect(201);
    await admin.post(`/api/orgs/${org.id}/services`).send({ name: 'Voirie' }).expect(409);
    await admin.patch(`/api/orgs/${org.id}/services/${voirie.body.id}`).send({ name: 'Voirie et mobilité' }).expect(200);
    expect((await editor.get(`/api/orgs/${org.id}/services`).expect(200)).body.items).toEqual([
      { id: voirie.body.id, name: 'Voirie et mobilité', memberCount: 0, version: 2 },
    ]);
    await editor.post(`/api/orgs/${org.id}/services`).send({ name: 'Culture' }).expect(403);
    await admin.delete(`/api/orgs/${org.id}/services/${voirie.body.id}`).expect(204);

    const zone = await admin.patch(`/api/orgs/${org.id}`).send({ timeZone: 'Europe/Lutece' }).expect(400);
    expect(zone.body.details[0].field).toBe('timeZone');
    const saved = await admin.patch(`/api/orgs/${org.id}`).send({ name: 'Ville de Cayenne', timeZone: 'America/Cayenne' }).expect(200);
    expect(saved.body).toEqual(expect.objectContaining({ name: 'Ville de Cayenne', timeZone: 'America/Cayenne', locale: 'fr' }));
    await editor.patch(`/api/orgs/${org.id}`).send({ name: 'Hack' }).expect(403);
  });

  it('versions the organisation settings: ETag, If-Match, 412 with the current settings', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const loaded = await admin.get(`/api/orgs/${org.id}`).expect(200);
    expect(loaded.body.version).toBe(1);
    expect(loaded.headers['etag']).toBe('"1"');

    const renamed = await admin.patch(`/api/orgs/${org.id}`).set('If-Match', '"1"').send({ name: 'Ville de Cayenne' }).expect(200);
    expect(renamed.body.version).toBe(2);
    expect(renamed.headers['etag']).toBe('"2"');

    const stale = await admin.patch(`/api/orgs/${org.id}`).set('If-Match', '"1"').send({ timeZone: 'America/Cayenne' }).expect(412);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
    expect(stale.body.details.current).toEqual(expect.objectContaining({ name: 'Ville de Cayenne', timeZone: loaded.body.timeZone, version: 2 }));

    // Without If-Match the write goes through and keeps the other fields.
    const zoned = await admin.patch(`/api/orgs/${org.id}`).send({ timeZone: 'America/Cayenne' }).expect(200);
    expect(zoned.body).toEqual(expect.objectContaining({ name: 'Ville de Cayenne', timeZone: 'America/Cayenne', version: 3 }));
    const badHeader = await admin.patch(`/api/orgs/${org.id}`).set('If-Match', 'yesterday').send({ name: 'Ville' }).expect(400);
    expect(badHeader.body.details[0].field).toBe('If-Match');
  });
});

describe('instance operator (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule]);
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(() => t.close());

  it('creates an organisation with its first admin invitation, and sees no content of it', async () => {
    const operator = await fixtures.user({ isInstanceAdmin: true });
    const agent = await fixtures.agentFor(operator.email);
    const created = await agent.post('/api/operator/organizations').send({ name: 'Communauté de communes du Val', adminEmail: 'dgs@val.fr' }).expect(201);
    expect(created.body.organization).toEqual(expect.objectContaining({ slug: 'communaute-de-communes-du-val', timeZone: 'Europe/Paris' }));
    const second = await agent.post('/api/operator/organizations').send({ name: 'Communauté de communes du Val', adminEmail: 'dgs2@val.fr' }).expect(201);
    expect(second.body.organization.slug).toBe('communaute-de-communes-du-val-2');
    const listed = await agent.get('/api/operator/organizations').expect(200);
    expect(listed.body.items.map((o: { id: string }) => o.id)).toContain(created.body.organization.id);
    await agent.get(`/api/orgs/${created.body.organization.id}`).expect(404);

    const token = String(created.body.acceptUrl).split('/').pop();
    const http = request(t.app.getHttpServer());
    const accepted = await http.post(`/api/invitations/${token}/accept`).send({ displayName: 'DGS', password: 'une phrase de passe solide' }).expect(200);
    expect(accepted.body.memberships[0].role).toBe('admin');
  });

  it('is refused to everyone else', async () => {
    const user = await fixtures.user();
    const agent = await fixtures.agentFor(user.email);
    await agent.get('/api/operator/organizations').expect(403);
    await agent.post('/api/operator/organizations').send({ name: 'X', adminEmail: 'a@b.fr' }).expect(403);
  });
});
