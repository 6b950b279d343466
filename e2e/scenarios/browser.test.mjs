// Browser scenario: the SPA served by the built app, driven in Debian's Chromium with playwright-core.
// Log in through the form, switch organisation, open the members page, run axe-core (WCAG 2 A/AA)
// on the login and members pages, and keep screenshots in screenshots/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertAccessible,
  DEMO_PASSWORD,
  launchChromium,
  openFrenchPage,
  screenshotsDir,
  selectedText,
  submitLogin,
} from '../support/browser.mjs';
import { baseUrlFromEnv } from '../support/http-session.mjs';

const CITY = 'Ville de Démo';
const COUNTY = 'Département de Démo';
/** Demo members of Ville de Démo and the French label of their role. */
const CITY_MEMBERS = [
  ['Alice Administratrice', 'Administrateur'],
  ['Étienne Éditeur', 'Responsable éditorial'],
  ['Camille Contributrice', 'Agent contributeur'],
  ['Victor Validateur', 'Validateur'],
  ['Léa Lectrice', 'Lecteur'],
];

describe('Browser scenario: login, organisation switch, members page, accessibility', () => {
  const baseUrl = baseUrlFromEnv();
  let browser;
  let page;
  const pageErrors = [];
  let cityId;

  before(async () => {
    browser = await launchChromium();
    ({ page } = await openFrenchPage(browser, pageErrors, { viewport: { width: 1280, height: 900 } }));
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the French login page, accessible', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.match(await page.title(), /Connexion/);
    await page.screenshot({ path: join(screenshotsDir, 'login.png'), fullPage: true });
    await assertAccessible(page, 'login');
  });

  it('logs in through the form as the demo admin and lands on the organisation home', async () => {
    await submitLogin(page, 'admin@demo.parvis.fr', DEMO_PASSWORD);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: /Démo/ }).waitFor();
    const switcher = page.getByLabel('Organisation', { exact: true });
    const current = await selectedText(switcher);
    assert.ok([CITY, COUNTY].includes(current), `the switcher shows "${current}"`);
    assert.equal((await heading.textContent())?.trim(), current);
    await page.getByText('Votre espace de planification éditoriale.').waitFor();
    await page.screenshot({ path: join(screenshotsDir, 'home.png'), fullPage: true });
  });

  it('switches to Département de Démo and back with the organisation switcher', async () => {
    const switcher = page.getByLabel('Organisation', { exact: true });
    await switcher.selectOption({ label: COUNTY });
    await page.getByRole('heading', { level: 1, name: COUNTY }).waitFor();
    const countyUrl = page.url();
    // The admin is an editor in the county.
    await page.getByText('Responsable éditorial', { exact: true }).waitFor();

    await switcher.selectOption({ label: CITY });
    await page.getByRole('heading', { level: 1, name: CITY }).waitFor();
    assert.notEqual(page.url(), countyUrl);
    assert.equal(await selectedText(switcher), CITY);
    cityId = new URL(page.url()).pathname.split('/')[2];
    assert.ok(cityId, page.url());
  });

  it('opens the members page: French heading and demo members with French role labels', async () => {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Membres' }).click();
    await page.waitForURL(`${baseUrl}/orgs/${cityId}/members`);
    await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Membres de l’organisation' }).waitFor();
    const table = page.getByRole('table', { name: 'Membres de l’organisation' });
    await table.waitFor();
    for (const [name, roleLabel] of CITY_MEMBERS) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });
      await row.waitFor();
      // Admins get a role <select> per member ("Rôle de …"); others see the label as text.
      const roleSelect = row.getByLabel(`Rôle de ${name}`, { exact: true });
      const label = (await roleSelect.count()) > 0 ? await selectedText(roleSelect) : ((await row.getByRole('cell').first().textContent()) ?? '').trim();
      assert.equal(label, roleLabel, `role shown for ${name}`);
    }
    await page.getByRole('heading', { level: 2, name: 'Inviter une personne' }).waitFor();
    await page.screenshot({ path: join(screenshotsDir, 'members.png'), fullPage: true });
  });

  it('the members page is accessible', async () => {
    await assertAccessible(page, 'members');
  });

  it('a viewer sees the same members with French role labels as text, and no invitation form', async () => {
    const viewerContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    try {
      const viewer = await viewerContext.newPage();
      viewer.on('pageerror', (error) => pageErrors.push(error));
      await viewer.goto(`${baseUrl}/orgs/${cityId}/members`);
      // Not signed in: sent to the login page, then back to the members page.
      await viewer.waitForURL(/\/login\?next=/);
      await submitLogin(viewer, 'lecteur@demo.parvis.fr', DEMO_PASSWORD);
      await viewer.waitForURL(`${baseUrl}/orgs/${cityId}/members`);
      await viewer.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
      const table = viewer.getByRole('table', { name: 'Membres de l’organisation' });
      for (const [name, roleLabel] of CITY_MEMBERS) {
        const row = table.getByRole('row').filter({ has: viewer.getByRole('rowheader', { name: new RegExp(name) }) });
        assert.equal(((await row.getByRole('cell').first().textContent()) ?? '').trim(), roleLabel, `role shown for ${name}`);
      }
      assert.equal(await viewer.getByRole('heading', { name: 'Inviter une personne' }).count(), 0);
    } finally {
      await viewerContext.close();
    }
  });

  it('raised no uncaught error in the page', () => {
    assert.deepEqual(
      pageErrors.map((e) => e.stack || String(e)),
      [],
    );
  });
});
