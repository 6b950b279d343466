import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { wallClockToInstant } from '@parvis/shared/domain';
import { PlanningModule } from '../src';
import type TestAgent from 'supertest/lib/agent';

describe('planning exchange: iCalendar feed, CSV export and import (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let org: TestOrg;
  let editor: TestAgent;
  const base = () => `/api/orgs/${org.id}`;

  beforeAll(async () => {
    t = await createTestApp([PlanningModule]);
    fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville Exportatrice');
    editor = await fixtures.agentFor(org.members.editor.email);
    await editor.post(`${base()}/themes`).send({ name: 'Culture', color: '#AA3300' }).expect(201);
    await editor.post(`${base()}/audiences`).send({ name: 'Parents' }).expect(201);
  });
  afterAll(() => t.close());

  it('serves a valid iCalendar feed on a secret URL, which can be replaced and revoked', async () => {
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await editor.post(`${base()}/briefs`).send({ title: 'Forum des associations', plannedDate: soon, plannedTime: '10:00', body: 'Samedi au gymnase' }).expect(201);
    const viewer = await fixtures.agentFor(org.members.viewer.email);
    expect((await viewer.get(`${base()}/calendar-feed`).expect(200)).body.active).toBe(false);
    const { url } = (await viewer.post(`${base()}/calendar-feed`).expect(201)).body;
    const path = new URL(url).pathname;
    const feed = await request(t.app.getHttpServer()).get(path).expect(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toContain('Forum des associations');
    const event = events.find((e) => e.summary === 'Forum des associations');
    expect(event?.startDate.toJSDate().toISOString()).toBe(wallClockToInstant({ date: soon, time: '10:00' }, 'Europe/Paris').toISOString());

    const replaced = (await viewer.post(`${base()}/calendar-feed`).expect(201)).body.url;
    await request(t.app.getHttpServer()).get(path).expect(404);
    await request(t.app.getHttpServer()).get(new URL(replaced).pathname).expect(200);
    await viewer.delete(`${base()}/calendar-feed`).expect(204);
    await request(t.app.getHttpServer()).get(new URL(replaced).pathname).expect(404);
  });

  it('round-trips the planning through CSV, and reports bad rows without importing anything', async () => {
    await editor.post(`${base()}/briefs`).send({ title: 'Rentrée scolaire', plannedDate: '2027-09-01', plannedTime: '08:30', body: 'Horaires; cantine', assigneeMembershipId: org.members.contributor.membershipId }).expect(201);
    const exported = await editor.get(`${base()}/briefs-export?from=2027-09-01&to=2027-09-30`).expect(200);
    expect(exported.headers['content-type']).toMatch(/text\/csv/);
    const rows: Record<string, string>[] = parse(exported.text.replace(/^\uFEFF/, ''), { columns: true, delimiter: ';' });
    expect(rows).toEqual([
      expect.objectContaining({ titre: 'Rentrée scolaire', date: '2027-09-01', heure: '08:30', rédaction: org.members.contributor.email, texte: 'Horaires; cantine' }),
    ]);

    const csv = ['titre;date;heure;thème;publics;rédaction', 'Fête de la musique;2027-06-21;18:00;Culture;Parents;' + org.members.contributor.email, 'Sans date;;;;;', 'Thème inconnu;2027-06-22;10:00;Sport;;', 'Date impossible;2027-02-30;10:00;;;'].join('\n');
    const refused = await editor.post(`${base()}/briefs-import`).send({ csv }).expect(422);
    expect(refused.body.code).toBe('CSV_INVALID_ROWS');
    expect(refused.body.details).toEqual([
      { row: 3, field: 'date', message: expect.any(String) },
      { row: 4, field: 'thème', message: expect.stringContaining('Sport') },
      { row: 5, field: 'date', message: expect.any(String) },
    ]);
    expect((await editor.get(`${base()}/calendar?from=2027-06-01&to=2027-06-30`).expect(200)).body.items).toEqual([]);

    const good = (await editor.post(`${base()}/briefs-import`).send({ csv: csv.split('\n').slice(0, 2).join('\n') }).expect(201)).body;
    expect(good).toEqual({ created: 1 });
    const june = (await editor.get(`${base()}/calendar?from=2027-06-01&to=2027-06-30`).expect(200)).body.items;
    expect(june).toEqual([expect.objectContaining({ title: 'Fête de la musique', plannedLocal: { date: '2027-06-21', time: '18:00' }, status: 'assigned' })]);

    const viewer = await fixtures.agentFor(org.members.viewer.email);
    await viewer.post(`${base()}/briefs-import`).send({ csv }).expect(403);
  });
});

