import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { PostsModule } from '../src';

/** Contract A on posts: concurrent saves of different fields of one post queue on its row, none is lost, each keeps a version. */
describe('concurrent saves of one post (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([PostsModule, NotificationsModule]);
  });
  afterAll(() => t.close());

  it('6 parallel PATCHes of different fields, 8 rounds: all 200, no field lost, one version each', async () => {
    const fixtures = new IdentityFixtures(t.app);
    const org = await fixtures.organization('Ville pressée');
    const admin = await fixtures.agentFor(org.members.admin.email);
    const editor = await fixtures.agentFor(org.members.editor.email);
    const base = `/api/orgs/${org.id}`;
    const bluesky = (await admin.post(`${base}/channels`).send({ network: 'bluesky', handle: 'presse.bsky.social', displayName: 'B' }).expect(201)).body.id;
    const mastodon = (await admin.post(`${base}/channels`).send({ network: 'mastodon', handle: '@presse@x.fr', displayName: 'M' }).expect(201)).body.id;
    const theme = (await editor.post(`${base}/themes`).send({ name: 'Travaux', color: '#B34000' }).expect(201)).body.id;
    const audience = (await editor.post(`${base}/audiences`).send({ name: 'Riverains' }).expect(201)).body.id;
    const post = (await editor.post(`${base}/posts`).send({ masterText: 'Départ', channelIds: [bluesky, mastodon] }).expect(201)).body;
    const url = `${base}/posts/${post.id}`;
    let lost: string[] = [];
    const statuses: number[] = [];
    for (let round = 0; round < 8; round++) {
      const wanted = { masterText: `Travaux rue Victor-Hugo, phase ${round}`, plannedAt: `2026-12-${String(10 + round)}T07:30:00.000Z`, link: `https://ville.fr/travaux/${round}`, visibility: round % 2 ? 'unlisted' : 'public' };
      const bodies = [
        { masterText: wanted.masterText },
        { themeId: round % 2 ? theme : null },
        { audienceIds: round % 2 ? [audience] : [] },
        { plannedAt: wanted.plannedAt },
        { variants: [{ channelId: mastodon, options: { visibility: wanted.visibility } }] },
        { variants: [{ channelId: bluesky, link: wanted.link }] },
      ];
      statuses.push(...(await Promise.all(bodies.map((body) => editor.patch(url).send(body)))).map((r) => r.status));
      const after = (await editor.get(url).expect(200)).body;
      const byChannel = (id: string) => after.variants.find((v: { channelId: string }) => v.channelId === id);
      const got = {
        masterText: after.masterText,
        themeId: after.themeId,
        audienceIds: after.audienceIds,
        plannedAt: after.plannedAt,
        mastodonText: byChannel(mastodon).text,
        blueskyText: byChannel(bluesky).text,
        visibility: byChannel(mastodon).options.visibility,
        link: byChannel(bluesky).link,
      };
      const expected = { ...wanted, themeId: round % 2 ? theme : null, audienceIds: round % 2 ? [audience] : [], mastodonText: wanted.masterText, blueskyText: wanted.masterText };
      lost = [...lost, ...Object.keys(got).filter((k) => JSON.stringify(got[k as keyof typeof got]) !== JSON.stringify(expected[k as keyof typeof expected])).map((k) => `round ${round}: ${k}`)];
      expect(after.version).toBe(1 + 6 * (round + 1));
    }
    expect({ notOk: statuses.filter((s) => s !== 200).length, lost }).toEqual({ notOk: 0, lost: [] });
    expect((await editor.get(`${url}/versions`).expect(200)).body).toHaveLength(1 + 6 * 8);
  });
});
