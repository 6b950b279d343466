// Browser scenario for approval governance (French UI, Chromium), in an organisation of its own (created by the
// operator, so its circuit, pause and réserve électorale never touch the other scenarios' posts): the admin builds
// a two-step circuit, declares an absence with a substitute, declares an election whose réserve électorale covers
// today (the banner shows), pauses every publication (the banner shows on the calendar page too), then releases.
// axe-core (WCAG 2 A/AA) finds nothing serious or critical on each page at 1280 and 390 px, no page scrolls
// sideways at 390 px; screenshots go to the team's shots directory.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DEMO_PASSWORD,
  DESKTOP,
  PHONE,
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  launchChromium,
  selectedText,
  signedInPage,
  teamShotsDir,
} from '../support/browser.mjs';
import { HttpSession, baseUrlFromEnv, show } from '../support/http-session.mjs';

const PASSWORD = 'une phrase de passe pour la gouvernance';

/** The link's token (last path segment). */
const tokenOf = (url) => new URL(url).pathname.split('/').pop();

/** YYYY-MM-DD `days` from today (UTC is close enough for dates months away). */
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('Browser scenario: circuits, absences, elections and « Tout suspendre » in an organisation of its own', () => {
  const baseUrl = baseUrlFromEnv();
  const tag = randomBytes(3).toString('hex');
  const adminEmail = `gouvernance-${tag}@exemple.fr`;
  let browser;
  let page;
  let orgId;
  const pageErrors = [];

  before(async () => {
    const operator = new HttpSession(baseUrl);
    await operator.login('operateur@demo.parvis.fr', DEMO_PASSWORD);
    const created = await operator.post('/api/operator/organizations', { name: `Communauté ${tag}`, adminEmail });
    assert.equal(created.status, 201, show(created));
    orgId = created.body.organization.id;
    const admin = new HttpSession(baseUrl);
    const accepted = await admin.post(`/api/invitations/${tokenOf(created.body.acceptUrl)}/accept`, { displayName: 'Gaëlle Gouvernance', password: PASSWORD });
    assert.equal(accepted.status, 200, show(accepted));
    for (const [displayName, role] of [
      ['Victor Valideur', 'approver'],
      ['Édith Éditrice', 'editor'],
    ]) {
      const invited = await admin.post(`/api/orgs/${orgId}/invitations`, { email: `${role}-${tag}@exemple.fr`, role });
      assert.equal(invited.status, 201, show(invited));
      const joined = await new HttpSession(baseUrl).post(`/api/invitations/${tokenOf(invited.body.acceptUrl)}/accept`, { displayName, password: PASSWORD });
      assert.equal(joined.status, 200, show(joined));
    }
    browser = await launchChromium();
    ({ page } = await signedInPage(browser, { baseUrl, email: adminEmail, password: PASSWORD, pageErrors }));
  });

  after(async () => {
    await browser?.close();
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught error in the pages');
  });

  /** axe at 1280 and 390 px, no sideways scroll on the phone, a screenshot of each. */
  async function checkPage(name, ready) {
    await ready().waitFor();
    await assertNoSeriousViolations(page, `${name} (1280 px)`);
    await page.screenshot({ path: join(teamShotsDir, `governance-${name}-1280.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await ready().waitFor();
    await assertNoHorizontalOverflow(page, `${name} (390 px)`);
    await assertNoSeriousViolations(page, `${name} (390 px)`);
    await page.screenshot({ path: join(teamShotsDir, `governance-${name}-390.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  }

  /** On a phone each row of the table is a card: the table's own region does not scroll sideways either. */
  async function assertTableFitsPhone(regionName) {
    await page.setViewportSize(PHONE);
    const wrap = page.getByRole('region', { name: regionName });
    const { scrollWidth, clientWidth } = await wrap.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    assert.ok(scrollWidth <= clientWidth, `${regionName}: the table scrolls sideways at 390 px (${scrollWidth} px in ${clientWidth} px)`);
    await page.setViewportSize(DESKTOP);
  }

  it('the admin creates a two-step circuit: the head of the author’s service, then a named member (all of them, 48 h)', async () => {
    await page.goto(`${baseUrl}/orgs/${orgId}/settings/circuits`);
    await page.getByRole('article', { name: 'Circuit par défaut' }).waitFor();
    await page.getByRole('button', { name: 'Nouveau circuit' }).click();
    const form = page.getByRole('form', { name: 'Nouveau circuit' });
    await form.getByLabel('Nom du circuit').fill('Posts sensibles');
    await form.getByLabel('Posts sensibles', { exact: true }).selectOption({ label: 'Seulement les posts marqués sensibles' });
    const first = form.getByRole('group', { name: 'Étape 1' });
    await first.getByLabel('Nom de l’étape').fill('Chef de service');
    await first.getByLabel('Qui valide').selectOption({ label: 'Le responsable du service de l’auteur' });
    await form.getByRole('button', { name: 'Ajouter une étape' }).click();
    const second = form.getByRole('group', { name: 'Étape 2' });
    await second.getByLabel('Nom de l’étape').fill('Direction de la communication');
    await second.getByLabel('Qui valide').selectOption({ label: 'Des membres nommés' });
    await second.getByRole('checkbox', { name: 'Édith Éditrice' }).check();
    await second.getByLabel('Combien doivent approuver').selectOption({ label: 'Tous' });
    await second.getByLabel(/Délai en heures/).fill('48');
    // Keyboard: the move buttons are plain buttons (no drag-only reordering).
    await second.getByRole('button', { name: 'Monter l’étape 2' }).focus();
    await page.keyboard.press('Enter');
    assert.equal(await form.getByRole('group', { name: 'Étape 1' }).getByLabel('Nom de l’étape').inputValue(), 'Direction de la communication');
    // Focus follows the moved step (now first: its « Monter » is disabled, so « Descendre » has it).
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Descendre l’étape 1'));
    await form.getByRole('group', { name: 'Étape 1' }).getByRole('button', { name: 'Descendre l’étape 1' }).click();
    await checkPage('circuit-form', () => form.getByRole('group', { name: 'Étape 2' }));
    await form.getByRole('button', { name: 'Créer le circuit' }).click();
    const card = page.getByRole('article', { name: 'Posts sensibles' });
    await card.waitFor();
    await card.getByText('Responsable du service de l’auteur', { exact: false }).waitFor();
    await card.getByText(/Membres : Édith Éditrice · tous · délai 48 heures/).waitFor();
    await page.getByText('Circuit enregistré.').waitFor();
    await checkPage('circuits', () => page.getByRole('article', { name: 'Posts sensibles' }));

    const api = await page.request.get(`${baseUrl}/api/orgs/${orgId}/circuits`);
    const saved = (await api.json()).items.find((c) => c.name === 'Posts sensibles');
    assert.deepEqual(
      saved.steps.map((s) => [s.name, s.approverKind, s.quorum, s.deadlineHours]),
      [
        ['Chef de service', 'service_head', 'any', null],
        ['Direction de la communication', 'members', 'all', 48],
      ],
    );
    assert.deepEqual(saved.condition, { sensitive: true });
  });

  it('the admin declares Victor’s absence with Édith as substitute', async () => {
    await page.goto(`${baseUrl}/orgs/${orgId}/absences`);
    await page.getByRole('heading', { level: 1, name: 'Absences et suppléances' }).waitFor();
    await page.getByText('Aucune absence déclarée.').waitFor();
    await page.getByLabel('Membre absent').selectOption({ label: 'Victor Valideur' });
    await page.getByLabel('Suppléant ou suppléante').selectOption({ label: 'Édith Éditrice' });
    await page.getByLabel(/^Du/).fill(inDays(7));
    await page.getByLabel('Au', { exact: true }).fill(inDays(14));
    await page.getByRole('button', { name: 'Déclarer l’absence' }).click();
    await page.getByText('Absence déclarée.').waitFor();
    const row = page.getByRole('row', { name: /Victor Valideur/ });
    await row.getByRole('cell', { name: 'Édith Éditrice' }).waitFor();
    await checkPage('absences', () => page.getByRole('row', { name: /Victor Valideur/ }));
  });

  it('the admin declares an election whose réserve électorale covers today: the banner says so', async () => {
    await page.goto(`${baseUrl}/orgs/${orgId}/settings/elections`);
    await page.getByText('Aucune élection déclarée.').waitFor();
    await page.getByLabel('Élection', { exact: true }).selectOption({ label: 'Municipales' });
    await page.getByLabel('Premier tour').fill(inDays(100));
    await page.getByLabel('Second tour (facultatif)').fill(inDays(107));
    await page.getByLabel(/Territoire/).fill(`Communauté ${tag}`);
    await page.getByLabel(/Validation juridique ou DGS/).selectOption({ label: 'Édith Éditrice' });
    await page.getByRole('button', { name: 'Déclarer l’élection' }).click();
    await page.getByText('Élection déclarée.').waitFor();
    const row = page.getByRole('row', { name: new RegExp(`Municipales — Communauté ${tag}`) });
    await row.getByText('En cours').waitFor();
    await page.getByRole('region', { name: 'Réserve électorale en cours' }).waitFor();
    await checkPage('elections', () => page.getByRole('region', { name: 'Réserve électorale en cours' }));
    await assertTableFitsPhone('Élections et réserve électorale');
  });

  it('« Tout suspendre » with a reason: the banner shows on the calendar page, then the admin releases', async () => {
    await page.goto(`${baseUrl}/orgs/${orgId}/settings/publication-pause`);
    const toggle = page.getByRole('switch', { name: 'Tout suspendre' });
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute('aria-checked'), 'false');
    await toggle.click();
    const dialog = page.getByRole('dialog', { name: 'Suspendre toutes les publications ?' });
    await dialog.getByLabel(/Motif de la suspension/).fill('Compte Mastodon piraté : on vérifie avant de republier.');
    await dialog.getByRole('button', { name: 'Tout suspendre' }).click();
    await page.getByText('Les publications sont suspendues.').waitFor();
    assert.equal(await toggle.getAttribute('aria-checked'), 'true');
    await checkPage('pause', () => page.getByRole('region', { name: /Publications suspendues/ }));

    await page.goto(`${baseUrl}/orgs/${orgId}/calendar`);
    const banner = page.getByRole('region', { name: /Publications suspendues/ });
    await banner.getByText('Motif : Compte Mastodon piraté : on vérifie avant de republier.').waitFor();
    await banner.getByText(/Suspendues par Gaëlle Gouvernance le/).waitFor();
    await checkPage('calendar-paused', () => page.getByRole('region', { name: /Publications suspendues/ }));

    await banner.getByRole('link', { name: 'Reprendre les publications' }).click();
    await page.getByRole('switch', { name: 'Tout suspendre' }).click();
    await page.getByRole('dialog', { name: 'Reprendre les publications ?' }).getByRole('button', { name: 'Reprendre les publications' }).click();
    await page.getByText('Les publications partent normalement.').waitFor();
    assert.equal(await page.getByRole('region', { name: /Publications suspendues/ }).count(), 0);
    const pause = await page.request.get(`${baseUrl}/api/orgs/${orgId}/publication-pause`);
    assert.equal((await pause.json()).paused, false);
  });

  it('« Journal d’audit » from the nav: the admin’s actions in words, filtered by action, exported as CSV with the filter', async () => {
    await page.goto(`${baseUrl}/orgs/${orgId}`);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Journal d’audit' }).click();
    const table = page.getByRole('table', { name: 'Événements du journal d’audit' });
    await table.getByRole('cell', { name: 'Circuit créé' }).waitFor();
    await table.getByRole('cell', { name: 'Absence déclarée' }).waitFor();
    await page.getByLabel('Action').selectOption({ label: 'Circuit créé' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await table.getByRole('cell', { name: 'Absence déclarée' }).waitFor({ state: 'detached' });
    await table.getByRole('cell', { name: 'Gaëlle Gouvernance' }).first().waitFor();
    // The filters are in the address: a reload (or the link shared) shows the same events.
    await page.getByLabel('Auteur').selectOption({ label: 'Gaëlle Gouvernance' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'circuit.create' && url.searchParams.has('actor'));
    await page.reload();
    await table.getByRole('cell', { name: 'Circuit créé' }).first().waitFor();
    assert.equal(await page.getByLabel('Action').inputValue(), 'circuit.create');
    assert.equal(await selectedText(page.getByLabel('Auteur')), 'Gaëlle Gouvernance');
    assert.equal(await table.getByRole('cell', { name: 'Absence déclarée' }).count(), 0);
    await checkPage('audit', () => table.getByRole('cell', { name: 'Circuit créé' }));
    await assertTableFitsPhone('Événements du journal d’audit');
    for (const width of ['1280', '390']) await copyFile(join(teamShotsDir, `governance-audit-${width}.png`), join(teamShotsDir, `H12-audit-${width}.png`));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporter en CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, /circuit\.create/);
    assert.doesNotMatch(csv, /absence\.declare/, 'the export carries the action filter');
  });
});
