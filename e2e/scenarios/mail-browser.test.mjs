// Mail scenario: the built app started with SMTP_URL pointing at a real SMTP server (smtp-server, in
// this process) and its jobs on, as in production. The editor assigns a brief to the contributor:
// the sender job delivers the French e-mail with the link to PUBLIC_URL. The contributor then
// chooses the daily digest on « Mon compte » in Chromium (axe-core, screenshots at 1280 and 390 px).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { startApp } from '../support/app-server.mjs';
import {
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  DEMO_PASSWORD,
  launchChromium,
  PHONE,
  signedInPage,
  teamShotsDir,
} from '../support/browser.mjs';
import { HttpSession, show } from '../support/http-session.mjs';

const CITY = 'Ville de Démo';
const AGENT = 'agent@demo.parvis.fr';

/** A real SMTP server on loopback that keeps what it accepts (no TLS, no auth: a local relay). */
async function startSmtp() {
  const mails = [];
  const server = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: parsed.subject ?? '', text: parsed.text ?? '', html: parsed.html || '' });
        callback();
      }, callback);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { mails, url: `smtp://127.0.0.1:${server.server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Waits for a mail matching `match` (the sender job ticks every 30 s); fails after `limitMs`. */
async function mailFor(smtp, match, limitMs = 120_000) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const found = smtp.mails.find(match);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`no matching mail within ${limitMs / 1000} s; received: ${JSON.stringify(smtp.mails.map((m) => [m.to, m.subject]))}`);
    await sleep(500);
  }
}

describe('Mail scenario: a notification mailed through SMTP, and the e-mail preference on « Mon compte »', () => {
  let smtp;
  let app;
  let dataDir;
  let cityId;
  let browser;
  const pageErrors = [];

  before(async () => {
    smtp = await startSmtp();
    dataDir = await mkdtemp(join(tmpdir(), 'parvis-e2e-mail-'));
    app = await startApp({
      label: 'mail-app',
      echo: process.env.E2E_APP_LOGS === '1',
      env: {
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        DATABASE_SCHEMA: '',
        SEED_DEMO: 'true',
        JOBS_ENABLED: 'true',
        PUBLISHER_ENABLED: 'false',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Ville de Démo <communication@demo.parvis.fr>',
        LOGIN_RATE_LIMIT_PER_MINUTE: '100',
      },
    });
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('mails the contributor, in French, when the editor assigns them a brief', async () => {
    const editor = new HttpSession(app.baseUrl);
    const me = await editor.login('editeur@demo.parvis.fr', DEMO_PASSWORD);
    cityId = me.memberships.find((m) => m.organization.name === CITY).organization.id;
    const members = await editor.get(`/api/orgs/${cityId}/members?limit=100`);
    const agent = members.body.items.find((m) => m.email === AGENT);
    const title = `Portrait du marché de Noël ${Date.now()}`;
    const brief = await editor.post(`/api/orgs/${cityId}/briefs`, { title, plannedDate: '2026-12-18', plannedTime: '10:00' });
    assert.equal(brief.status, 201, show(brief));
    const assigned = await editor.patch(`/api/orgs/${cityId}/briefs/${brief.body.id}`, { assigneeMembershipId: agent.id });
    assert.equal(assigned.status, 200, show(assigned));

    const mail = await mailFor(smtp, (m) => m.to.includes(AGENT) && m.text.includes(title));
    assert.match(mail.subject, /^\[Ville de Démo\] /);
    assert.match(mail.text, /^Bonjour /);
    assert.ok(mail.text.includes(`Ouvrir dans Parvis : ${app.baseUrl}/orgs/${cityId}/`), mail.text);
    assert.ok(mail.html.includes('<html lang="fr">'), mail.html);
    assert.equal(smtp.mails.filter((m) => m.text.includes(title)).length, 1, 'the editor, who did it, gets no mail; the agent gets one');
  });

  it('lets the contributor choose the daily digest on « Mon compte », accessible at 1280 and 390 px', async () => {
    browser = await launchChromium();
    const { page } = await signedInPage(browser, { baseUrl: app.baseUrl, email: AGENT, pageErrors });
    await page.goto(`${app.baseUrl}/account`);
    const form = page.getByRole('form', { name: `Notifications par e-mail pour ${CITY}` });
    await form.getByRole('radio', { name: /À chaque notification/ }).waitFor();
    assert.equal(await form.getByRole('radio', { name: /À chaque notification/ }).isChecked(), true);
    await page.getByRole('heading', { name: 'Notifications par e-mail' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(teamShotsDir, 'H2-account-email-desktop.png') });
    await assertNoSeriousViolations(page, 'account (e-mail preferences)');

    await form.getByRole('radio', { name: /Un récapitulatif par jour/ }).check();
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByRole('status').filter({ hasText: `Préférence enregistrée pour ${CITY}.` }).waitFor();
    const session = new HttpSession(app.baseUrl);
    await session.login(AGENT, DEMO_PASSWORD);
    const saved = await session.get(`/api/orgs/${cityId}/me/notification-preferences`);
    assert.deepEqual(saved.body, { emailMode: 'daily_digest', emailEnabled: true, version: 1 }, show(saved));

    await page.setViewportSize(PHONE);
    await page.reload();
    await form.getByRole('radio', { name: /Un récapitulatif par jour/ }).waitFor();
    assert.equal(await form.getByRole('radio', { name: /Un récapitulatif par jour/ }).isChecked(), true);
    await page.getByRole('heading', { name: 'Notifications par e-mail' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(teamShotsDir, 'H2-account-email-phone.png'), fullPage: true });
    await assertNoHorizontalOverflow(page, 'account (phone)');
    await assertNoSeriousViolations(page, 'account (phone)');
    assert.deepEqual(pageErrors, []);
  });
});
