import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { PlanningModule } from '../src';
import type TestAgent from 'supertest/lib/agent';

const HEADER = 'titre;date;heure;thème;campagne;publics;canaux;rédaction;statut;texte';

describe('CSV integrity: formulas, line breaks, one transaction, statut, French labels (real PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let editor: TestAgent;
  const base = () => `/api/orgs/${org.id}`;
  const count = async (): Promise<number> => (await editor.get(`${base()}/briefs?limit=100`).expect(200)).body.items.length;

  beforeAll(async () => {
    t = await createTestApp([PlanningModule]);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville des tableurs');
    editor = await fixtures.agentFor(org.members.editor.email);
    const admin = await fixtures.agentFor(org.members.admin.email);
    await admin.post(`${base()}/channels`).send({ network: 'bluesky', handle: 'ville.bsky.social', displayName: 'Ville' }).expect(201);
  });
  afterAll(() => t.close());

  it('neutralises spreadsheet formulas and keeps a multi-line text in one quoted cell; French statuses and networks', async () => {
    const channels = (await editor.get(`${base()}/channels`).expect(200)).body.items;
    for (const [title, body] of [
      ['=HYPERLINK("http://evil","clic")', 'ligne 1\nligne 2'],
      ['+33 1 23', '-moins'],
      ['@SUM(A1)', '\tTab'],
    ]) {
      await editor.post(`${base()}/briefs`).send({ title, body, plannedDate: '2026-10-01', plannedTime: '09:00', channelIds: [channels[0].id] }).expect(201);
    }
    const csv = (await editor.get(`${base()}/briefs-export?from=2026-10-01&to=2026-10-01`).expect(200)).text;
    const rows: Record<string, string>[] = parse(csv.replace(/^\uFEFF/, ''), { columns: true, delimiter: ';' });
    expect(rows.map((r) => r['titre']).sort()).toEqual(["'+33 1 23", "'=HYPERLINK(\"http://evil\",\"clic\")", "'@SUM(A1)"]);
    expect(rows.map((r) => r['texte']).sort()).toEqual(["'-moins", "'\tTab", 'ligne 1\nligne 2'].sort());
    expect(csv).toContain('"ligne 1\nligne 2"');
    expect(rows[0]?.['statut']).toBe('Idée');
    expect(rows[0]?.['canaux']).toBe('Bluesky:ville.bsky.social');
    // and the file comes back in as it went out
    const reimported = await editor.post(`${base()}/briefs-import`).send({ csv }).expect(201);
    expect(reimported.body.created).toBe(3);
  });

  it('imports the statut column, in French or as the old key', async () => {
    const csv = [HEADER, 'Statut français;2026-11-02;10:00;;;;;;En rédaction;', 'Ancienne clé;2026-11-03;10:00;;;;;;draft_submitted;', 'Sans statut;2026-11-04;10:00;;;;;;;'].join('\n');
    await editor.post(`${base()}/briefs-import`).send({ csv }).expect(201);
    const items = (await editor.get(`${base()}/briefs?limit=100`).expect(200)).body.items as { title: string; status: string }[];
    const statusOf = (title: string) => items.find((b) => b.title === title)?.status;
    expect([statusOf('Statut français'), statusOf('Ancienne clé'), statusOf('Sans statut')]).toEqual(['in_progress', 'draft_submitted', 'idea']);
    const bad = await editor.post(`${base()}/briefs-import`).send({ csv: [HEADER, 'Mauvais;2026-11-05;10:00;;;;;;Peut-être;'].join('\n') }).expect(422);
    expect(bad.body.details[0]).toMatchObject({ row: 2, field: 'statut' });
  });

  it('is all or nothing: a failure at row 1,500 of 2,000 leaves no row', async () => {
    const db = t.app.get(DataSource);
    await db.query(`CREATE FUNCTION fail_on_row_1500() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'Ligne 1500' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER fail_on_row_1500 BEFORE INSERT ON brief FOR EACH ROW EXECUTE FUNCTION fail_on_row_1500()`);
    try {
      const before = Number((await db.query(`SELECT count(*)::int AS n FROM brief WHERE organization_id = $1`, [org.id]))[0].n);
      const lines = Array.from({ length: 2000 }, (_v, i) => `Ligne ${i + 1};2026-12-01;09:00;;;;;;;`);
      const response = await editor.post(`${base()}/briefs-import`).send({ csv: [HEADER, ...lines].join('\n') });
      expect(response.status).toBeGreaterThanOrEqual(500);
      const after = Number((await db.query(`SELECT count(*)::int AS n FROM brief WHERE organization_id = $1`, [org.id]))[0].n);
      expect(after).toBe(before);
    } finally {
      await db.query('DROP TRIGGER fail_on_row_1500 ON brief');
      await db.query('DROP FUNCTION fail_on_row_1500()');
    }
  });

  it('offers a template, and answers an invalid export period with a 400 naming the field', async () => {
    const template = await editor.get(`${base()}/briefs-import/template`).expect(200);
    expect(template.headers['content-type']).toMatch(/text\/csv/);
    expect(template.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(HEADER);
    await editor.post(`${base()}/briefs-import`).send({ csv: template.text }).expect(201);
    const backwards = await editor.get(`${base()}/briefs-export?from=2026-10-10&to=2026-10-01`).expect(400);
    expect(backwards.body.details[0].field).toBe('to');
    const impossible = await editor.get(`${base()}/briefs-export?from=2026-02-30&to=2026-03-01`).expect(400);
    expect(impossible.body.details[0].field).toBe('from');
  });

  it('words statuses and networks in French in the iCalendar feed', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const channels = (await editor.get(`${base()}/channels`).expect(200)).body.items;
    await editor.post(`${base()}/briefs`).send({ title: 'Fête du quartier', plannedDate: soon, plannedTime: '10:00', channelIds: [channels[0].id] }).expect(201);
    const { url } = (await editor.post(`${base()}/calendar-feed`).expect(201)).body;
    const feed = await request(t.app.getHttpServer()).get(new URL(url).pathname).expect(200);
    const events = new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const description = events.find((e) => e.summary === 'Fête du quartier')?.description ?? '';
    expect(description).toContain('Statut : Idée');
    expect(description).toContain('Réseaux : Bluesky');
    expect(await count()).toBeGreaterThan(0);
  });
});
