import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobRunner } from '@parvis/api/core';
import { createTestApp, SmtpCapture, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { IdentityModule } from '@parvis/api/identity';
import { InstanceMailEntity, MailOutboxEntity, MailState, NotificationsModule } from '../src';

/** The one link of a mail's text (PUBLIC_URL is http://parvis.test in tests). */
function linkIn(text: string, path: string): string {
  const links = text.match(new RegExp(`http://parvis\\.test/${path}/[A-Za-z0-9_-]{43}`, 'g')) ?? [];
  expect(links).toHaveLength(1);
  return links[0] as string;
}
const tokenOf = (link: string): string => link.slice(link.lastIndexOf('/') + 1);

describe('identity mail: invitations and password-reset links (real PostgreSQL, real SMTP server)', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let fixtures: IdentityFixtures;
  const http = () => request(t.app.getHttpServer());
  const send = () => t.app.get(JobRunner).runNow('notifications.mail-sender');

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    t = await createTestApp([IdentityModule, NotificationsModule], { env: { SMTP_URL: smtp.url } });
    fixtures = new IdentityFixtures(t.app);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(() => smtp.clear());

  it('says the instance sends mail', async () => {
    expect((await http().get('/api/public-config').expect(200)).body).toMatchObject({ mailEnabled: true });
  });

  it('mails the invitation’s accept link to the invitee, in French, and the mailed link makes a member', async () => {
    const org = await fixtures.organization('Mairie de Lyon');
    const admin = await fixtures.agentFor(org.members.admin.email);
    const created = await admin.post(`/api/orgs/${org.id}/invitations`).send({ email: 'Nouvelle.Agente@Lyon.fr', role: 'approver' }).expect(201);
    expect(created.body.mailed).toBe(true);
    await send();
    const [mail, ...others] = smtp.to('nouvelle.agente@lyon.fr');
    expect(others).toEqual([]);
    expect(mail?.subject).toBe('Invitation à rejoindre Mairie de Lyon sur Parvis');
    expect(mail?.text).toContain('en tant que validateur');
    const link = linkIn(mail?.text ?? '', 'invitations');
    expect(link).toBe(created.body.acceptUrl);
    const accepted = await http().post(`/api/invitations/${tokenOf(link)}/accept`).send({ displayName: 'Nouvelle Agente', password: 'une phrase de passe solide' }).expect(200);
    expect(accepted.body.memberships).toEqual([expect.objectContaining({ role: 'approver', organization: expect.objectContaining({ id: org.id }) })]);
  });

  it('an invitation refused (already a member) leaves no mail behind', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    await admin.post(`/api/orgs/${org.id}/invitations`).send({ email: org.members.viewer.email, role: 'viewer' }).expect(409);
    expect(await t.app.get(DataSource).getRepository(MailOutboxEntity).countBy({ organizationId: org.id })).toBe(0);
  });

  it('« mot de passe oublié » answers the same for a known and an unknown address, and mails a working link to the account only', async () => {
    const org = await fixtures.organization();
    const { email } = org.members.contributor;
    const known = await http().post('/api/password-resets').send({ email: email.toUpperCase() }).expect(202);
    const unknown = await http().post('/api/password-resets').send({ email: 'personne@nulle-part.fr' }).expect(202);
    expect({ body: unknown.body, text: unknown.text, type: unknown.type }).toEqual({ body: known.body, text: known.text, type: known.type });
    await send();
    expect(smtp.to('personne@nulle-part.fr')).toEqual([]);
    const [mail, ...others] = smtp.to(email);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe('Réinitialisation de votre mot de passe Parvis');
    const link = linkIn(mail?.text ?? '', 'password-reset');
    await http().post(`/api/password-resets/${tokenOf(link)}`).send({ newPassword: 'une toute nouvelle phrase' }).expect(204);
    await http().post('/api/auth/login').send({ email, password: 'une toute nouvelle phrase' }).expect(200);
    await http().post(`/api/password-resets/${tokenOf(link)}`).send({ newPassword: 'encore une autre phrase' }).expect(410);
  });

  it('« mot de passe oublié » mails an instance operator in no organisation too (the instance’s own outbox), answering as for anyone', async () => {
    const operator = await fixtures.user({ email: 'operatrice@instance.fr', displayName: 'Opératrice', isInstanceAdmin: true });
    const stranger = await fixtures.user({ email: 'sans-organisation@instance.fr' });
    const known = await http().post('/api/password-resets').send({ email: 'OPERATRICE@instance.fr' }).expect(202);
    const unknown = await http().post('/api/password-resets').send({ email: 'personne@instance.fr' }).expect(202);
    const memberless = await http().post('/api/password-resets').send({ email: stranger.email }).expect(202);
    for (const other of [unknown, memberless]) expect({ body: other.body, text: other.text, type: other.type }).toEqual({ body: known.body, text: known.text, type: known.type });
    await send();
    expect(smtp.to('personne@instance.fr')).toEqual([]);
    expect(smtp.to(stranger.email)).toEqual([]);
    const [mail, ...others] = smtp.to(operator.email);
    expect(others).toEqual([]);
    expect(mail?.subject).toBe('Réinitialisation de votre mot de passe Parvis');
    const rows = await t.app.get(DataSource).getRepository(InstanceMailEntity).findBy({ toAddress: operator.email });
    expect(rows.map((row) => [row.state, row.toName])).toEqual([[MailState.Sent, 'Opératrice']]);
    const link = linkIn(mail?.text ?? '', 'password-reset');
    await http().post(`/api/password-resets/${tokenOf(link)}`).send({ newPassword: 'un nouveau sésame bien long' }).expect(204);
    const me = await http().post('/api/auth/login').send({ email: operator.email, password: 'un nouveau sésame bien long' }).expect(200);
    expect(me.body).toMatchObject({ user: { email: operator.email, isInstanceAdmin: true }, memberships: [] });
  });

  it('refuses a malformed address naming the field', async () => {
    const refused = await http().post('/api/password-resets').send({ email: 'pas-une-adresse' }).expect(400);
    expect(refused.body.details[0].field).toBe('email');
  });

  it('a reset issued by an admin is mailed too, and a new link replaces the mailed one', async () => {
    const org = await fixtures.organization();
    const admin = await fixtures.agentFor(org.members.admin.email);
    const issued = await admin.post(`/api/orgs/${org.id}/members/${org.members.viewer.membershipId}/password-reset`).expect(201);
    expect(issued.body.mailed).toBe(true);
    await send();
    const link = linkIn(smtp.to(org.members.viewer.email)[0]?.text ?? '', 'password-reset');
    expect(link).toBe(issued.body.resetUrl);
    await http().post('/api/password-resets').send({ email: org.members.viewer.email }).expect(202);
    await http().post(`/api/password-resets/${tokenOf(link)}`).send({ newPassword: 'une toute nouvelle phrase' }).expect(410);
  });
});
