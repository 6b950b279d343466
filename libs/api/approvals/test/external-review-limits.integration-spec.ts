import { createTestApp, TestApp } from '@parvis/api/testing';
import supertest from 'supertest';
import { ApprovalsModule } from '../src';

/** The public routes of the links are rate-limited per client address (the existing throttler, LOGIN_RATE_LIMIT_PER_MINUTE). */
describe('external review public routes: rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule], { env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
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
