import { AuditLog, TransactionContext } from '@parvis/api/core';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { DataSource } from 'typeorm';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

/** The audit log: append-only in PostgreSQL itself, written only with what it records, read and exported by admins. */
describe('audit log (real PostgreSQL)', () => {
  let t: TestApp;
  let s: Scenario;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
    s = await Scenario.create(t, 'Ville archivée');
  });
  afterAll(() => t.close());

  it('refuses UPDATE, DELETE and TRUNCATE by direct SQL from the app’s own connection', async () => {
    await s.admin.post(`${s.base}/circuits`).send({ name: 'Circuit audité', steps: [{ name: 'Un', approverKind: 'role', role: 'editor', quorum: 'any' }] }).expect(201);
    const db = t.app.get(DataSource);
    const before: { n: string }[] = await db.query('SELECT count(*) AS n FROM audit_event');
    expect(Number(before[0]?.n)).toBeGreaterThan(0);
    await expect(db.query(`UPDATE audit_event SET action = 'forged'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.query('DELETE FROM audit_event')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.query('TRUNCATE audit_event')).rejects.toThrow(/append-only: TRUNCATE refused/);
    const after: { n: string; forged: string }[] = await db.query(`SELECT count(*) AS n, count(*) FILTER (WHERE action = 'forged') AS forged FROM audit_event`);
    expect([after[0]?.n, after[0]?.forged]).toEqual([before[0]?.n, '0']);
  });

  it('is written only inside the caller’s transaction, and rolls back with it', async () => {
    const audit = t.app.get(AuditLog);
    const scope = { organizationId: s.org.id };
    const entry = { actor: 'system' as const, objectType: 'test', objectId: null, action: 'test.rolled_back' };
    await expect(audit.record(scope, entry)).rejects.toThrow(/inside the caller's transaction/);
    await expect(t.app.get(TransactionContext).run(async () => {
      await audit.record(scope, entry);
      throw new Error('the change fails');
    })).rejects.toThrow('the change fails');
    expect(await s.audit({ action: 'test.rolled_back' })).toEqual([]);
  });

  it('pages and filters for admins only, and exports CSV with formulas neutralised, itself logged', async () => {
    // A justification is typed by a member: it may start like a spreadsheet formula.
    await s.editor.put(`${s.base}/publication-pause`).send({ paused: true, reason: '=HYPERLINK("http://x")' }).expect(200);
    await s.editor.get(`${s.base}/audit-events`).expect(403);
    await s.admin.post(`${s.base}/circuits`).send({ name: 'Deuxième', steps: [{ name: 'Un', approverKind: 'role', role: 'editor', quorum: 'any' }] }).expect(201);
    const page = (await s.admin.get(`${s.base}/audit-events`).query({ action: 'circuit.create', limit: 1 }).expect(200)).body;
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ objectType: 'circuit', actorName: expect.any(String), requestId: expect.any(String), clientAddress: expect.any(String) });
    const next = (await s.admin.get(`${s.base}/audit-events`).query({ action: 'circuit.create', limit: 1, cursor: page.nextCursor }).expect(200)).body;
    expect(next.items[0].id).not.toBe(page.items[0].id);
    expect((await s.admin.get(`${s.base}/audit-events`).query({ from: 'hier' }).expect(400)).body.details[0].field).toBe('from');
    const csv = await s.admin.get(`${s.base}/audit-events/export`).query({ format: 'csv', action: 'publication.pause' }).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain(`'=HYPERLINK`);
    expect(csv.text).not.toMatch(/;"?=HYPERLINK/);
    const json = await s.admin.get(`${s.base}/audit-events/export`).query({ format: 'json' }).expect(200);
    expect(JSON.parse(json.text).length).toBeGreaterThan(1);
    expect((await s.audit({ action: 'audit.export' })).length).toBe(2);
  });

  it('records a member’s role change with before and after', async () => {
    const viewer = s.org.members.viewer.membershipId;
    await s.admin.patch(`${s.base}/members/${viewer}`).send({ role: 'contributor' }).expect(200);
    const [change] = await s.audit({ objectId: viewer, action: 'member.role_change' });
    expect(change).toMatchObject({ objectType: 'membership', actorMembershipId: s.org.members.admin.membershipId, details: { from: 'viewer', to: 'contributor' } });
  });

  it('filters by actor and by object (the page’s author and object pickers), and names the field of a bad id', async () => {
    const editor = s.org.members.editor.membershipId;
    const admin = s.org.members.admin.membershipId;
    await s.editor.put(`${s.base}/publication-pause`).send({ paused: true, reason: 'Vérification des comptes' }).expect(200);
    await s.editor.put(`${s.base}/publication-pause`).send({ paused: false }).expect(200);
    const circuit = (await s.admin.post(`${s.base}/circuits`).send({ name: 'Circuit filtré', steps: [{ name: 'Un', approverKind: 'role', role: 'editor', quorum: 'any' }] }).expect(201)).body;
    await s.admin.post(`${s.base}/circuits`).send({ name: 'Autre circuit', steps: [{ name: 'Un', approverKind: 'role', role: 'editor', quorum: 'any' }] }).expect(201);

    const byEditor = await s.audit({ actorMembershipId: editor, limit: '100' });
    expect(byEditor.length).toBeGreaterThanOrEqual(2);
    expect(new Set(byEditor.map((e: { actorMembershipId: string }) => e.actorMembershipId))).toEqual(new Set([editor]));
    expect(byEditor.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['publication.pause', 'publication.resume']));
    expect(await s.audit({ actorMembershipId: editor, action: 'circuit.create' })).toEqual([]);

    const ofCircuit = await s.audit({ objectType: 'circuit', objectId: circuit.id });
    expect(ofCircuit.map((e: { objectId: string; action: string; actorMembershipId: string }) => [e.objectId, e.action, e.actorMembershipId])).toEqual([[circuit.id, 'circuit.create', admin]]);
    expect(await s.audit({ objectType: 'circuit', objectId: circuit.id, actorMembershipId: editor })).toEqual([]);

    const json = await s.admin.get(`${s.base}/audit-events/export`).query({ format: 'json', objectId: circuit.id }).expect(200);
    expect(JSON.parse(json.text).map((e: { objectId: string }) => e.objectId)).toEqual([circuit.id]);

    for (const field of ['actorMembershipId', 'objectId']) {
      const bad = await s.admin.get(`${s.base}/audit-events`).query({ [field]: 'bruno' }).expect(400);
      expect(bad.body.details).toEqual([{ field, messages: [`${field} must be a UUID`] }]);
      await s.admin.get(`${s.base}/audit-events/export`).query({ [field]: 'bruno' }).expect(400);
    }
  });
});

