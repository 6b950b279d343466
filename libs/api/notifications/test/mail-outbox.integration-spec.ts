import { DataSource } from 'typeorm';
import { TransactionContext } from '@parvis/api/core';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures } from '@parvis/api/identity/testing';
import { IdentityModule } from '@parvis/api/identity';
import { MailOutbox, MailOutboxEntity, MailState, NotificationsModule } from '../src';
import { MailOutboxRepositories } from '../src/lib/mail/mail-outbox.repository';

describe('mail outbox (real PostgreSQL)', () => {
  let t: TestApp;
  let fixtures: IdentityFixtures;
  let outbox: MailOutbox;
  let transactions: TransactionContext;
  const rows = (organizationId: string) => t.app.get(DataSource).getRepository(MailOutboxEntity).find({ where: { organizationId }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, NotificationsModule], { env: { SMTP_URL: 'smtp://127.0.0.1:2525' } });
    fixtures = new IdentityFixtures(t.app);
    outbox = t.app.get(MailOutbox);
    transactions = t.app.get(TransactionContext);
  });
  afterAll(() => t.close());

  it('writes a pending row in the caller’s transaction, headers on one line', async () => {
    const org = await fixtures.organization();
    await transactions.run(() =>
      outbox.enqueue({ organizationId: org.id }, { to: 'elu@ville.fr', toName: 'Mme\r\nBcc: x@y.fr Le Maire', subject: 'Validation\nattendue', text: 'Bonjour\u0000', html: '<p>Bonjour</p>' }),
    );
    const [row, ...rest] = await rows(org.id);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ toAddress: 'elu@ville.fr', toName: 'Mme Bcc: x@y.fr Le Maire', subject: 'Validation attendue', text: 'Bonjour', html: '<p>Bonjour</p>', state: MailState.Pending, attempts: 0 });
  });

  it("refuses to write outside the caller's transaction, rolls back with it, and refuses a list of addresses", async () => {
    const org = await fixtures.organization();
    const mail = { to: 'agent@ville.fr', subject: 'Sujet', text: 'Texte' };
    await expect(outbox.enqueue({ organizationId: org.id }, mail)).rejects.toThrow(/inside the caller's transaction/);
    await expect(
      transactions.run(async () => {
        await outbox.enqueue({ organizationId: org.id }, mail);
        throw new Error('the announced change failed');
      }),
    ).rejects.toThrow('the announced change failed');
    await expect(transactions.run(() => outbox.enqueue({ organizationId: org.id }, { ...mail, to: 'a@ville.fr, b@ville.fr' }))).rejects.toThrow(/one plain e-mail address/);
    expect(await rows(org.id)).toEqual([]);
  });

  it('writes nothing when SMTP_URL is unset (no flood of stale mail once it is configured)', async () => {
    const org = await fixtures.organization();
    const unconfigured = new MailOutbox(t.app.get(MailOutboxRepositories), transactions, { ...t.config, smtpUrl: null });
    expect(unconfigured.enabled).toBe(false);
    await transactions.run(() => unconfigured.enqueue({ organizationId: org.id }, { to: 'agent@ville.fr', subject: 'Sujet', text: 'Texte' }));
    expect(await rows(org.id)).toEqual([]);
  });
});
