import supertest from 'supertest';
import { assertRateLimited, createTestApp, failedLogin, statusesOf, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { PlanningModule } from '../src';

/**
 * One address (a town hall's NAT, here a trusted proxy's X-Forwarded-For) both logs in and has its
 * calendar applications poll the planning's secret .ics address: each has a limit of its own
 * (CALENDAR_FEED_RATE_LIMIT_PER_MINUTE, LOGIN_RATE_LIMIT_PER_MINUTE), neither spends the other's.
 */
describe('calendar feed and login limits are apart', () => {
  const LOGIN_LIMIT = 2;
  const FEED_LIMIT = 4;
  let t: TestApp;
  let feedPath: string;
  beforeAll(async () => {
    t = await createTestApp([PlanningModule], { env: { LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT), CALENDAR_FEED_RATE_LIMIT_PER_MINUTE: String(FEED_LIMIT), TRUST_PROXY: 'loopback' } });
    const fixtures = new IdentityFixtures(t.app);
    const org = await fixtures.organization('Ville abonnée à son planning');
    const viewer = await fixtures.agentFor(org.members.viewer.email);
    feedPath = new URL((await viewer.post(`/api/orgs/${org.id}/calendar-feed`).expect(201)).body.url).pathname;
  });
  afterAll(() => t.close());

  const feed = (client: string) => supertest(t.app.getHttpServer()).get(feedPath).set('X-Forwarded-For', client);
  const login = (client: string) => failedLogin(t.app.getHttpServer(), client);

  it('calendar applications polling past the feed limit leave the address its logins', async () => {
    const office = '198.51.100.20';
    expect(await statusesOf(FEED_LIMIT, () => feed(office))).toEqual(Array(FEED_LIMIT).fill(200));
    assertRateLimited(await feed(office));
    // The login answers for the credentials (401), not for the feed's polling.
    expect(await statusesOf(LOGIN_LIMIT, () => login(office))).toEqual(Array(LOGIN_LIMIT).fill(401));
    assertRateLimited(await login(office));
  });

  it('failed logins past the login limit leave the address its calendar feed', async () => {
    const office = '198.51.100.21';
    expect(await statusesOf(LOGIN_LIMIT, () => login(office))).toEqual(Array(LOGIN_LIMIT).fill(401));
    assertRateLimited(await login(office));
    expect(await statusesOf(FEED_LIMIT, () => feed(office))).toEqual(Array(FEED_LIMIT).fill(200));
    assertRateLimited(await feed(office));
  });
});
