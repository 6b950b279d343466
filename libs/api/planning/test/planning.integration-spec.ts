import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '../src';
import type TestAgent from 'supertest/lib/agent';

describe('editorial planning (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let org: TestOrg;
  let editor: TestAgent;
  let contributor: TestAgent;
  let viewer: TestAgent;
  const base = () => `/api/orgs/${org.id}`;

  beforeAll(async () => {
    t = await createTestApp([PlanningModule, NotificationsModule]);
    fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville de Planning');
    editor = await fixtures.agentFor(org.members.editor.email);
    contributor = await fixtures.agentFor(org.members.contributor.email);
    viewer = await fixtures.agentFor(org.members.viewer.email);
  });
  afterAll(() => t.close());

  it('lets editors build the editorial line, everyone read it, others not change it', async () => {
    const audience = await editor.post(`${base()}/audiences`).send({ name: 'Jeunes 15–25', description: 'Lycéens et étudiants' }).expect(201);
    await editor.post(`${base()}/audiences`).send({ name: 'Jeunes 15–25' }).expect(409);
    const theme = await editor.post(`${base()}/themes`).send({ name: 'Culture', objectives: 'Faire venir au musée', color: '#0063cb' }).expect(201);
    expect(theme.body.color).toBe('#0063CB');
    const badColor = await editor.post(`${base()}/themes`).send({ name: 'Sport', color: 'blue' }).expect(400);
    expect(badColor.body.details[0].field).toBe('color');
    const campaign = await editor
      .post(`${base()}/campaigns`)
      .send({ name: 'Été culturel', startsOn: '2026-06-21', endsOn: '2026-08-31', themeId: theme.body.id, audienceIds: [audience.body.id] })
      .expect(201);
    expect(campaign.body).toEqual(expect.objectContaining({ themeId: theme.body.id, audienceIds: [audience.body.id] }));
    const backwards = await editor.post(`${base()}/campaigns`).send({ name: 'À rebours', startsOn: '2026-08-31', endsOn: '2026-06-21' }).expect(400);
    expect(backwards.body.details[0].field).toBe('endsOn');
    expect((await viewer.get(`${base()}/themes`).expect(200)).body.items).toHaveLength(1);
    await viewer.post(`${base()}/themes`).send({ name: 'Sport', color: '#00AA00' }).expect(403);
    await contributor.post(`${base()}/audiences`).send({ name: 'Parents' }).expect(403);
  });

  it('registers channels before they are connected; admins only', async () => {
    const admin = await fixtures.agentFor(org.members.admin.email);
    const channel = await admin.post(`${base()}/channels`).send({ network: 'mastodon', handle: '@ville@social.example', displayName: 'Ville sur Mastodon' }).expect(201);
    expect(channel.body.status).toBe('not_connected');
    await admin.post(`${base()}/channels`).send({ network: 'mastodon', handle: '@ville@social.example', displayName: 'Doublon' }).expect(409);
    await editor.post(`${base()}/channels`).send({ network: 'bluesky', handle: 'ville.bsky.social', displayName: 'Ville' }).expect(403);
    const connected = await admin.patch(`${base()}/channels/${channel.body.id}`).send({ status: 'connected' }).expect(400);
    expect(connected.body.details[0].field).toBe('status');
  });

  it('creates and assigns a brief; the assignee is notified and finds it in "Mes sujets"', async () => {
    const brief = await editor
      .post(`${base()}/briefs`)
      .send({ title: 'Journées du patrimoine', plannedDate: '2026-09-19', plannedTime: '09:00', draftDueDate: '2026-09-12', assigneeMembershipId: org.members.contributor.membershipId })
      .expect(201);
    expect(brief.body).toEqual(
      expect.objectContaining({ status: 'assigned', plannedAt: '2026-09-19T07:00:00.000Z', plannedLocal: { date: '2026-09-19', time: '09:00' }, draftDueDate: '2026-09-12' }),
    );
    const notifications = await contributor.get(`${base()}/notifications`).expect(200);
    expect(notifications.body.unreadCount).toBe(1);
    expect(notifications.body.items[0]).toEqual(expect.objectContaining({ kind: 'brief_assigned', title: 'Journées du patrimoine' }));
    await contributor.post(`${base()}/notifications/${notifications.body.items[0].id}/read`).expect(204);
    expect((await contributor.get(`${base()}/notifications`).expect(200)).body.unreadCount).toBe(0);

    const mine = await contributor.get(`${base()}/briefs?assignee=me`).expect(200);
    expect(mine.body.items.map((b: { id: string }) => b.id)).toEqual([brief.body.id]);
    expect((await viewer.get(`${base()}/briefs?assignee=me`).expect(200)).body.items).toEqual([]);

    await contributor.patch(`${base()}/briefs/${brief.body.id}`).send({ status: 'in_progress' }).expect(200);
    await contributor.patch(`${base()}/briefs/${brief.body.id}`).send({ title: 'Autre titre' }).expect(403);
    const skip = await contributor.patch(`${base()}/briefs/${brief.body.id}`).send({ status: 'done' }).expect(403);
    expect(skip.body.code).toBe('BRIEF_STATUS_NOT_ALLOWED_FOR_ASSIGNEE');
    const invalid = await editor.patch(`${base()}/briefs/${brief.body.id}`).send({ status: 'done' }).expect(409);
    expect(invalid.body.code).toBe('BRIEF_INVALID_TRANSITION');
  });

  it('moves a brief across the change to winter time keeping 09:00', async () => {
    const brief = await editor.post(`${base()}/briefs`).send({ title: 'Marché de Noël', plannedDate: '2026-10-24', plannedTime: '09:00' }).expect(201);
    const moved = await editor.patch(`${base()}/briefs/${brief.body.id}`).send({ plannedDate: '2026-10-31' }).expect(200);
    expect(moved.body.plannedLocal).toEqual({ date: '2026-10-31', time: '09:00' });
    expect(moved.body.plannedAt).toBe('2026-10-31T08:00:00.000Z');
    const impossible = await editor.patch(`${base()}/briefs/${brief.body.id}`).send({ plannedDate: '2026-02-30' }).expect(400);
    expect(impossible.body.details[0].field).toBe('plannedDate');
  });

  it('answers the calendar range with filters, key days and local times', async () => {
    const themes = (await editor.get(`${base()}/themes`).expect(200)).body.items;
    await editor.post(`${base()}/briefs`).send({ title: 'Fête nationale', plannedDate: '2026-07-14', plannedTime: '22:30', themeId: themes[0].id }).expect(201);
    await editor.post(`${base()}/briefs`).send({ title: 'Hors thème', plannedDate: '2026-07-20', plannedTime: '10:00' }).expect(201);
    await editor.post(`${base()}/briefs`).send({ title: 'Le mois suivant', plannedDate: '2026-08-01', plannedTime: '00:30' }).expect(201);
    const july = await viewer.get(`${base()}/calendar?from=2026-07-01&to=2026-07-31`).expect(200);
    expect(july.body.timeZone).toBe('Europe/Paris');
    expect(july.body.items.map((b: { title: string }) => b.title)).toEqual(['Fête nationale', 'Hors thème']);
    expect(july.body.keyDays).toEqual([{ date: '2026-07-14', label: 'Fête nationale', kind: 'public_holiday' }]);
    const filtered = await viewer.get(`${base()}/calendar?from=2026-07-01&to=2026-07-31&themeId=${themes[0].id}`).expect(200);
    expect(filtered.body.items.map((b: { title: string }) => b.title)).toEqual(['Fête nationale']);
    expect(filtered.body.items[0].themeColor).toBe('#0063CB');
    const tooLong = await viewer.get(`${base()}/calendar?from=2026-01-01&to=2026-12-31`).expect(400);
    expect(tooLong.body.details[0].field).toBe('to');
  });

  it("shows the organisation's key dates with the public holidays, every year", async () => {
    await editor.post(`${base()}/key-dates`).send({ label: 'Journées du patrimoine', date: '2026-09-19' }).expect(201);
    const once = await editor.post(`${base()}/key-dates`).send({ label: 'Inauguration de la médiathèque', date: '2026-09-26', recurringYearly: false }).expect(201);
    await viewer.post(`${base()}/key-dates`).send({ label: 'Non', date: '2026-09-01' }).expect(403);
    const bad = await editor.post(`${base()}/key-dates`).send({ label: 'Impossible', date: '2026-09-31' }).expect(400);
    expect(bad.body.details[0].field).toBe('date');
    const september = await viewer.get(`${base()}/calendar?from=2026-09-01&to=2026-09-30`).expect(200);
    expect(september.body.keyDays).toEqual([
      { date: '2026-09-19', label: 'Journées du patrimoine', kind: 'key_date' },
      { date: '2026-09-26', label: 'Inauguration de la médiathèque', kind: 'key_date' },
    ]);
    const nextYear = await viewer.get(`${base()}/calendar?from=2027-09-01&to=2027-09-30`).expect(200);
    expect(nextYear.body.keyDays).toEqual([{ date: '2027-09-19', label: 'Journées du patrimoine', kind: 'key_date' }]);
    await editor.delete(`${base()}/key-dates/${once.body.id}`).expect(204);
    expect((await viewer.get(`${base()}/calendar?from=2026-09-01&to=2026-09-30`).expect(200)).body.keyDays).toHaveLength(1);
  });

  it('pages through briefs with a cursor, in planned order, without gaps or repeats', async () => {
    for (let day = 1; day <= 7; day++) {
      await editor.post(`${base()}/briefs`).send({ title: `Sujet ${day}`, plannedDate: `2027-01-0${day}`, plannedTime: '08:00' }).expect(201);
    }
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { title: string; plannedAt: string }[]; nextCursor: string | null } } = await viewer
        .get(`${base()}/briefs?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      titles.push(...page.body.items.map((b) => b.title));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.slice(-7)).toEqual(['Sujet 1', 'Sujet 2', 'Sujet 3', 'Sujet 4', 'Sujet 5', 'Sujet 6', 'Sujet 7']);
  });

  it('keeps comments on a brief', async () => {
    const brief = await editor.post(`${base()}/briefs`).send({ title: 'Avec commentaires', plannedDate: '2026-12-01', plannedTime: '09:00' }).expect(201);
    await contributor.post(`${base()}/briefs/${brief.body.id}/comments`).send({ body: 'Je propose une photo du parvis.' }).expect(201);
    await viewer.post(`${base()}/briefs/${brief.body.id}/comments`).send({ body: 'Lecteur' }).expect(403);
    const comments = await viewer.get(`${base()}/briefs/${brief.body.id}/comments`).expect(200);
    expect(comments.body.items).toEqual([expect.objectContaining({ body: 'Je propose une photo du parvis.' })]);
  });

  it('shows every change at once although calendar answers are cached', async () => {
    const range = `${base()}/calendar?from=2028-03-01&to=2028-03-31`;
    const theme = await editor.post(`${base()}/themes`).send({ name: 'Sport', color: '#00AA00' }).expect(201);
    const audience = await editor.post(`${base()}/audiences`).send({ name: 'Clubs' }).expect(201);
    const brief = await editor.post(`${base()}/briefs`).send({ title: 'Semi-marathon', plannedDate: '2028-03-12', plannedTime: '08:00', themeId: theme.body.id }).expect(201);
    const read = async () => (await viewer.get(range).expect(200)).body.items[0];
    expect((await read()).themeColor).toBe('#00AA00');
    const first = await viewer.get(range).expect(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    await viewer.get(range).set('If-None-Match', first.headers['etag']).expect(304);
    expect((await read()).themeColor).toBe('#00AA00');
    await editor.patch(`${base()}/themes/${theme.body.id}`).send({ color: '#0000AA' }).expect(200);
    await viewer.get(range).set('If-None-Match', first.headers['etag']).expect(200);
    expect((await read()).themeColor).toBe('#0000AA');
    await editor.patch(`${base()}/briefs/${brief.body.id}`).send({ audienceIds: [audience.body.id] }).expect(200);
    expect((await read()).audienceIds).toEqual([audience.body.id]);
    await editor.delete(`${base()}/audiences/${audience.body.id}`).expect(204);
    expect((await read()).audienceIds).toEqual([]);
    await editor.patch(`${base()}/briefs/${brief.body.id}`).send({ assigneeMembershipId: org.members.contributor.membershipId }).expect(200);
    expect((await read()).assignee.membershipId).toBe(org.members.contributor.membershipId);
    const admin = await fixtures.agentFor(org.members.admin.email);
    await admin.delete(`${base()}/members/${org.members.contributor.membershipId}`).expect(204);
    expect((await read()).assignee).toBeNull();
    await editor.delete(`${base()}/briefs/${brief.body.id}`).expect(204);
    expect((await viewer.get(range).expect(200)).body.items).toEqual([]);
  });
});
