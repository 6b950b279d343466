import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TEST_PASSWORD, TestOrg } from '../src/testing';
import { IdentityModule } from '../src';

const WRONG = 'pas le bon mot de passe';

async function invite(fixtures: IdentityFixtures, org: TestOrg, email: string): Promise<string> {
  const admin = await fixtures.agentFor(org.members.admin.email);
  const created = await admin.post(`/api/orgs/${org.id}/invitations`).send({ email, role: 'editor' }).expect(201);
  return String(created.body.acceptUrl).split('/').pop() ?? '';
}

describe('client address: X-Forwarded-For is believed only from TRUST_PROXY, and 429 says when to retry', () => {
  let direct: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    direct = await createTestApp([IdentityModule], { env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    proxied = await createTestApp([IdentityModule], { env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  const attempt = (t: TestApp, forwardedFor: string) =>
    request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', forwardedFor).send({ email: 'nobody@test.parvis.fr', password: WRONG });

  it('without TRUST_PROXY, a new X-Forwarded-For on each request does not escape the limit', async () => {
    for (let i = 1; i <= 3; i++) await attempt(direct, `192.0.2.${i}`).expect(401);
    const limited = await attempt(direct, '192.0.2.99').expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('behind a trusted proxy, each real client has its own limit', async () => {
    for (let i = 1; i <= 3; i++) await attempt(proxied, '203.0.113.1').expect(401);
    await attempt(proxied, '203.0.113.1').expect(429);
    await attempt(proxied, '203.0.113.2').expect(401);
  });
});

describe('account lock per account and client address', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  beforeAll(async () => {
    t = await createTestApp([IdentityModule], { env: { TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, from: string) =>
    request(t.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

  it('locks the guessing address only; the owner logs in from elsewhere and is told once', async () => {
    const owner = await fixtures.user();
    await login(owner.email, WRONG, '198.51.100.7').expect(401);
    await login(owner.email, WRONG, '198.51.100.7').expect(401);
    const locked = await login(owner.email, WRONG, '198.51.100.7').expect(423);
    expect(locked.body.code).toBe('AUTH_ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    await login(owner.email, TEST_PASSWORD, '198.51.100.7').expect(423);

    const first = await login(owner.email, TEST_PASSWORD, '198.51.100.8').expect(200);
    expect(first.body.securityNotice).toEqual({ lockouts: 1, lastLockoutAt: expect.any(String) });
    const second = await login(owner.email, TEST_PASSWORD, '198.51.100.8').expect(200);
    expect(second.body.securityNotice).toBeNull();
  });

  it('answers an unknown e-mail exactly like a known one, lock included', async () => {
    const known = await fixtures.user();
    const answers = async (email: string) => {
      const statuses: number[] = [];
      let last: request.Response | null = null;
      for (let i = 0; i < 4; i++) {
        last = await login(email, WRONG, '198.51.100.20');
        statuses.push(last.status);
      }
      return { statuses, code: last?.body.code, detailKeys: Object.keys(last?.body.details ?? {}) };
    };
    const forKnown = await answers(known.email);
    const forUnknown = await answers('personne-ici@test.parvis.fr');
    expect(forKnown).toEqual({ statuses: [401, 401, 423, 423], code: 'AUTH_ACCOUNT_LOCKED', detailKeys: ['lockedUntil'] });
    expect(forUnknown).toEqual(forKnown);
  });

  it('locks for longer each time', async () => {
    const user = await fixtures.user();
    for (let i = 0; i < 3; i++) await login(user.email, WRONG, '198.51.100.30');
    // The first lock (15 minutes) has run out:
    await t.app.get(DataSource).query("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE account_key = $1", [user.email]);
    await login(user.email, WRONG, '198.51.100.30').expect(401);
    await login(user.email, WRONG, '198.51.100.30').expect(401);
    const second = await login(user.email, WRONG, '198.51.100.30').expect(423);
    const minutes = (new Date(second.body.details.lockedUntil).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });
});

describe('invitations, password links and the password policy', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let org: TestOrg;
  beforeAll(async () => {
    t = await createTestApp([IdentityModule]);
    fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville de Lumière');
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('the invitation preview does not say whether the e-mail has an account', async () => {
    const existing = await fixtures.user();
    for (const email of [existing.email, 'nouvelle.personne@test.parvis.fr']) {
      const preview = await http().get(`/api/invitations/${await invite(fixtures, org, email)}`).expect(200);
      expect(Object.keys(preview.body).sort()).toEqual(['email', 'expiresAt', 'organizationName', 'role']);
    }
  });

  it('an existing account cannot accept with its password: it logs in, then joins', async () => {
    const existing = await fixtures.user();
    const token = await invite(fixtures, org, existing.email);
    const refused = await http().post(`/api/invitations/${token}/accept`).send({ displayName: 'X', password: TEST_PASSWORD }).expect(409);
    expect(refused.body.code).toBe('INVITATION_LOGIN_REQUIRED');

    const other = await fixtures.agentFor((await fixtures.user()).email);
    expect((await other.post(`/api/invitations/${token}/join`).expect(403)).body.code).toBe('INVITATION_OTHER_ACCOUNT');
    await http().post(`/api/invitations/${token}/join`).expect(401);

    const agent = await fixtures.agentFor(existing.email);
    const joined = await agent.post(`/api/invitations/${token}/join`).expect(200);
    expect(joined.body.memberships).toEqual([expect.objectContaining({ role: 'editor', organization: expect.objectContaining({ id: org.id }) })]);
    await agent.post(`/api/invitations/${token}/join`).expect(410);
  });

  it('a new password link revokes the earlier ones, and using one ends them all', async () => {
    const admin = await fixtures.agentFor(org.members.admin.email);
    const issue = async () => {
      const link = await admin.post(`/api/orgs/${org.id}/members/${org.members.viewer.membershipId}/password-reset`).expect(201);
      return String(link.body.resetUrl).split('/').pop() ?? '';
    };
    const first = await issue();
    const second = await issue();
    await http().get(`/api/password-resets/${first}`).expect(410);
    await http().get(`/api/password-resets/${second}`).expect(200);
    await http().post(`/api/password-resets/${second}`).send({ newPassword: 'une toute nouvelle phrase secrète' }).expect(204);
    await http().get(`/api/password-resets/${second}`).expect(410);
  });

  it.each([
    ['motdepasse123', 'PASSWORD_COMMON'],
    ['Ville de Lumière, pour toujours', 'PASSWORD_CONTAINS_ORGANIZATION'],
    ['nouvelle.recrue-2026 et des mots', 'PASSWORD_CONTAINS_EMAIL'],
    ['court', 'PASSWORD_TOO_SHORT'],
  ])('refuses %s on every route that sets a password (%s)', async (password, code) => {
    const token = await invite(fixtures, org, 'nouvelle.recrue-2026@test.parvis.fr');
    const accept = await http().post(`/api/invitations/${token}/accept`).send({ displayName: 'Recrue', password }).expect(400);
    expect(accept.body).toEqual(expect.objectContaining({ code, details: [expect.objectContaining({ field: 'password' })] }));

    const member = org.members.contributor;
    const agent = await fixtures.agentFor(member.email);
    const samePolicy = password.replace('nouvelle.recrue-2026', member.email.split('@')[0] ?? '');
    const change = await agent.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: samePolicy });
    expect([change.status, change.body.code, change.body.details?.[0]?.field]).toEqual([400, code, 'newPassword']);
  });
});

describe('HTTPS-only headers', () => {
  it('sends HSTS and upgrade-insecure-requests only when PUBLIC_URL is https', async () => {
    const plain = await createTestApp([IdentityModule], { env: { PUBLIC_URL: 'http://parvis.test' } });
    const secure = await createTestApp([IdentityModule], { env: { PUBLIC_URL: 'https://parvis.ville.fr' } });
    try {
      const overHttp = await request(plain.app.getHttpServer()).get('/api/public-config').expect(200);
      expect(overHttp.headers['strict-transport-security']).toBeUndefined();
      expect(overHttp.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      const overHttps = await request(secure.app.getHttpServer()).get('/api/public-config').expect(200);
      expect(overHttps.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(overHttps.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await plain.close();
      await secure.close();
    }
  });
});
