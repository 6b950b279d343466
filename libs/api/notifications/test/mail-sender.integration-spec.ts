import { DataSource } from 'typeorm';
import { JobRunner, TransactionContext } from '@parvis/api/core';
import { createTestApp, SmtpCapture, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { IdentityModule } from '@parvis/api/identity';
import { MailOutbox, MailOutboxEntity, MailSender, MailState, NotificationsModule } from '../src';
import { MailClaimsRepository } from '../src/lib/mail/mail-claims.repository';
import { MailTransport } from '../src/lib/mail/mail-transport';
import { MAIL_MAX_ATTEMPTS } from '../src/lib/mail/mail-retry';

describe('mail sender (real PostgreSQL, real SMTP server)', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let organizationId: string;
  const outbox = () => t.app.get(MailOutbox);
  const table = () => t.app.get(DataSource).getRepository(MailOutboxEntity);
  const enqueue = (count: number, prefix = 'Mail') =>
    t.app.get(TransactionContext).run(async () => {
      for (let i = 1; i <= count; i++) {
        await outbox().enqueue({ organizationId }, { to: `agent${i}@ville.fr`, toName: `Agent ${i}`, subject: `${prefix} ${i} : à valider`, text: `Texte ${i}`, html: `<p>Texte ${i}</p>` });
      }
    });
  const runJob = () => t.app.get(JobRunner).runNow('notifications.mail-sender');
  /** Time passes: every deferred mail is due again. */
  const makeDue = () => table().createQueryBuilder().update().set({ nextAttemptAt: () => 'now()' }).execute();

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    t = await createTestApp([IdentityModule, NotificationsModule], { env: { SMTP_URL: smtp.url, MAIL_FROM: 'Mairie de Test <communication@ville.fr>' } });
    fixtures = new IdentityFixtures(t.app);
    organizationId = (await fixtures.organization()).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  beforeEach(async () => {
    smtp.clear();
    await table().clear();
  });

  it('sends pending mail once, from MAIL_FROM, with a stable Message-ID, and marks it sent', async () => {
    await enqueue(2);
    expect(await runJob()).toBe(true);
    expect(smtp.mails).toHaveLength(2);
    const [first] = smtp.to('agent1@ville.fr');
    const row = await table().findOneByOrFail({ toAddress: 'agent1@ville.fr' });
    expect(first).toMatchObject({ subject: 'Mail 1 : à valider', text: 'Texte 1', html: '<p>Texte 1</p>', from: 'communication@ville.fr', messageId: `<${row.id}@ville.fr>` });
    expect(first?.headers.get('auto-submitted')).toBe('auto-generated');
    expect(row).toMatchObject({ state: MailState.Sent, attempts: 1, lastError: null, leaseUntil: null });
    await makeDue();
    await runJob();
    expect(smtp.mails).toHaveLength(2);
  });

  it("retries a temporary refusal later with the server's words, then delivers it once", async () => {
    await enqueue(1);
    smtp.refuseNext(1, { code: 451, message: '4.3.0 Boîte pleine, réessayez plus tard' });
    await runJob();
    const deferred = await table().findOneByOrFail({ toAddress: 'agent1@ville.fr' });
    expect(deferred).toMatchObject({ state: MailState.Pending, attempts: 1 });
    expect(deferred.lastError).toMatch(/^451 4\.3\.0 Boîte pleine, réessayez plus tard/);
    expect(deferred.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(smtp.mails).toEqual([]);
    await runJob();
    expect(smtp.mails).toEqual([]);
    await makeDue();
    await runJob();
    expect(smtp.mails.map((m) => m.to)).toEqual([['agent1@ville.fr']]);
    expect(await table().findOneByOrFail({ id: deferred.id })).toMatchObject({ state: MailState.Sent, attempts: 2, lastError: null });
  });

  it('gives up after the last attempt, keeping the server’s words', async () => {
    await enqueue(1);
    // Nine temporary failures already happened.
    await table().createQueryBuilder().update().set({ attempts: MAIL_MAX_ATTEMPTS - 1 }).execute();
    smtp.refuseNext(1, { code: 452, message: '4.2.2 Boîte pleine' });
    await runJob();
    const row = await table().findOneByOrFail({ toAddress: 'agent1@ville.fr' });
    expect(row).toMatchObject({ state: MailState.Failed, attempts: MAIL_MAX_ATTEMPTS });
    expect(row.lastError).toMatch(/^Gave up after 10 attempts: 452 4\.2\.2 Boîte pleine/);
  });

  it("marks a permanent refusal failed with the server's words and never retries it", async () => {
    await enqueue(2);
    smtp.refuseNext(1, { code: 550, message: '5.1.1 Destinataire inconnu' }, 'agent1@ville.fr');
    await runJob();
    const rows = await table().find({ order: { toAddress: 'ASC' } });
    expect(rows.map((r) => [r.toAddress, r.state, r.lastError])).toEqual([
      ['agent1@ville.fr', MailState.Failed, expect.stringMatching(/^550 5\.1\.1 Destinataire inconnu/)],
      ['agent2@ville.fr', MailState.Sent, null],
    ]);
    await makeDue();
    await runJob();
    expect(smtp.to('agent1@ville.fr')).toEqual([]);
  });

  it('keeps every mail while the server is unreachable, and sends them once it is back', async () => {
    await enqueue(3);
    const claims = t.app.get(MailClaimsRepository);
    const down = { ...t.config, smtpUrl: 'smtp://127.0.0.1:1' };
    const transport = new MailTransport(down);
    const report = await new MailSender(claims, transport, down).sendDue();
    transport.onModuleDestroy();
    expect(report).toEqual({ sent: 0, retrying: 3, failed: 0 });
    const rows = await table().find();
    expect(rows.map((r) => r.state)).toEqual([MailState.Pending, MailState.Pending, MailState.Pending]);
    for (const row of rows) expect(row.lastError).toMatch(/ECONNREFUSED/);
    await makeDue();
    await runJob();
    expect(smtp.mails).toHaveLength(3);
  });

  it('three senders working at once send each mail exactly once', async () => {
    await enqueue(60, 'Parallèle');
    const claims = t.app.get(MailClaimsRepository);
    const transports = [0, 1, 2].map(() => new MailTransport(t.config));
    const reports = await Promise.all(transports.map((transport) => new MailSender(claims, transport, t.config).sendDue()));
    for (const transport of transports) transport.onModuleDestroy();
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(60);
    expect(smtp.mails).toHaveLength(60);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(60);
    expect(await table().countBy({ state: MailState.Sent })).toBe(60);
  });
});
