// Browser scenario: the session ends while a form is being filled in. The browser still holds its cookie
// (the server revoked the session behind its back, as an expiry does); the next action says « Votre
// session a expiré », goes to the login page, and after signing in again the user is back on the same
// page with what they had typed offered back. No English server text reaches the page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertNoSeriousViolations, launchChromium, openFrenchPage, submitLogin } from '../support/browser.mjs';
import { baseUrlFromEnv } from '../support/http-session.mjs';

const ADMIN = 'admin@demo.parvis.fr';
const DRAFT_NAME = 'Ville de Démo (brouillon non enregistré)';

describe('Browser scenario: the session ends in the middle of a form', () => {
  const baseUrl = baseUrlFromEnv();
  let browser;
  let context;
  let page;
  const pageErrors = [];
  let settingsPath;

  before(async () => {
    browser = await launchChromium();
    ({ context, page } = await openFrenchPage(browser, pageErrors));
  });

  after(async () => {
    await browser?.close();
  });

  it('the admin opens the organisation settings and types a new name', async () => {
    await page.goto(`${baseUrl}/login`);
    await submitLogin(page, ADMIN);
    await page.waitForURL(/\/orgs\/[0-9a-f-]{36}/);
    const orgId = new URL(page.url()).pathname.split('/')[2];
    settingsPath = `/orgs/${orgId}/settings`;
    await page.goto(`${baseUrl}${settingsPath}`);
    const name = page.getByLabel('Nom', { exact: true });
    await name.waitFor();
    await name.fill(DRAFT_NAME);
  });

  it('the session is revoked on the server while the browser keeps its cookie', async () => {
    const cookies = await context.cookies(`${baseUrl}/api/auth/me`);
    assert.ok(cookies.length > 0, 'the browser holds a session cookie');
    const header = cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
    const response = await fetch(`${baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie: header, 'content-type': 'application/json' }, body: '{}' });
    assert.equal(response.status, 204, 'the session was ended on the server');
    assert.ok((await context.cookies(`${baseUrl}/api/auth/me`)).length > 0, 'the browser still sends its (now dead) cookie');
  });

  it('the next action says « Votre session a expiré » and goes to the login page', async () => {
    // The save is usually that next action; a background refresh (the notification bell's poll) may
    // meet the 401 first and take the user there itself, with the same message and the draft kept.
    const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
    if (new URL(page.url()).pathname !== '/login') await save.click({ timeout: 5_000 }).catch(() => undefined);
    await page.waitForURL((url) => url.pathname === '/login');
    assert.equal(new URL(page.url()).searchParams.get('next'), settingsPath);
    const alert = page.getByRole('alert').filter({ hasText: 'Votre session a expiré' });
    await alert.waitFor();
    const body = await page.locator('body').innerText();
    assert.ok(!body.includes('Authentication required'), 'no English server text on the page');
    await assertNoSeriousViolations(page, 'login page after the session expired');
  });

  it('signing in again returns to the settings with the typed name offered back', async () => {
    await submitLogin(page, ADMIN);
    await page.getByRole('button', { name: 'Reprendre ma saisie' }).click();
    await page.waitForURL((url) => url.pathname === settingsPath);
    const name = page.getByLabel('Nom', { exact: true });
    // The draft is put back once the settings have loaded: poll the field for it.
    for (let tries = 0; tries < 50 && (await name.inputValue().catch(() => '')) !== DRAFT_NAME; tries += 1) await page.waitForTimeout(200);
    assert.equal(await name.inputValue(), DRAFT_NAME);
    assert.equal(await page.getByText('Votre session a expiré').count(), 0);
  });

  it('raised no uncaught error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
