// HTTP scenario against the built app (started by e2e/run-e2e.mjs with the demo seed).
// Steps share state and run in order.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { HttpSession, baseUrlFromEnv, show } from '../support/http-session.mjs';

const DEMO_PASSWORD = 'parvis-demo-2026';
const CITY = 'Ville de Démo';
const COUNTY = 'Département de Démo';

describe('HTTP scenario: sessions, invitations, organisation isolation, errors', () => {
  const baseUrl = baseUrlFromEnv();
  const admin = new HttpSession(baseUrl);
  const newcomer = new HttpSession(baseUrl);
  const newcomerEmail = `nouvel-agent-${randomBytes(4).toString('hex')}@commune.example.fr`;
  let cityId;
  let countyId;
  let token;

  before(async () => {
    const health = await admin.get('/api/health');
    assert.equal(health.status, 200, show(health));
    assert.deepEqual(health.body, { status: 'ok', database: 'up' });
  });

  it('logs in as the demo admin with an httpOnly, SameSite=Strict session cookie on /api', async () => {
    const res = await admin.post('/api/auth/login', { email: 'admin@demo.parvis.fr', password: DEMO_PASSWORD });
    assert.equal(res.status, 200, show(res));
    assert.equal(res.body.user.email, 'admin@demo.parvis.fr');
    const cookie = admin.lastSetCookie.find((c) => c.startsWith('parvis_session='));
    assert.ok(cookie, `no parvis_session cookie in ${JSON.stringify(admin.lastSetCookie)}`);
    assert.match(cookie, /;\s*HttpOnly/i);
    assert.match(cookie, /;\s*SameSite=Strict/i);
    assert.match(cookie, /;\s*Path=\/api(;|$)/i);
  });

  it('GET /api/auth/me lists the admin’s two memberships', async () => {
    const res = await admin.get('/api/auth/me');
    assert.equal(res.status, 200, show(res));
    assert.equal(res.body.memberships.length, 2, show(res));
    const byName = Object.fromEntries(res.body.memberships.map((m) => [m.organization.name, m]));
    assert.equal(byName[CITY]?.role, 'admin', show(res));
    assert.equal(byName[COUNTY]?.role, 'editor', show(res));
    cityId = byName[CITY].organization.id;
    countyId = byName[COUNTY].organization.id;
  });

  it('the admin invites a contributor into Ville de Démo and gets an accept URL', async () => {
    const res = await admin.post(`/api/orgs/${cityId}/invitations`, { email: newcomerEmail, role: 'contributor' });
    assert.equal(res.status, 201, show(res));
    assert.equal(res.body.invitation.email, newcomerEmail);
    assert.equal(res.body.invitation.role, 'contributor');
    const acceptUrl = new URL(res.body.acceptUrl);
    const match = acceptUrl.pathname.match(/^\/invitations\/([^/]+)$/);
    assert.ok(match, `unexpected acceptUrl ${res.body.acceptUrl}`);
    token = match[1];

    const pending = await admin.get(`/api/orgs/${cityId}/invitations`);
    assert.equal(pending.status, 200, show(pending));
    assert.ok(pending.body.items.some((i) => i.email === newcomerEmail), show(pending));
  });

  it('the invitation preview is public', async () => {
    const res = await newcomer.get(`/api/invitations/${token}`);
    assert.equal(res.status, 200, show(res));
    assert.equal(res.body.email, newcomerEmail);
    assert.equal(res.body.organizationName, CITY);
    assert.equal(res.body.role, 'contributor');
    // Whether the e-mail has an account is not said (an inviting admin could probe any address).
    assert.deepEqual(Object.keys(res.body).sort(), ['email', 'expiresAt', 'organizationName', 'role']);
  });

  it('accepting as a new account opens a session', async () => {
    const res = await newcomer.post(`/api/invitations/${token}/accept`, {
      displayName: 'Nouvel Agent',
      password: 'une phrase de passe assez longue',
    });
    assert.equal(res.status, 200, show(res));
    assert.ok(newcomer.cookies.has('parvis_session'), 'accepting set no session cookie');
    assert.equal(res.body.user.email, newcomerEmail);
  });

  it('the new user sees Ville de Démo in /api/auth/me as a contributor', async () => {
    const res = await newcomer.get('/api/auth/me');
    assert.equal(res.status, 200, show(res));
    assert.equal(res.body.user.displayName, 'Nouvel Agent');
    assert.deepEqual(
      res.body.memberships.map((m) => [m.organization.name, m.role]),
      [[CITY, 'contributor']],
    );
  });

  it('the invitation cannot be used twice', async () => {
    const res = await new HttpSession(baseUrl).post(`/api/invitations/${token}/accept`, {
      displayName: 'Quelqu’un d’autre',
      password: 'une autre phrase de passe',
    });
    assert.equal(res.status, 410, show(res));
    assert.equal(res.body.code, 'INVITATION_ALREADY_USED', show(res));
  });

  it('an existing account joins a new invitation by logging in, never with a password on the link', async () => {
    const operator = new HttpSession(baseUrl);
    await operator.login('operateur@demo.parvis.fr', DEMO_PASSWORD);
    const name = `Syndicat ${randomBytes(3).toString('hex')}`;
    const created = await operator.post('/api/operator/organizations', { name, adminEmail: newcomerEmail });
    assert.equal(created.status, 201, show(created));
    const joinToken = new URL(created.body.acceptUrl).pathname.split('/').pop();
    const preview = await new HttpSession(baseUrl).get(`/api/invitations/${joinToken}`);
    assert.deepEqual(Object.keys(preview.body).sort(), ['email', 'expiresAt', 'organizationName', 'role'], show(preview));
    const withPassword = await new HttpSession(baseUrl).post(`/api/invitations/${joinToken}/accept`, {
      displayName: 'Nouvel Agent',
      password: 'une phrase de passe assez longue',
    });
    assert.equal(withPassword.status, 409, show(withPassword));
    assert.equal(withPassword.body.code, 'INVITATION_LOGIN_REQUIRED', show(withPassword));
    const joined = await newcomer.post(`/api/invitations/${joinToken}/join`);
    assert.equal(joined.status, 200, show(joined));
    assert.deepEqual(joined.body.memberships.map((m) => [m.organization.name, m.role]).sort(), [[CITY, 'contributor'], [name, 'admin']].sort());
  });

  it('a new password link replaces the earlier one', async () => {
    const members = await admin.get(`/api/orgs/${cityId}/members`);
    const reader = members.body.items.find((m) => m.email === 'lecteur@demo.parvis.fr');
    assert.ok(reader, show(members));
    const issue = async () => {
      const res = await admin.post(`/api/orgs/${cityId}/members/${reader.id}/password-reset`);
      assert.equal(res.status, 201, show(res));
      return new URL(res.body.resetUrl).pathname.split('/').pop();
    };
    const first = await issue();
    const second = await issue();
    assert.equal((await new HttpSession(baseUrl).get(`/api/password-resets/${first}`)).status, 410);
    assert.equal((await new HttpSession(baseUrl).get(`/api/password-resets/${second}`)).status, 200);
  });

  it('a contributor may not change the organisation (403 FORBIDDEN_ROLE)', async () => {
    const res = await newcomer.patch(`/api/orgs/${cityId}`, { name: 'Ville piratée' });
    assert.equal(res.status, 403, show(res));
    assert.equal(res.body.code, 'FORBIDDEN_ROLE', show(res));
    const org = await admin.get(`/api/orgs/${cityId}`);
    assert.equal(org.body.name, CITY, show(org));
  });

  it('a member of another organisation gets 404 on Département de Démo and its members', async () => {
    const reader = new HttpSession(baseUrl);
    const me = await reader.login('lecteur@demo.parvis.fr', DEMO_PASSWORD);
    assert.deepEqual(
      me.memberships.map((m) => m.organization.name),
      [CITY],
    );
    const org = await reader.get(`/api/orgs/${countyId}`);
    assert.equal(org.status, 404, show(org));
    assert.equal(typeof org.body.code, 'string', show(org));
    const members = await reader.get(`/api/orgs/${countyId}/members`);
    assert.equal(members.status, 404, show(members));
    // …while their own organisation answers.
    const own = await reader.get(`/api/orgs/${cityId}`);
    assert.equal(own.status, 200, show(own));
  });

  it('unauthenticated GET /api/auth/me is 401 AUTH_REQUIRED', async () => {
    const res = await new HttpSession(baseUrl).get('/api/auth/me');
    assert.equal(res.status, 401, show(res));
    assert.equal(res.body.code, 'AUTH_REQUIRED', show(res));
    assert.equal(typeof res.body.message, 'string', show(res));
  });

  it('bad login input is 400 VALIDATION_FAILED naming email and password', async () => {
    const res = await new HttpSession(baseUrl).post('/api/auth/login', { email: 'x' });
    assert.equal(res.status, 400, show(res));
    assert.equal(res.body.code, 'VALIDATION_FAILED', show(res));
    assert.ok(Array.isArray(res.body.details), show(res));
    const fields = res.body.details.map((d) => d.field);
    assert.ok(fields.includes('email'), show(res));
    assert.ok(fields.includes('password'), show(res));
    for (const detail of res.body.details) assert.ok(detail.messages.length > 0, show(res));
  });

  it('wrong credentials are 401 AUTH_INVALID_CREDENTIALS', async () => {
    const res = await new HttpSession(baseUrl).post('/api/auth/login', {
      email: 'editeur@demo.parvis.fr',
      password: 'pas le bon mot de passe',
    });
    assert.equal(res.status, 401, show(res));
    assert.equal(res.body.code, 'AUTH_INVALID_CREDENTIALS', show(res));
  });

  for (const path of ['/', '/login']) {
    it(`serves the SPA login page HTML at ${path} with security headers`, async () => {
      const res = await new HttpSession(baseUrl).request('GET', path);
      assert.equal(res.status, 200, show(res));
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(res.text, /<div id="root"|<html/i);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(res.headers.get('content-security-policy'), 'no content-security-policy header');
    });
  }

  it('API responses carry the security headers too, without the HTTPS-only ones over http', async () => {
    const res = await new HttpSession(baseUrl).get('/api/health');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('content-security-policy'), 'no content-security-policy header');
    assert.equal(res.headers.get('strict-transport-security'), null);
    assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /upgrade-insecure-requests/);
  });

  it('logout ends the session', async () => {
    const out = await newcomer.post('/api/auth/logout');
    assert.equal(out.status, 204, show(out));
    const res = await newcomer.get('/api/auth/me');
    assert.equal(res.status, 401, show(res));
  });
});
