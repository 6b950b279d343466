import { JobRunner, TransactionContext } from '@parvis/api/core';
import { createTestApp, SmtpCapture, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import { IdentityModule } from '@parvis/api/identity';
import { DailyDigests, NotificationKind, NotificationsModule, NotificationsService } from '../src';
import { digestCutoff } from '../src/lib/preferences/digest-cutoff';

describe('notification e-mails and preferences (real PostgreSQL, real SMTP server)', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let fixtures: IdentityFixtures;
  const notify = (org: TestOrg, userId: string, title: string, link: string | null = `/orgs/${org.id}/posts/p1`) =>
    t.app.get(TransactionContext).run(() => t.app.get(NotificationsService).notify({ organizationId: org.id }, { userId, kind: NotificationKind.PostReviewRequested, title, link, actorUserId: null }));
  const deliver = () => t.app.get(JobRunner).runNow('notifications.mail-sender');
  const prefs = (org: TestOrg) => `/api/orgs/${org.id}/me/notification-preferences`;

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

  it('mails each notification at once (the default) to its member only, in French, with the link', async () => {
    const org = await fixtures.organization('Ville de Brest');
    const { contributor, viewer } = org.members;
    await notify(org, contributor.userId, 'Un post attend votre validation : « Fête de la musique »');
    await deliver();
    expect(smtp.mails.map((m) => m.to)).toEqual([[contributor.email]]);
    const [mail] = smtp.mails;
    expect(mail?.subject).toBe('[Ville de Brest] Un post attend votre validation : « Fête de la musique »');
    expect(mail?.text).toContain(`Ouvrir dans Parvis : http://parvis.test/orgs/${org.id}/posts/p1`);
    expect(mail?.text).toContain('modifiez vos préférences : http://parvis.test/account');
    expect(mail?.html).toContain(`<a href="http://parvis.test/orgs/${org.id}/posts/p1"`);
    expect(mail?.html).toContain('<html lang="fr">');
    expect(smtp.to(viewer.email)).toEqual([]);
  });

  it('reads and writes my own preference per organisation, with If-Match and named errors', async () => {
    const org = await fixtures.organization();
    const other = await fixtures.organization();
    const me = await fixtures.agentFor(org.members.viewer.email);
    const initial = await me.get(prefs(org)).expect(200);
    expect(initial.body).toEqual({ emailMode: 'immediate', emailEnabled: true, version: 0 });
    expect(initial.headers['etag']).toBe('"0"');
    const off = await me.put(prefs(org)).set('If-Match', '"0"').send({ emailMode: 'off' }).expect(200);
    expect(off.body).toEqual({ emailMode: 'off', emailEnabled: true, version: 1 });
    const stale = await me.put(prefs(org)).set('If-Match', '"0"').send({ emailMode: 'daily_digest' }).expect(412);
    expect(stale.body).toMatchObject({ code: 'VERSION_MISMATCH', details: { current: { emailMode: 'off', version: 1 } } });
    const bad = await me.put(prefs(org)).send({ emailMode: 'weekly' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('emailMode');
    await me.put(prefs(org)).send({ emailMode: 'off', extra: true }).expect(400);
    await me.put(prefs(org)).send({}).expect(400);
    expect((await me.put(prefs(org)).send({ emailMode: 'daily_digest' }).expect(200)).body).toMatchObject({ emailMode: 'daily_digest', version: 2 });
    // Someone else's choice and another organisation are untouched; a non-member gets 404.
    const colleague = await fixtures.agentFor(org.members.editor.email);
    expect((await colleague.get(prefs(org)).expect(200)).body).toMatchObject({ emailMode: 'immediate', version: 0 });
    await me.get(prefs(other)).expect(404);
  });

  it('sends nothing to a member who chose off (the notification stays in the app)', async () => {
    const org = await fixtures.organization();
    const member = org.members.approver;
    await (await fixtures.agentFor(member.email)).put(prefs(org)).send({ emailMode: 'off' }).expect(200);
    await notify(org, member.userId, 'Rien par e-mail');
    await deliver();
    expect(smtp.mails).toEqual([]);
    const page = await (await fixtures.agentFor(member.email)).get(`/api/orgs/${org.id}/notifications`).expect(200);
    expect(page.body.items.map((n: { title: string }) => n.title)).toEqual(['Rien par e-mail']);
  });

  it('groups the day in one digest at 07:00 organisation time, once, without what was already mailed', async () => {
    const org = await fixtures.organization('Ville de Brest');
    const member = org.members.editor;
    await notify(org, member.userId, 'Avant le récapitulatif');
    await (await fixtures.agentFor(member.email)).put(prefs(org)).send({ emailMode: 'daily_digest' }).expect(200);
    await notify(org, member.userId, 'Premier du jour');
    await notify(org, member.userId, 'Second du jour', null);
    await notify(org, org.members.contributor.userId, 'Pour un autre membre');
    await deliver();
    expect(smtp.to(member.email).map((m) => m.subject)).toEqual(['[Ville de Brest] Avant le récapitulatif']);
    smtp.clear();

    const cutoff = digestCutoff(new Date(Date.now() + 24 * 3600_000), 'Europe/Paris');
    const at = new Date(cutoff.getTime() + 60_000);
    const digests = t.app.get(DailyDigests);
    expect(await digests.sendDue(new Date(cutoff.getTime() - 60_000))).toBe(0);
    const written = await Promise.all([digests.sendDue(at), digests.sendDue(at)]);
    expect(written.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await digests.sendDue(at)).toBe(0);
    await deliver();
    const [digest, ...more] = smtp.to(member.email);
    expect(more).toEqual([]);
    expect(digest?.subject).toMatch(/^\[Ville de Brest\] Votre récapitulatif du \p{L}+ \d{1,2} \p{L}+ \d{4} : 2 notifications$/u);
    expect(digest?.text).toContain('Premier du jour');
    expect(digest?.text).toContain(`http://parvis.test/orgs/${org.id}/posts/p1`);
    expect(digest?.text).toContain('Second du jour\n  http://parvis.test/\n');
    expect(digest?.text).not.toContain('Avant le récapitulatif');
    expect(digest?.text).not.toContain('Pour un autre membre');
    // The next day has nothing new: no mail.
    expect(await digests.sendDue(new Date(at.getTime() + 24 * 3600_000))).toBe(0);
  });
});
