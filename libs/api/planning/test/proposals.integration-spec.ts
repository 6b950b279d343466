import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { PlanningModule } from '../src';
import type TestAgent from 'supertest/lib/agent';

describe('contributors propose, editors plan; delete and duplicate (real PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let editor: TestAgent;
  let contributor: TestAgent;
  const base = () => `/api/orgs/${org.id}`;

  beforeAll(async () => {
    t = await createTestApp([PlanningModule, NotificationsModule]);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville des propositions');
    editor = await fixtures.agentFor(org.members.editor.email);
    contributor = await fixtures.agentFor(org.members.contributor.email);
  });
  afterAll(() => t.close());

  it('a contributor proposes an idea assigned to themself, edits its text while it is an idea, the editor takes it into the planning', async () => {
    const proposal = await contributor.post(`${base()}/briefs`).send({ title: 'Idée de sujet', plannedDate: '2026-10-05', plannedTime: '09:00' }).expect(201);
    expect(proposal.body).toMatchObject({ status: 'idea', assignee: { membershipId: org.members.contributor.membershipId } });
    const url = `${base()}/briefs/${proposal.body.id}`;
    const told = (await editor.get(`${base()}/notifications`).expect(200)).body.items[0];
    expect(told).toMatchObject({ kind: 'brief_proposed', title: 'Idée de sujet', actorName: 'Agent de test' });
    await contributor.patch(url).send({ title: 'Idée mieux dite', body: 'Le texte' }).expect(200);
    const notMine = await contributor.patch(url).send({ plannedDate: '2026-10-06' }).expect(403);
    expect(notMine.body).toMatchObject({ code: 'BRIEF_FIELD_NOT_ALLOWED_FOR_ASSIGNEE', details: [{ field: 'plannedDate' }] });
    const other = await contributor
      .post(`${base()}/briefs`)
      .send({ title: 'Pour un autre', plannedDate: '2026-10-05', plannedTime: '09:00', assigneeMembershipId: org.members.editor.membershipId })
      .expect(400);
    expect(other.body).toMatchObject({ code: 'BRIEF_PROPOSAL_ASSIGNEE_NOT_SELF', details: [{ field: 'assigneeMembershipId' }] });

    await editor.patch(url).send({ status: 'assigned', plannedDate: '2026-10-07' }).expect(200);
    const locked = await contributor.patch(url).send({ title: 'Trop tard' }).expect(403);
    expect(locked.body.code).toBe('BRIEF_FIELD_NOT_ALLOWED_FOR_ASSIGNEE');
    await contributor.patch(url).send({ status: 'in_progress' }).expect(200);
    const elsewhere = await editor.post(`${base()}/briefs`).send({ title: 'Pas à moi', plannedDate: '2026-10-05', plannedTime: '09:00' }).expect(201);
    const refused = await contributor.patch(`${base()}/briefs/${elsewhere.body.id}`).send({ status: 'in_progress' }).expect(403);
    expect(refused.body.code).toBe('BRIEF_NOT_ASSIGNEE');
  });

  it('refuses to assign a brief to a member who does not write (a viewer), naming the field', async () => {
    const refused = await editor
      .post(`${base()}/briefs`)
      .send({ title: 'Au lecteur', plannedDate: '2026-10-05', plannedTime: '09:00', assigneeMembershipId: org.members.viewer.membershipId })
      .expect(400);
    expect(refused.body.details[0].field).toBe('assigneeMembershipId');
  });

  it('duplicates a brief as an unassigned idea with the same references, and deletes with If-Match', async () => {
    const audience = (await editor.post(`${base()}/audiences`).send({ name: 'Seniors' }).expect(201)).body.id;
    const source = await editor
      .post(`${base()}/briefs`)
      .send({ title: 'Original', body: 'Texte', plannedDate: '2026-10-09', plannedTime: '11:15', audienceIds: [audience], assigneeMembershipId: org.members.contributor.membershipId })
      .expect(201);
    const copy = await editor.post(`${base()}/briefs/${source.body.id}/duplicate`).expect(201);
    expect(copy.body).toMatchObject({ title: 'Original (copie)', body: 'Texte', status: 'idea', assignee: null, audienceIds: [audience], plannedLocal: { date: '2026-10-09', time: '11:15' }, version: 1 });
    await contributor.post(`${base()}/briefs/${source.body.id}/duplicate`).expect(403);
    await editor.delete(`${base()}/briefs/${copy.body.id}`).set('If-Match', '"1"').expect(204);
    await editor.get(`${base()}/briefs/${copy.body.id}`).expect(404);
  });
});
