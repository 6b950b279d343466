import request from 'supertest';
import { AuditLog } from '@parvis/api/core';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TEST_PASSWORD } from '../src/testing';
import { IdentityModule } from '../src';

/** Sign-ins, sign-outs and failed attempts in the audit log of each organisation of the account, with the client address, no secret. */
describe('sign-in events in the audit log (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  beforeAll(async () => {
    t = await createTestApp([IdentityModule], { env: { LOGIN_MAX_FAILURES: '2', LOGIN_LOCK_MINUTES: '15' } });
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());
  const events = async (organizationId: string, userId: string) =>
    (await t.app.get(AuditLog).events({ organizationId }).search({ objectType: 'user', objectId: userId }, 50, null)).reverse();

  it('logs a login and a logout in every organisation of the member, and failed attempts with their reason', async () => {
    const first = await fixtures.organization('Ville connectée');
    const second = await fixtures.organization('Agglomération connectée');
    const { email, userId } = first.members.editor;
    await fixtures.addMember(second.id, userId, first.members.editor.role);
    const wrongPassword = 'pas le bon mot de passe, secret 4242';
    await http().post('/api/auth/login').set('X-Forwarded-For', '203.0.113.9').send({ email, password: wrongPassword }).expect(401);
    const login = await http().post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    await http().post('/api/auth/logout').set('Cookie', cookie).expect(204);

    for (const org of [first, second]) {
      const logged = await events(org.id, userId);
      expect(logged.map((e) => [e.action, e.details['reason'] ?? null])).toEqual([
        ['auth.login_failed', 'wrong_password'],
        ['auth.login', null],
        ['auth.logout', null],
      ]);
      const membershipId = org === first ? first.members.editor.membershipId : logged[0]?.actorMembershipId;
      for (const event of logged) {
        expect(event).toMatchObject({ actorUserId: userId, actorMembershipId: membershipId, objectType: 'user', objectId: userId, clientAddress: expect.stringMatching(/\S/) });
        // No secret, no session token, not even the e-mail typed.
        expect(JSON.stringify(event)).not.toContain(wrongPassword);
        expect(JSON.stringify(event)).not.toContain(TEST_PASSWORD);
        expect(JSON.stringify(event)).not.toContain(cookie.split('=')[1]);
        expect(JSON.stringify(event.details)).not.toContain(email);
      }
    }
    // The other organisation's members are not in this one's log.
    expect(await events(first.id, second.members.editor.userId)).toEqual([]);
  });

  it('logs the attempt that locks the account and those refused while locked; an unknown e-mail belongs to no organisation', async () => {
    const org = await fixtures.organization('Ville verrouillée');
    const { email, userId } = org.members.viewer;
    for (let i = 0; i < 2; i++) await http().post('/api/auth/login').send({ email, password: 'mauvais mot de passe' });
    await http().post('/api/auth/login').send({ email, password: TEST_PASSWORD }).expect(423);
    const before = await t.app.get(AuditLog).events({ organizationId: org.id }).search({}, 500, null);
    await http().post('/api/auth/login').send({ email: 'inconnu@test.parvis.fr', password: 'mauvais mot de passe' }).expect(401);
    expect(await t.app.get(AuditLog).events({ organizationId: org.id }).search({}, 500, null)).toHaveLength(before.length);
    expect((await events(org.id, userId)).map((e) => e.details['reason'])).toEqual(['wrong_password', 'locked_now', 'locked']);
  });
});
