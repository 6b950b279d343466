import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '../src';
import type TestAgent from 'supertest/lib/agent';

/** Contract A on PostgreSQL: versions, ETag, If-Match; concurrent PATCHes of different fields all survive. */
describe('concurrent edits of one brief (real PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let editor: TestAgent;
  const base = () => `/api/orgs/${org.id}`;
  const ref: Record<string, string[]> = { themes: [], audiences: [], channels: [] };

  beforeAll(async () => {
    t = await createTestApp([PlanningModule, NotificationsModule]);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville concurrente');
    editor = await fixtures.agentFor(org.members.editor.email);
    const admin = await fixtures.agentFor(org.members.admin.email);
    for (let i = 0; i < 10; i++) {
      ref['themes']?.push((await editor.post(`${base()}/themes`).send({ name: `Thème ${i}`, color: '#112233' }).expect(201)).body.id);
      ref['audiences']?.push((await editor.post(`${base()}/audiences`).send({ name: `Public ${i}` }).expect(201)).body.id);
      ref['channels']?.push((await admin.post(`${base()}/channels`).send({ network: 'mastodon', handle: `@c${i}@x.fr`, displayName: `C${i}` }).expect(201)).body.id);
    }
  });
  afterAll(() => t.close());

  it('7 parallel PATCHes of different fields, 10 rounds: no 5xx, no field lost', async () => {
    const created = await editor.post(`${base()}/briefs`).send({ title: 'Départ', plannedDate: '2026-09-01', plannedTime: '09:00' }).expect(201);
    const url = `${base()}/briefs/${created.body.id}`;
    const statuses: number[] = [];
    let lost = 0;
    for (let round = 0; round < 10; round++) {
      const wanted = {
        title: `Titre ${round}`,
        body: `Texte ${round}`,
        plannedTime: `1${round}:30`,
        draftDueDate: `2026-08-${String(10 + round)}`,
        themeId: ref['themes']?.[round],
        audienceIds: [ref['audiences']?.[round]],
        channelIds: [ref['channels']?.[round]],
      };
      const responses = await Promise.all(Object.entries(wanted).map(([field, value]) => editor.patch(url).send({ [field]: value })));
      statuses.push(...responses.map((r) => r.status));
      const after = (await editor.get(url).expect(200)).body;
      const got = {
        title: after.title,
        body: after.body,
        plannedTime: after.plannedLocal.time,
        draftDueDate: after.draftDueDate,
        themeId: after.themeId,
        audienceIds: after.audienceIds,
        channelIds: after.channelIds,
      };
      lost += Object.keys(wanted).filter((key) => JSON.stringify(got[key as keyof typeof got]) !== JSON.stringify(wanted[key as keyof typeof wanted])).length;
      expect(after.version).toBe(1 + 7 * (round + 1));
    }
    expect({ serverErrors: statuses.filter((s) => s >= 500).length, notOk: statuses.filter((s) => s !== 200).length, lostFields: lost }).toEqual({
      serverErrors: 0,
      notOk: 0,
      lostFields: 0,
    });
  });

  it('sends the version as ETag; a stale If-Match gets 412 with the current state; a bad one a 400 naming it', async () => {
    const created = await editor.post(`${base()}/briefs`).send({ title: 'Versionné', plannedDate: '2026-09-02', plannedTime: '09:00' }).expect(201);
    expect(created.body.version).toBe(1);
    expect(created.headers['etag']).toBe('"1"');
    const url = `${base()}/briefs/${created.body.id}`;
    expect((await editor.get(url).expect(200)).headers['etag']).toBe('"1"');
    const first = await editor.patch(url).set('If-Match', '"1"').send({ title: 'Première main' }).expect(200);
    expect(first.headers['etag']).toBe('"2"');
    const stale = await editor.patch(url).set('If-Match', '"1"').send({ title: 'Seconde main' }).expect(412);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
    expect(stale.body.details.current).toMatchObject({ id: created.body.id, title: 'Première main', version: 2 });
    await editor.patch(url).set('If-Match', 'W/"2"').send({ body: 'faible accepté' }).expect(200);
    await editor.patch(url).set('If-Match', '3').send({ body: 'nu accepté' }).expect(200);
    const bad = await editor.patch(url).set('If-Match', 'abc').send({ title: 'x' }).expect(400);
    expect(bad.body.details[0].field).toBe('If-Match');
    await editor.delete(url).set('If-Match', '"2"').expect(412);
    await editor.delete(url).set('If-Match', '"4"').expect(204);
    await editor.get(url).expect(404);
  });

  it('versions the editorial line too (a theme: ETag, 412, the update writes only what is sent)', async () => {
    const theme = await editor.post(`${base()}/themes`).send({ name: 'Versionnée', color: '#445566', objectives: 'Objectif' }).expect(201);
    const url = `${base()}/themes/${theme.body.id}`;
    await editor.patch(url).set('If-Match', '"1"').send({ color: '#000000' }).expect(200);
    const stale = await editor.patch(url).set('If-Match', '"1"').send({ name: 'Autre' }).expect(412);
    expect(stale.body.details.current).toMatchObject({ name: 'Versionnée', color: '#000000', objectives: 'Objectif', version: 2 });
  });
});
