import request from 'supertest';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TEST_PASSWORD } from '../src/testing';
import { IdentityModule } from '../src';

describe('authentication (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;

  beforeAll(async () => {
    t = await createTestApp([IdentityModule], { env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(() => t.close());

  const http = () => request(t.app.getHttpServer());

  it('logs in with a session cookie that is httpOnly and SameSite=Strict, then says who I am', async () => {
    const org = await fixtures.organization('Ville de Test');
    const { email } = org.members.editor;
    const login = await http().post('/api/auth/login').send({ email: email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/parvis_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(login.body.memberships).toEqual([
      expect.objectContaining({ role: 'editor', organization: expect.objectContaining({ id: org.id, name: 'Ville de Test', timeZone: 'Europe/Paris' }) }),
    ]);
    const me = await http().get('/api/auth/me').set('Cookie', cookie.split(';')[0]).expect(200);
    expect(me.body.user.email).toBe(email);
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const user = await fixtures.user();
    const wrong = await http().post('/api/auth/login').send({ email: user.email, password: 'pas le bon mot de passe' }).expect(401);
    const unknown = await http().post('/api/auth/login').send({ email: 'nobody@test.parvis.fr', password: 'pas le bon mot de passe' }).expect(401);
    expect(wrong.body).toEqual({ code: 'AUTH_INVALID_CREDENTIALS', message: unknown.body.message });
  });

  it('locks the account after repeated failures and says until when, even with the right password', async () => {
    const user = await fixtures.user();
    for (let attempt = 1; attempt < 3; attempt++) {
      await http().post('/api/auth/login').send({ email: user.email, password: 'mauvais mot de passe' }).expect(401);
    }
    const locking = await http().post('/api/auth/login').send({ email: user.email, password: 'mauvais mot de passe' }).expect(423);
    expect(locking.body.code).toBe('AUTH_ACCOUNT_LOCKED');
    const locked = await http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(423);
    expect(new Date(locked.body.details.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
  });

  it('logs out: the session no longer works', async () => {
    const user = await fixtures.user();
    const agent = await fixtures.agentFor(user.email);
    await agent.get('/api/auth/me').expect(200);
    await agent.post('/api/auth/logout').expect(204);
    const after = await agent.get('/api/auth/me').expect(401);
    expect(after.body.code).toBe('AUTH_REQUIRED');
  });

  it('changes the password: checks the current one, applies the policy, ends the other sessions', async () => {
    const user = await fixtures.user();
    const agent = await fixtures.agentFor(user.email);
    const other = await fixtures.agentFor(user.email);
    const wrong = await agent.post('/api/auth/password').send({ currentPassword: 'faux mot de passe', newPassword: 'une nouvelle phrase de passe' }).expect(400);
    expect(wrong.body.details[0].field).toBe('currentPassword');
    const short = await agent.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'court' }).expect(400);
    expect(short.body.details[0].field).toBe('newPassword');
    await agent.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'une nouvelle phrase de passe' }).expect(204);
    await agent.get('/api/auth/me').expect(200);
    await other.get('/api/auth/me').expect(401);
    await http().post('/api/auth/login').send({ email: user.email, password: 'une nouvelle phrase de passe' }).expect(200);
  });

  it('rejects a forged or absent session cookie', async () => {
    await http().get('/api/auth/me').set('Cookie', 'parvis_session=forged-token-value').expect(401);
    await http().get('/api/auth/me').expect(401);
  });

  it('reports the database in the health check, publicly', async () => {
    await http().get('/api/health').expect(200, { status: 'ok', database: 'up' });
  });

  it('keeps sign-up closed unless configured', async () => {
    const response = await http()
      .post('/api/signup')
      .send({ organizationName: 'Commune Libre', email: 'maire@libre.fr', displayName: 'Maire', password: 'une phrase de passe' })
      .expect(403);
    expect(response.body.code).toBe('SIGNUP_DISABLED');
    await http().get('/api/public-config').expect(200, { signupEnabled: false, defaultLocale: 'fr', mailEnabled: false });
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([IdentityModule], { env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED with the standard Retry-After (and no throttler-named header) past the per-IP limit', async () => {
    const http = () => request(t.app.getHttpServer());
    for (let i = 0; i < 3; i++) await http().post('/api/auth/login').send({ email: 'a@b.fr', password: 'x' }).expect(401);
    const limited = await http().post('/api/auth/login').send({ email: 'a@b.fr', password: 'x' }).expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Object.keys(limited.headers).filter((name) => name.endsWith('-auth'))).toEqual([]);
  });
});
