// Browser scenario: every page of the app at a phone's width (390 px) and on a desktop (1280 px).
// No page scrolls sideways on the phone (document.scrollingElement.scrollWidth <= innerWidth), axe-core
// finds no serious or critical violation at either size, the navigation folds behind an accessible
// menu button on the phone, and each screen is photographed at both sizes for the team to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  DESKTOP,
  launchChromium,
  openFrenchPage,
  PHONE,
  submitLogin,
  teamShotsDir,
} from '../support/browser.mjs';
import { baseUrlFromEnv } from '../support/http-session.mjs';

const ADMIN = 'admin@demo.parvis.fr';

/** Waits for the screen's own content: its h1, and no loading indicator left. */
async function settle(page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.pv-state[role="status"] .pv-spinner'), null, { timeout: 10_000 });
}

async function checkBothSizes(page, name, url) {
  for (const [size, viewport] of [['390', PHONE], ['1280', DESKTOP]]) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    await settle(page);
    if (size === '390') await assertNoHorizontalOverflow(page, `${name} at 390 px`);
    await assertNoSeriousViolations(page, `${name} at ${size} px`);
    await page.screenshot({ path: join(teamShotsDir, `${name}-${size}.png`), fullPage: true });
  }
}

describe('Browser scenario: phone and desktop layout of every page', () => {
  const baseUrl = baseUrlFromEnv();
  let browser;
  let page;
  const pageErrors = [];
  let orgId;

  before(async () => {
    mkdirSync(teamShotsDir, { recursive: true });
    browser = await launchChromium();
    ({ page } = await openFrenchPage(browser, pageErrors, { viewport: PHONE }));
  });

  after(async () => {
    await browser?.close();
  });

  it('public pages fit a phone: login, unknown invitation, unknown reset link', async () => {
    await checkBothSizes(page, 'login', `${baseUrl}/login`);
    await page.getByText('Mot de passe oublié ?').click();
    await page.getByText(/Demandez à un administrateur/).waitFor();
    await checkBothSizes(page, 'invitation-unknown', `${baseUrl}/invitations/inconnu`);
    await checkBothSizes(page, 'password-reset-unknown', `${baseUrl}/password-reset/inconnu`);
  });

  it('folds the navigation behind a menu button on a phone (aria-expanded, focus, Escape)', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/login`);
    await submitLogin(page, ADMIN);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    // The organisation where the demo admin is an administrator (members editable).
    const me = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
    orgId = me.memberships.find((m) => m.role === 'admin').organization.id;
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await nav.isVisible(), false);
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await nav.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Accueil');
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Menu');
    await menu.click();
    await nav.getByRole('link', { name: 'Membres' }).click();
    await page.waitForURL(/\/members$/);
    await page.locator('.shell-menu-button[aria-expanded="false"]').waitFor();

    await page.setViewportSize(DESKTOP);
    assert.equal(await menu.isVisible(), false);
    await nav.waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Membres' }).getAttribute('aria-current'), 'page');
  });

  it('every signed-in page fits a phone and passes axe-core at both sizes', async () => {
    const briefs = await page.request.get(`${baseUrl}/api/orgs/${orgId}/briefs`);
    assert.equal(briefs.status(), 200);
    const firstBrief = (await briefs.json()).items[0];
    const pages = [
      ['home', `/orgs/${orgId}`],
      ['calendar', `/orgs/${orgId}/calendar`],
      ['my-briefs', `/orgs/${orgId}/my-briefs`],
      ['editorial-line', `/orgs/${orgId}/editorial-line`],
      ['exchange', `/orgs/${orgId}/exchange`],
      ['channels', `/orgs/${orgId}/channels`],
      ['members', `/orgs/${orgId}/members`],
      ['settings', `/orgs/${orgId}/settings`],
      ['account', '/account'],
      ['operator', '/operator'],
      ['not-found', '/nulle-part'],
      ...(firstBrief ? [['brief', `/orgs/${orgId}/briefs/${firstBrief.id}`]] : []),
    ];
    const failures = [];
    for (const [name, path] of pages) {
      try {
        await checkBothSizes(page, name, `${baseUrl}${path}`);
      } catch (error) {
        failures.push(error.message);
      }
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(pageErrors.map(String), []);
  });

  it('the conflict dialog fits a phone', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/orgs/${orgId}/members`);
    await settle(page);
    const select = page.getByRole('combobox', { name: /^Rôle de / }).first();
    const label = await select.getAttribute('aria-label');
    const name = (await select.evaluate((el) => el.labels?.[0]?.textContent ?? '')) || label;
    const current = await select.inputValue();
    await select.selectOption(current === 'viewer' ? 'contributor' : 'viewer');
    // Someone else saves the member first (another tab): the version shown is now stale.
    const members = await (await page.request.get(`${baseUrl}/api/orgs/${orgId}/members?limit=100`)).json();
    const target = members.items.find((m) => name.endsWith(m.displayName));
    assert.ok(target, `member of "${name}"`);
    const other = await page.request.patch(`${baseUrl}/api/orgs/${orgId}/members/${target.id}`, {
      data: { role: current === 'approver' ? 'editor' : 'approver' },
    });
    assert.equal(other.status(), 200);
    await page.getByRole('button', { name: /Enregistrer le rôle/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
    await dialog.waitFor();
    await assertNoHorizontalOverflow(page, 'conflict dialog at 390 px');
    const box = await dialog.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `dialog box ${JSON.stringify(box)}`);
    await assertNoSeriousViolations(page, 'conflict dialog at 390 px');
    await page.screenshot({ path: join(teamShotsDir, 'conflict-dialog-390.png') });
    await dialog.getByRole('button', { name: 'Prendre la version actuelle' }).click();
    // Put the role back as it was.
    await page.request.patch(`${baseUrl}/api/orgs/${orgId}/members/${target.id}`, { data: { role: current } });
  });
});
