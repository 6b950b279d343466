import { assertRateLimited, createTestApp, failedLogin, statusesOf, TestApp } from '@parvis/api/testing';
import supertest from 'supertest';
import { ApprovalsModule } from '../src';

/**
 * The public routes of the links are rate-limited per client address in a throttler of their own
 * (EXTERNAL_REVIEW_RATE_LIMIT_PER_MINUTE), apart from the login's (LOGIN_RATE_LIMIT_PER_MINUTE).
 */
describe('external review public routes: rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule], { env: { EXTERNAL_REVIEW_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED with Retry-After once a client has tried too many tokens', async () => {
    const http = supertest(t.app.getHttpServer());
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await http.get(`/api/external-reviews/${String(i).repeat(65)}`)).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const again = await http.get(`/api/external-reviews/${'9'.repeat(65)}`);
    expect([again.status, again.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });
});

/**
 * One address (a town hall's NAT, here a trusted proxy's X-Forwarded-For) both logs in and opens
 * external links: neither spends the other's budget, and each has its own limit.
 */
describe('external review and login limits are apart', () => {
  const LOGIN_LIMIT = 2;
  const EXTERNAL_LIMIT = 5;
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule], {
      env: { LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT), EXTERNAL_REVIEW_RATE_LIMIT_PER_MINUTE: String(EXTERNAL_LIMIT), TRUST_PROXY: 'loopback' },
    });
  });
  afterAll(() => t.close());

  const http = () => supertest(t.app.getHttpServer());
  const login = (client: string) => failedLogin(t.app.getHttpServer(), client);
  const page = (client: string, i: number) => http().get(`/api/external-reviews/${String(i % 10).repeat(65)}`).set('X-Forwarded-For', client);
  const media = (client: string, i: number) =>
    http().get(`/api/external-reviews/${String(i % 10).repeat(65)}/media/00000000-0000-4000-8000-00000000000${i % 10}`).set('X-Forwarded-For', client);

  it('a client past the external-review limit still logs in, within the login limit of its own', async () => {
    const client = '198.51.100.1';
    expect(await statusesOf(EXTERNAL_LIMIT, (i) => page(client, i))).toEqual(Array(EXTERNAL_LIMIT).fill(404));
    assertRateLimited(await page(client, 9));
    expect(await statusesOf(LOGIN_LIMIT, () => login(client))).toEqual(Array(LOGIN_LIMIT).fill(401));
    assertRateLimited(await login(client));
  });

  it('a client past the login limit (failed logins) still opens links: page and media, up to their own limit', async () => {
    const client = '198.51.100.2';
    expect(await statusesOf(LOGIN_LIMIT, () => login(client))).toEqual(Array(LOGIN_LIMIT).fill(401));
    assertRateLimited(await login(client));
    expect(await statusesOf(EXTERNAL_LIMIT, (i) => page(client, i))).toEqual(Array(EXTERNAL_LIMIT).fill(404));
    assertRateLimited(await page(client, 9));
    expect(await statusesOf(EXTERNAL_LIMIT, (i) => media(client, i))).toEqual(Array(EXTERNAL_LIMIT).fill(404));
    assertRateLimited(await media(client, 9));
    assertRateLimited(await login(client));
  });
});
