import { JobRunner } from '@parvis/api/core';
import { createTestApp, SmtpCapture, TestApp } from '@parvis/api/testing';
import supertest from 'supertest';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

/** The link goes out by e-mail through the outbox (a real SMTP server captures it), and works from the mail. */
describe('external review link by e-mail (real PostgreSQL, real SMTP server)', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    t = await createTestApp([ApprovalsModule], { env: { SMTP_URL: smtp.url, MAIL_FROM: 'Mairie <communication@ville.fr>' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails the link to the person named, in French, and the mailed URL opens the page', async () => {
    const s = await Scenario.create(t, 'Ville qui écrit');
    await s.admin.post(`${s.base}/circuits`).send({ name: 'Cabinet', priority: 10, steps: [{ name: 'Cabinet du maire', approverKind: 'external', quorum: 'any' }] }).expect(201);
    const post = await s.post(s.contributor);
    await s.submit(s.contributor, post.id).expect(200);
    const sent = (await s.editor.post(`${s.base}/posts/${post.id}/external-reviews`).send({ name: 'Claire Martin', email: 'claire.martin@mairie.fr' }).expect(201)).body;
    expect(sent.mailed).toBe(true);
    await t.app.get(JobRunner).runNow('notifications.mail-sender');
    const [mail] = smtp.to('claire.martin@mairie.fr');
    expect(smtp.to('claire.martin@mairie.fr')).toHaveLength(1);
    // The editors were asked by mail too (their notification) to send the link.
    expect(smtp.to(s.org.members.editor.email).map((m) => m.subject)).toEqual([expect.stringContaining('attend l’envoi d’un lien de validation externe')]);
    expect(mail?.subject).toBe('Ville qui écrit : une publication attend votre validation');
    expect(mail?.text).toContain('Bonjour Claire Martin,');
    expect(mail?.text).toContain(sent.url);
    const token = String(sent.url).split('/').pop();
    await supertest(t.app.getHttpServer()).get(`/api/external-reviews/${token}`).expect(200);
  });
});
