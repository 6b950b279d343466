import request from 'supertest';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TEST_PASSWORD } from '../src/testing';
import { IdentityModule } from '../src';

function tokenOf(acceptUrl: string): string {
  const token = acceptUrl.split('/').pop();
  if (!token) throw new Error(`No token in ${acceptUrl}`);
  return token;
}

describe('invitations (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule]);
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());

  it('an admin invites; the invitee sets a password through the single-use link and becomes a member', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const created = await admin.post(`/api/orgs/${org.id}/invitations`).send({ email: 'Nouvel.Agent@Test.fr', role: 'contributor' }).expect(201);
    expect(created.body.acceptUrl).toMatch(/^http:\/\/parvis\.test\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(created.body.invitation).toEqual(expect.objectContaining({ email: 'nouvel.agent@test.fr', role: 'contributor' }));
    expect(created.body.mailed).toBe(false); // no SMTP_URL: the admin hands the link over

    const listed = await admin.get(`/api/orgs/${org.id}/invitations`).expect(200);
    expect(listed.body.items.map((i: { email: string }) => i.email)).toContain('nouvel.agent@test.fr');

    const token = tokenOf(created.body.acceptUrl);
    const preview = await http().get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toEqual({ email: 'nouvel.agent@test.fr', organizationName: org.name, role: 'contributor', expiresAt: expect.any(String) });

    const missingName = await http().post(`/api/invitations/${token}/accept`).send({ password: 'une phrase de passe solide' }).expect(400);
    expect(missingName.body.details[0].field).toBe('displayName');
    const weak = await http().post(`/api/invitations/${token}/accept`).send({ displayName: 'Nouvel Agent', password: 'court' }).expect(400);
    expect(weak.body.details[0].field).toBe('password');

    const accepted = await http().post(`/api/invitations/${token}/accept`).send({ displayName: 'Nouvel Agent', password: 'une phrase de passe solide' }).expect(200);
    expect(accepted.headers['set-cookie']).toBeDefined();
    expect(accepted.body.memberships).toEqual([expect.objectContaining({ role: 'contributor', organization: expect.objectContaining({ id: org.id }) })]);

    const reused = await http().post(`/api/invitations/${token}/accept`).send({ displayName: 'Nouvel Agent', password: 'une phrase de passe solide' }).expect(410);
    expect(reused.body.code).toBe('INVITATION_ALREADY_USED');
    await http().post('/api/auth/login').send({ email: 'nouvel.agent@test.fr', password: 'une phrase de passe solide' }).expect(200);
    expect((await admin.get(`/api/orgs/${org.id}/invitations`).expect(200)).body.items).toHaveLength(0);
  });

  it('an existing account joins once logged in, never with a password on the link', async () => {
    const org = await fixtures.organization();
    const outsider = await fixtures.user();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const created = await admin.post(`/api/orgs/${org.id}/invitations`).send({ email: outsider.email, role: 'viewer' }).expect(201);
    const token = tokenOf(created.body.acceptUrl);
    const withPassword = await http().post(`/api/invitations/${token}/accept`).send({ displayName: 'X', password: TEST_PASSWORD }).expect(409);
    expect(withPassword.body.code).toBe('INVITATION_LOGIN_REQUIRED');
    const agent = await fixtures.agentFor(outsider.email);
    await agent.post(`/api/invitations/${token}/join`).expect(200);
  });

  it('refuses to invite an existing member, and revoked links stop working', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const duplicate = await admin.post(`/api/orgs/${org.id}/invitations`).send({ email: org.members.viewer.email, role: 'viewer' }).expect(409);
    expect(duplicate.body.code).toBe('IDENTITY_ALREADY_MEMBER');
    const created = await admin.post(`/api/orgs/${org.id}/invitations`).send({ email: 'revoque@test.fr', role: 'viewer' }).expect(201);
    await admin.delete(`/api/orgs/${org.id}/invitations/${created.body.invitation.id}`).expect(204);
    const gone = await http().get(`/api/invitations/${tokenOf(created.body.acceptUrl)}`).expect(404);
    expect(gone.body.code).toBe('INVITATION_NOT_FOUND');
  });

  it('only admins invite', async () => {
    const org = await fixtures.organization();
    for (const role of ['editor', 'contributor', 'approver', 'viewer'] as const) {
      const agent = await fixtures.agentFor(org.members[role].email);
      const refused = await agent.post(`/api/orgs/${org.id}/invitations`).send({ email: 'x@test.fr', role: 'viewer' }).expect(403);
      expect(refused.body.code).toBe('FORBIDDEN_ROLE');
    }
  });

  it('an unknown token is a 404, a malformed one a 400 naming the field', async () => {
    await http().get(`/api/invitations/${'a'.repeat(43)}`).expect(404);
    const malformed = await http().get('/api/invitations/bad!token').expect(400);
    expect(malformed.body.details[0].field).toBe('token');
  });
});
