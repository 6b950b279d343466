import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { Role } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import { PostsModule } from '../src';

/** The composer's API on PostgreSQL: from a brief, variants, versions and diff, If-Match, comments with mentions. */
describe('posts (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let org: TestOrg;
  let editor: TestAgent;
  let contributor: TestAgent;
  let bluesky: string;
  let mastodon: string;
  let theme: string;
  let audience: string;
  const base = () => `/api/orgs/${org.id}`;

  beforeAll(async () => {
    t = await createTestApp([PostsModule, NotificationsModule]);
    fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville du compositeur');
    editor = await fixtures.agentFor(org.members.editor.email);
    contributor = await fixtures.agentFor(org.members.contributor.email);
    const admin = await fixtures.agentFor(org.members.admin.email);
    bluesky = (await admin.post(`${base()}/channels`).send({ network: 'bluesky', handle: 'ville.bsky.social', displayName: 'Ville sur Bluesky' }).expect(201)).body.id;
    mastodon = (await admin.post(`${base()}/channels`).send({ network: 'mastodon', handle: '@ville@social.example', displayName: 'Ville sur Mastodon' }).expect(201)).body.id;
    theme = (await editor.post(`${base()}/themes`).send({ name: 'Culture', color: '#6A6AF4' }).expect(201)).body.id;
    audience = (await editor.post(`${base()}/audiences`).send({ name: 'Grand public' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  async function assignedBrief(assignee = org.members.contributor.membershipId): Promise<string> {
    const brief = await editor.post(`${base()}/briefs`).send({
      title: 'Marché de Noël',
      plannedDate: '2026-12-12',
      plannedTime: '10:00',
      themeId: theme,
      audienceIds: [audience],
      channelIds: [bluesky, mastodon],
      assigneeMembershipId: assignee,
    });
    expect(brief.status).toBe(201);
    return brief.body.id;
  }

  it('a contributor writes from a brief assigned to them: channels, audiences, theme and date copied; the brief is in progress', async () => {
    const briefId = await assignedBrief();
    const created = await contributor.post(`${base()}/posts`).send({ briefId, masterText: 'Le marché de Noël ouvre samedi place de la mairie.' });
    expect(created.status).toBe(201);
    expect(created.headers['etag']).toBe('"1"');
    expect(created.body).toMatchObject({ version: 1, status: 'draft', briefId, themeId: theme, audienceIds: [audience], plannedAt: '2026-12-12T09:00:00.000Z', plannedLocal: '2026-12-12T10:00' });
    expect(created.body.variants.map((v: { channelId: string }) => v.channelId).sort()).toEqual([bluesky, mastodon].sort());
    expect(created.body.variants.every((v: { followsMaster: boolean; text: string }) => v.followsMaster && v.text === created.body.masterText)).toBe(true);
    expect(created.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await editor.get(`${base()}/briefs/${briefId}`).expect(200)).body.status).toBe('in_progress');
    // Local days in the organisation's zone: 12 December 10:00 in Paris is inside 12–12, outside 13–31.
    expect((await editor.get(`${base()}/posts`).query({ from: '2026-12-12', to: '2026-12-12', briefId }).expect(200)).body.items).toHaveLength(1);
    expect((await editor.get(`${base()}/posts`).query({ from: '2026-12-13', to: '2026-12-31', briefId }).expect(200)).body.items).toHaveLength(0);
    const listed = (await contributor.get(`${base()}/posts`).query({ briefId }).expect(200)).body;
    expect(listed.items).toEqual([expect.objectContaining({ id: created.body.id, title: 'Le marché de Noël ouvre samedi place de la mairie.', networks: ['bluesky', 'mastodon'] })]);
  });

  it("refuses a contributor's post from a brief assigned to someone else, and hides other people's posts from them", async () => {
    const briefId = await assignedBrief(org.members.editor.membershipId);
    const refused = await contributor.post(`${base()}/posts`).send({ briefId, masterText: 'Pas le mien' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('POST_BRIEF_NOT_ASSIGNED');
    const editors = (await editor.post(`${base()}/posts`).send({ masterText: 'Le texte de l’éditeur', channelIds: [bluesky] }).expect(201)).body;
    expect((await contributor.get(`${base()}/posts/${editors.id}`)).status).toBe(404);
    expect((await contributor.patch(`${base()}/posts/${editors.id}`).send({ masterText: 'Piraté' })).status).toBe(404);
    expect((await contributor.get(`${base()}/posts`).expect(200)).body.items.some((p: { id: string }) => p.id === editors.id)).toBe(false);
  });

  it('lists by network, author and status together, a page at a time (the « Contenus » screen)', async () => {
    const write = (agent: TestAgent, masterText: string, channelIds: string[]) =>
      agent.post(`${base()}/posts`).send({ masterText, channelIds }).expect(201).then((r) => r.body.id as string);
    const onMastodon = [
      await write(editor, 'Réseau A', [mastodon]),
      await write(editor, 'Réseau B', [bluesky, mastodon]),
      await write(editor, 'Réseau C', [mastodon]),
    ];
    await write(editor, 'Réseau D, Bluesky seul', [bluesky]);
    const contributors = await write(contributor, 'Réseau E, du contributeur', [mastodon]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; networks: string[] }[]; nextCursor: string | null } = (
        await editor.get(`${base()}/posts`).query({ network: 'mastodon', mine: 'true', status: 'draft', limit: 1, ...(cursor ? { cursor } : {}) }).expect(200)
      ).body;
      expect(page.items.length).toBeLessThanOrEqual(1);
      for (const item of page.items) expect(item.networks).toContain('mastodon');
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(onMastodon));
    expect(seen).not.toContain(contributors);
    expect(new Set(seen).size).toBe(seen.length);
    const bskyOnly = (await editor.get(`${base()}/posts`).query({ network: 'bluesky', limit: 100 }).expect(200)).body.items.map((p: { id: string }) => p.id);
    expect(bskyOnly).toContain(onMastodon[1]);
    expect(bskyOnly).not.toContain(onMastodon[0]);
    expect(bskyOnly).not.toContain(contributors);
    const refused = await editor.get(`${base()}/posts`).query({ network: 'myspace' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('network');
  });

  it('keeps a version per save, diffs two of them word by word, and resets a variant to the master text', async () => {
    const post = (await editor.post(`${base()}/posts`).send({ masterText: 'La médiathèque rouvre samedi.', channelIds: [bluesky, mastodon] }).expect(201)).body;
    const url = `${base()}/posts/${post.id}`;
    const v2 = await editor.patch(url).set('If-Match', '"1"').send({ variants: [{ channelId: mastodon, text: 'La médiathèque rouvre samedi matin.', options: { visibility: 'unlisted', language: 'fr' } }] });
    expect(v2.status).toBe(200);
    expect(v2.headers['etag']).toBe('"2"');
    const mastodonV2 = v2.body.variants.find((v: { channelId: string }) => v.channelId === mastodon);
    expect(mastodonV2).toMatchObject({ followsMaster: false, text: 'La médiathèque rouvre samedi matin.', options: { visibility: 'unlisted', language: 'fr' } });
    const v3 = (await editor.patch(url).send({ masterText: 'La médiathèque rouvre dimanche.' }).expect(200)).body;
    expect(v3.variants.find((v: { channelId: string }) => v.channelId === bluesky).text).toBe('La médiathèque rouvre dimanche.');
    expect(v3.variants.find((v: { channelId: string }) => v.channelId === mastodon).text).toBe('La médiathèque rouvre samedi matin.');
    expect(v3.contentHash).not.toBe(post.contentHash);

    const versions = (await editor.get(`${url}/versions`).expect(200)).body;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    expect(versions[2]).toMatchObject({ contentHash: post.contentHash, author: { name: 'Agent de test' } });
    const first = (await editor.get(`${url}/versions/1`).expect(200)).body;
    expect(first.masterText).toBe('La médiathèque rouvre samedi.');
    expect((await editor.get(`${url}/versions/9`)).body.code).toBe('POST_VERSION_NOT_FOUND');

    const diff = (await editor.get(`${url}/diff`).query({ from: 1, to: 3 }).expect(200)).body;
    expect(diff.master).toEqual(expect.arrayContaining([{ kind: 'removed', text: 'samedi' }, { kind: 'added', text: 'dimanche' }]));
    const mastodonDiff = diff.variants.find((v: { channelId: string }) => v.channelId === mastodon);
    expect(mastodonDiff.segments).toEqual([{ kind: 'same', text: 'La médiathèque rouvre samedi' }, { kind: 'added', text: ' matin' }, { kind: 'same', text: '.' }]);
    expect(mastodonDiff.otherChanges).toEqual(expect.arrayContaining(['options.language', 'options.visibility']));

    const reset = (await editor.patch(url).send({ variants: [{ channelId: mastodon, followsMaster: true }] }).expect(200)).body;
    expect(reset.variants.find((v: { channelId: string }) => v.channelId === mastodon)).toMatchObject({ followsMaster: true, text: 'La médiathèque rouvre dimanche.' });
  });

  it('refuses a stale If-Match with 412 and the current post, and an option the network does not know', async () => {
    const post = (await editor.post(`${base()}/posts`).send({ masterText: 'Concert', channelIds: [bluesky] }).expect(201)).body;
    const url = `${base()}/posts/${post.id}`;
    await editor.patch(url).send({ masterText: 'Concert du Nouvel An' }).expect(200);
    const stale = await editor.patch(url).set('If-Match', '"1"').send({ masterText: 'Écrasé' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_MISMATCH', details: { current: { version: 2, masterText: 'Concert du Nouvel An' } } });
    const badOption = await editor.patch(url).send({ variants: [{ channelId: bluesky, options: { visibility: 'private' } }] });
    expect(badOption.status).toBe(400);
    expect(badOption.body.details[0].field).toBe('variants.0.options.visibility');
    const otherChannel = await editor.patch(url).send({ variants: [{ channelId: mastodon, text: 'x' }] });
    expect(otherChannel.body.details[0].field).toBe('variants.0.channelId');
    await editor.delete(url).set('If-Match', '"1"').expect(412);
    await editor.delete(url).set('If-Match', '"2"').expect(204);
    await editor.get(url).expect(404);
  });

  it('notifies the members a comment mentions, by name or by id, in the post_mention kind', async () => {
    const lea = await fixtures.user({ displayName: 'Léa Martin' });
    const leaMembership = await fixtures.addMember(org.id, lea.id, Role.Editor);
    const post = (await editor.post(`${base()}/posts`).send({ masterText: 'Fête de la ville', channelIds: [bluesky] }).expect(201)).body;
    const comment = await editor.post(`${base()}/posts/${post.id}/comments`).send({ body: `@Léa Martin, peux-tu relire ? Et @[${org.members.contributor.membershipId}] aussi.` });
    expect(comment.status).toBe(201);
    expect(comment.body.mentionedMembershipIds.sort()).toEqual([leaMembership, org.members.contributor.membershipId].sort());
    const leaAgent = await fixtures.agentFor(lea.email);
    const notifications = (await leaAgent.get(`${base()}/notifications`).expect(200)).body.items;
    expect(notifications[0]).toMatchObject({ kind: 'post_mention', title: 'Fête de la ville', link: `/orgs/${org.id}/posts/${post.id}` });
    expect((await editor.get(`${base()}/posts/${post.id}/comments`).expect(200)).body.items).toHaveLength(1);
  });

  it('answers 400 POST_RULES_VIOLATED with the exact span for a 301-grapheme Bluesky variant, and 200 with warnings otherwise', async () => {
    const text = `${'é'.repeat(300)}!`;
    const post = (await editor.post(`${base()}/posts`).send({ masterText: text, channelIds: [bluesky, mastodon] }).expect(201)).body;
    const blueskyVariant = post.variants.find((v: { channelId: string }) => v.channelId === bluesky);
    expect(blueskyVariant.validation).toMatchObject({ length: 301, limit: 300 });
    const check = await editor.post(`${base()}/posts/${post.id}/submission-check`);
    expect(check.status).toBe(400);
    expect(check.body.code).toBe('POST_RULES_VIOLATED');
    expect(check.body.details.violations).toEqual([
      expect.objectContaining({ channelId: bluesky, code: 'text_too_long', severity: 'error', span: { start: 300, end: 301 }, params: expect.objectContaining({ length: 301, limit: 300 }) }),
    ]);
    await editor.patch(`${base()}/posts/${post.id}`).send({ masterText: 'Un texte court et clair pour Bluesky.' }).expect(200);
    const ready = await editor.post(`${base()}/posts/${post.id}/submission-check`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ ready: true, violations: expect.any(Array) });
  });
});

describe('UTM tagging (real PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp([PostsModule, NotificationsModule]);
    org = await new IdentityFixtures(t.app).organization('Ville qui mesure');
  });
  afterAll(() => t.close());

  it('tags the links of the published text preview once the organisation turns it on, with the network and the campaign slug', async () => {
    const fixtures = new IdentityFixtures(t.app);
    const admin = await fixtures.agentFor(org.members.admin.email);
    const editor = await fixtures.agentFor(org.members.editor.email);
    const base = `/api/orgs/${org.id}`;
    const channel = (await admin.post(`${base}/channels`).send({ network: 'mastodon', handle: '@ville@social.example', displayName: 'Mastodon' }).expect(201)).body.id;
    const campaign = (await editor.post(`${base}/campaigns`).send({ name: 'Fêtes de fin d’année', startsOn: '2026-12-01', endsOn: '2026-12-31' }).expect(201)).body.id;
    const post = (await editor.post(`${base}/posts`).send({ masterText: 'Programme : https://ville.fr/noel', channelIds: [channel], campaignId: campaign }).expect(201)).body;
    expect(post.variants[0].publishedTextPreview).toBe('Programme : https://ville.fr/noel');
    expect((await editor.patch(`${base}/post-settings`).send({ utmTagging: true })).status).toBe(403);
    const settings = await admin.patch(`${base}/post-settings`).send({ utmTagging: true });
    expect(settings.body).toEqual({ version: 1, utmTagging: true });
    const tagged = (await editor.get(`${base}/posts/${post.id}`).expect(200)).body;
    expect(tagged.variants[0].publishedTextPreview).toBe('Programme : https://ville.fr/noel?utm_source=mastodon&utm_medium=social&utm_campaign=fetes-de-fin-d-annee');
    expect(tagged.variants[0].text).toBe('Programme : https://ville.fr/noel');
    expect(tagged.contentHash).toBe(post.contentHash);
  });
});
