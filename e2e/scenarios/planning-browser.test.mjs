// Browser scenario for the editorial planning, in the SPA as a user would (French UI): the editor
// creates a theme, an audience and a campaign on "Ligne éditoriale", then three briefs on the
// "Calendrier" (the "Nouveau sujet" button and a click on a day), one assigned to the contributor;
// drags another to the same weekday of the next week in the month view and checks the move stuck
// (after a reload and through the calendar API: date + 7 days, same local time); then the
// contributor finds the assigned brief in "Mes sujets" with an unread notification. axe-core
// (WCAG 2 A/AA) runs on the calendar and "Mes sujets"; screenshots go to screenshots/.
// The briefs are planned next month (relative to today in Paris), reached with the calendar's
// "Période suivante" button, so every date is in the future and in one month grid.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertAccessible,
  launchChromium,
  openFrenchPage,
  screenshotsDir,
  selectedText,
  submitLogin,
} from '../support/browser.mjs';
import { baseUrlFromEnv } from '../support/http-session.mjs';

// The team's screenshots (looked at by a person), besides the run's own screenshots/.
const shotsDir = process.env.E2E_SHOTS_DIR || screenshotsDir;

const CITY = 'Ville de Démo';
const ZONE = 'Europe/Paris';
const EDITOR = 'editeur@demo.parvis.fr';
const AGENT = 'agent@demo.parvis.fr';
const AGENT_NAME = 'Camille Contributrice';

/** Today in the organisation's zone, as YYYY-MM-DD. */
function todayInZone() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A YYYY-MM-DD date shifted by whole days (calendar arithmetic, no time zone involved). */
function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The month after the one of `date`: first and last days, and its title in the French month grid. */
function nextMonthOf(date) {
  const [year, month] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(year, month + 1, 0));
  const title = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10), title };
}

describe('Browser scenario: editorial line, calendar (create, assign, drag), "Mes sujets", accessibility', () => {
  const baseUrl = baseUrlFromEnv();
  const tag = randomBytes(3).toString('hex');
  const month = nextMonthOf(todayInZone());
  const theme = { name: `Sport ${tag}`, color: '#18753c' };
  const audience = `Seniors ${tag}`;
  const campaign = `Forum des associations ${tag}`;
  const briefs = {
    assigned: { title: `Interview du club de judo ${tag}`, date: addDays(month.first, 5), time: '11:00' },
    moved: { title: `Annonce du tournoi ${tag}`, date: addDays(month.first, 7), time: '14:30' },
    plain: { title: `Photos du forum ${tag}`, date: addDays(month.first, 19), time: '17:45' },
  };
  const movedTo = addDays(briefs.moved.date, 7);

  let browser;
  let context;
  let page;
  const pageErrors = [];
  let cityId;

  const nav = () => page.getByRole('navigation', { name: 'Navigation principale' });
  const dayCell = (date) => page.locator(`td.fc-daygrid-day[data-date="${date}"]`);
  const eventIn = (date, title) => dayCell(date).locator('.fc-event').filter({ hasText: title });

  /** Logs in through the form and makes sure Ville de Démo is the current organisation. */
  async function loginToCity(email) {
    await page.goto(`${baseUrl}/login`);
    await submitLogin(page, email);
    await page.waitForURL(/\/orgs\/[^/]+$/);
    const switcher = page.getByLabel('Organisation', { exact: true });
    if ((await selectedText(switcher)) !== CITY) await switcher.selectOption({ label: CITY });
    await page.getByRole('heading', { level: 1, name: CITY }).waitFor();
    const id = new URL(page.url()).pathname.split('/')[2];
    if (cityId) assert.equal(id, cityId);
    cityId = id;
  }

  /** Opens the calendar and shows the month of the briefs in the month grid. */
  async function openCalendarOnBriefMonth() {
    await nav().getByRole('link', { name: 'Calendrier' }).click();
    await page.waitForURL(`${baseUrl}/orgs/${cityId}/calendar`);
    await showBriefMonth();
  }

  /** On the calendar page: goes to the month of the briefs (the next one) with "Période suivante". */
  async function showBriefMonth() {
    await page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    const title = page.locator('.fc-toolbar-title');
    await title.waitFor();
    if (!new RegExp(month.title, 'i').test((await title.textContent()) ?? '')) {
      await page.getByRole('button', { name: 'Période suivante' }).click();
    }
    await title.filter({ hasText: new RegExp(month.title, 'i') }).waitFor();
    await page.locator(`td.fc-daygrid-day[data-date="${month.first}"]:not(.fc-day-other)`).waitFor();
  }

  /** Fills and submits the open "Nouveau sujet" dialog. */
  async function fillBrief(dialog, brief, { assignee } = {}) {
    await dialog.getByLabel('Titre', { exact: true }).fill(brief.title);
    await dialog.getByLabel('Description', { exact: true }).fill(`Sujet de démonstration ${tag}.`);
    await dialog.getByLabel('Date de publication', { exact: true }).fill(brief.date);
    await dialog.getByLabel('Heure', { exact: true }).fill(brief.time);
    await dialog.getByLabel('Thématique', { exact: true }).selectOption({ label: theme.name });
    await dialog.getByLabel('Campagne', { exact: true }).selectOption({ label: campaign });
    await dialog.getByRole('group', { name: 'Publics' }).getByLabel(audience, { exact: true }).check();
    if (assignee) await dialog.getByLabel('Rédacteur', { exact: true }).selectOption({ label: assignee });
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(new RegExp(`Sujet «\\s${brief.title}\\s» créé\\.`)).waitFor();
    await eventIn(brief.date, brief.title).waitFor();
  }

  /** The bounding boxes of two elements once they stopped moving (alerts and lists may still be rendering). */
  async function settledBoxes(first, second) {
    let previous = null;
    for (let i = 0; i < 20; i += 1) {
      const boxes = { from: await first.boundingBox(), to: await second.boundingBox() };
      assert.ok(boxes.from && boxes.to, 'event and target cell are laid out');
      if (previous && JSON.stringify(previous) === JSON.stringify(boxes)) return boxes;
      previous = boxes;
      await page.waitForTimeout(200);
    }
    return previous;
  }

  /**
   * Drags an event of the month grid onto a day cell with real pointer moves (FullCalendar follows
   * pointer events, not HTML drag and drop): press, leave the drag threshold, travel in steps, and
   * release once the grid shows a drop place. The card is grabbed near its TOP and released near the
   * BOTTOM of the target cell: FullCalendar measures from the card's centre, so without our fix a
   * tall card lands a week late. If the drag did not catch (the layout moved), release and retry.
   */
  async function dragEvent(event, target, attempts = 3) {
    for (let attempt = 1; ; attempt += 1) {
      // Both in the viewport (the target is the next week row), and the layout settled.
      await event.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const { from, to } = await settledBoxes(event, target);
      assert.ok(from.height > 60, `the card is tall (${from.height}px): the case of the bug`);
      const start = { x: from.x + from.width / 2, y: from.y + 6 };
      const end = { x: to.x + to.width / 2, y: to.y + to.height - 8 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 10, start.y + 10, { steps: 5 });
      await page.mouse.move(end.x, end.y, { steps: 20 });
      await page.mouse.move(end.x + 2, end.y - 2, { steps: 2 });
      const caught = await page
        .locator('.fc-highlight')
        .first()
        .waitFor({ timeout: 3_000 })
        .then(() => true, () => false);
      await page.mouse.up();
      if (caught || (await event.count()) === 0) return;
      if (attempt >= attempts) assert.fail(`FullCalendar did not pick the drag up after ${attempts} attempts`);
      console.log(`[drag] attempt ${attempt} did not catch, trying again`);
    }
  }

  /** The calendar API seen with the page's cookies, over the month of the briefs. */
  async function calendarItems() {
    const res = await page.request.get(`${baseUrl}/api/orgs/${cityId}/calendar?from=${month.first}&to=${month.last}`);
    assert.equal(res.status(), 200, await res.text());
    return (await res.json()).items;
  }

  before(async () => {
    browser = await launchChromium();
    ({ context, page } = await openFrenchPage(browser, pageErrors, { viewport: { width: 1280, height: 1000 } }));
  });

  after(async () => {
    await browser?.close();
  });

  it('the editor logs in and creates a theme, an audience and a campaign on "Ligne éditoriale"', async () => {
    await loginToCity(EDITOR);
    await nav().getByRole('link', { name: 'Ligne éditoriale' }).click();
    await page.waitForURL(`${baseUrl}/orgs/${cityId}/editorial-line`);
    await page.getByRole('heading', { level: 1, name: 'Ligne éditoriale' }).waitFor();

    await page.getByRole('button', { name: 'Ajouter une thématique' }).click();
    let dialog = page.getByRole('dialog', { name: 'Ajouter une thématique' });
    await dialog.getByLabel('Nom', { exact: true }).fill(theme.name);
    // The palette is a radio group: from the checked first swatch (Bleu marine), three arrow presses reach Vert.
    const colors = dialog.getByRole('group', { name: 'Couleur' });
    await colors.getByRole('radio', { name: 'Bleu marine', exact: true }).focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    assert.equal(await colors.getByRole('radio', { name: 'Vert', exact: true }).isChecked(), true);
    // A free colour is possible, with a live warning when the calendar cannot show it legibly as it is.
    await colors.getByRole('radio', { name: 'Autre couleur (hexadécimal)', exact: true }).check();
    await dialog.getByLabel('Code hexadécimal', { exact: true }).fill('#6a6af4');
    await dialog.getByText(/^Contraste insuffisant : 4,2:1 au mieux/).waitFor();
    await page.screenshot({ path: join(shotsDir, 'planning2-palette-1280.png') });
    await colors.getByRole('radio', { name: 'Vert', exact: true }).check();
    await dialog.getByLabel('Objectifs', { exact: true }).fill('Faire connaître les clubs de la ville.');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const themeCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: theme.name }) });
    await themeCard.getByText(theme.color, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Ajouter un public' }).click();
    dialog = page.getByRole('dialog', { name: 'Ajouter un public' });
    await dialog.getByLabel('Nom', { exact: true }).fill(audience);
    await dialog.getByLabel('Description', { exact: true }).fill('Les habitants de plus de 65 ans.');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 3, name: audience }).waitFor();

    await page.getByRole('button', { name: 'Ajouter une campagne' }).click();
    dialog = page.getByRole('dialog', { name: 'Ajouter une campagne' });
    await dialog.getByLabel('Nom', { exact: true }).fill(campaign);
    await dialog.getByLabel('Objectif', { exact: true }).fill('Remplir le forum de septembre.');
    await dialog.getByLabel('Thématique', { exact: true }).selectOption({ label: theme.name });
    await dialog.getByLabel('Début', { exact: true }).fill(month.first);
    await dialog.getByLabel('Fin', { exact: true }).fill(month.last);
    await dialog.getByRole('group', { name: 'Publics' }).getByLabel(audience, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 3, name: campaign }).waitFor();
  });

  it('creates three briefs on the calendar, one assigned to the contributor', async () => {
    await openCalendarOnBriefMonth();

    // With the "Nouveau sujet" button, assigned to the contributor.
    await page.getByRole('button', { name: 'Nouveau sujet' }).click();
    let dialog = page.getByRole('dialog', { name: 'Nouveau sujet' });
    await fillBrief(dialog, briefs.assigned, { assignee: AGENT_NAME });

    // By clicking its day in the month grid: the form opens on that date.
    await dayCell(briefs.moved.date).locator('.fc-daygrid-day-top').click({ position: { x: 4, y: 4 } });
    dialog = page.getByRole('dialog', { name: 'Nouveau sujet' });
    assert.equal(await dialog.getByLabel('Date de publication', { exact: true }).inputValue(), briefs.moved.date);
    await fillBrief(dialog, briefs.moved);

    await page.getByRole('button', { name: 'Nouveau sujet' }).click();
    dialog = page.getByRole('dialog', { name: 'Nouveau sujet' });
    await fillBrief(dialog, briefs.plain);

    const items = await calendarItems();
    for (const brief of Object.values(briefs)) {
      const item = items.find((i) => i.title === brief.title);
      assert.ok(item, `${brief.title} in ${JSON.stringify(items.map((i) => i.title))}`);
      assert.deepEqual(item.plannedLocal, { date: brief.date, time: brief.time });
      assert.equal(item.themeColor?.toLowerCase(), theme.color);
      brief.id = item.id;
    }
    const assigned = items.find((i) => i.id === briefs.assigned.id);
    assert.equal(assigned.assignee?.displayName, AGENT_NAME, JSON.stringify(assigned));
    assert.equal(assigned.status, 'assigned');
  });

  it('drags a brief to the same weekday of the next week in the month view; the move sticks', async () => {
    await dragEvent(eventIn(briefs.moved.date, briefs.moved.title), dayCell(movedTo));
    await page.getByText(new RegExp(`«\\s${briefs.moved.title}\\s» déplacé au`)).waitFor();
    await eventIn(movedTo, briefs.moved.title).waitFor();

    // After a reload the grid shows it on its new day, and the API agrees: a week later, same time.
    await page.reload();
    await showBriefMonth();
    await eventIn(movedTo, briefs.moved.title).waitFor();
    assert.equal(await eventIn(briefs.moved.date, briefs.moved.title).count(), 0);

    const moved = (await calendarItems()).find((i) => i.id === briefs.moved.id);
    assert.deepEqual(moved?.plannedLocal, { date: movedTo, time: briefs.moved.time }, JSON.stringify(moved));
    for (const key of ['assigned', 'plain']) {
      await eventIn(briefs[key].date, briefs[key].title).waitFor();
    }
    await page.screenshot({ path: join(screenshotsDir, 'planning-calendar.png'), fullPage: true });
  });

  it('the chosen view and period survive a reload; the week opens at working hours', async () => {
    await page.getByRole('button', { name: 'Semaine', exact: true }).click();
    await page.waitForURL(/[?&]view=week/);
    // French week titles: "1er – 7 mars 2027", "30 nov. – 6 déc. 2026".
    const weekTitle = (await page.locator('.fc-toolbar-title').textContent()) ?? '';
    assert.match(weekTitle, /^\d{1,2}(er)?(\s\S+)?(\s\d{4})?\s–\s\d{1,2}(er)?\s\S+\s\d{4}$/, weekTitle);
    assert.doesNotMatch(weekTitle, /(^|\D)1\s/, weekTitle);
    await page.screenshot({ path: join(shotsDir, 'planning2-week-1280.png') });
    await page.reload();
    await page.locator('.fc-timeGridWeek-view').waitFor();
    assert.match(new URL(page.url()).search, /view=week/);
    const scrollTop = await page.locator('.fc-timegrid-body').evaluate((el) => el.closest('.fc-scroller')?.scrollTop ?? 0);
    assert.ok(scrollTop > 0, `the week is scrolled to the working day (scrollTop ${scrollTop})`);
    await page.getByRole('button', { name: 'Mois', exact: true }).click();
    await page.waitForURL(/[?&]view=month/);
    await page.reload();
    await showBriefMonth();
    await eventIn(briefs.plain.date, briefs.plain.title).waitFor();
  });

  it('calendar cards are buttons that open with the keyboard; a legend explains the colours', async () => {
    const card = page.getByRole('button', { name: new RegExp(`^${briefs.plain.title}, `) });
    await card.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sujet' });
    await dialog.getByText(briefs.plain.title, { exact: true }).first().waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const legend = page.getByRole('region', { name: 'Légende des thématiques' });
    await legend.getByText(theme.name, { exact: true }).waitFor();
  });

  it('a brief opened from a link shows its real theme, campaign and writer at once', async () => {
    await page.goto(`${baseUrl}/orgs/${cityId}/briefs/${briefs.assigned.id}`);
    const form = page.locator('form.planning-form');
    await form.waitFor();
    assert.equal(await selectedText(form.getByLabel('Thématique', { exact: true })), theme.name);
    assert.equal(await selectedText(form.getByLabel('Campagne', { exact: true })), campaign);
    assert.equal(await selectedText(form.getByLabel('Rédacteur', { exact: true })), AGENT_NAME);
  });

  it('two tabs edit the same brief: the second save shows both versions, and keeping one\'s own saves it', async () => {
    const url = `${baseUrl}/orgs/${cityId}/briefs/${briefs.plain.id}`;
    const api = `${baseUrl}/api/orgs/${cityId}/briefs/${briefs.plain.id}`;
    const before = await (await page.request.get(api)).json();
    // A second browser context with the same session: another tab of the same editor.
    const { context: other, page: tab } = await openFrenchPage(browser, pageErrors, { viewport: { width: 1280, height: 1000 }, storageState: await context.storageState() });
    try {
      const mine = `${briefs.plain.title} onglet B`;
      const theirs = `${briefs.plain.title} onglet A`;
      for (const p of [page, tab]) {
        await p.goto(url);
        await p.locator('form.planning-form').getByLabel('Titre', { exact: true }).waitFor();
      }
      const formA = page.locator('form.planning-form');
      await formA.getByLabel('Titre', { exact: true }).fill(theirs);
      await formA.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await page.getByText('Modifications enregistrées.').waitFor();

      const formB = tab.locator('form.planning-form');
      await formB.getByLabel('Titre', { exact: true }).fill(mine);
      await formB.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      const dialog = tab.getByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
      const row = dialog.getByRole('row', { name: /^Titre/ });
      await row.getByRole('cell', { name: mine, exact: true }).waitFor();
      await row.getByRole('cell', { name: theirs, exact: true }).waitFor();
      await tab.screenshot({ path: join(shotsDir, 'planning2-conflict-1280.png') });
      await assertAccessible(tab, 'conflict dialog');
      // The same dialog on a phone: it fits, both versions readable.
      await tab.setViewportSize({ width: 390, height: 844 });
      const phoneBox = await dialog.boundingBox();
      assert.ok(phoneBox && phoneBox.x >= 0 && phoneBox.x + phoneBox.width <= 390, `the conflict dialog fits: ${JSON.stringify(phoneBox)}`);
      await tab.screenshot({ path: join(shotsDir, 'planning2-conflict-390.png') });
      await assertAccessible(tab, 'conflict dialog (390 px)');

      await dialog.getByRole('button', { name: 'Garder ma version', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await tab.getByText('Modifications enregistrées.').waitFor();
      const saved = await (await tab.request.get(api)).json();
      assert.equal(saved.title, mine, JSON.stringify(saved));
      assert.equal(saved.version, before.version + 2, `${before.version} → ${saved.version}`);
      assert.equal(await formB.getByLabel('Titre', { exact: true }).inputValue(), mine);
      briefs.plain.title = mine;
    } finally {
      await other.close();
    }
  });

  it('the brief form warns about a past date, a public holiday and a date outside the campaign', async () => {
    await page.goto(`${baseUrl}/orgs/${cityId}/calendar?view=month&date=${month.first}`);
    await showBriefMonth();
    await page.getByRole('button', { name: 'Nouveau sujet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau sujet' });
    const date = dialog.getByLabel('Date de publication', { exact: true });
    const nextYear = Number(month.first.slice(0, 4)) + 1;
    await date.fill(`${nextYear}-07-14`);
    await dialog.getByText('C’est un jour férié (Fête nationale).').waitFor();
    await date.fill(addDays(todayInZone(), -1));
    await dialog.getByText('Cette date est passée.').waitFor();
    await dialog.getByLabel('Campagne', { exact: true }).selectOption({ label: campaign });
    await date.fill(addDays(month.last, 3));
    await dialog.getByText(new RegExp(`en dehors de la campagne «\\s${campaign}\\s»`)).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('an empty month says so and offers the next step', async () => {
    await page.goto(`${baseUrl}/orgs/${cityId}/calendar?view=month&date=2031-02-01`);
    await page.getByText('Aucun sujet ce mois-ci', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Planifier un sujet' }).waitFor();
    await page.screenshot({ path: join(shotsDir, 'planning-calendar-empty-1280.png'), fullPage: true });
    await page.goto(`${baseUrl}/orgs/${cityId}/calendar?view=month&date=${month.first}`);
    await showBriefMonth();
  });

  it('the calendar page is accessible', async () => {
    await assertAccessible(page, 'calendar');
  });

  it('a double-click on "Importer" imports the file once (3 briefs, not 6)', async () => {
    await nav().getByRole('link', { name: 'Abonnement et export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Abonnement, export et import' }).waitFor();
    const rows = [0, 1, 2].map((i) => `Import ${tag} n°${i + 1};${addDays(month.first, 10 + i)};10:00;;;;;;;`);
    const csv = ['titre;date;heure;thème;campagne;publics;canaux;rédaction;statut;texte', ...rows].join('\r\n');
    await page.getByLabel('Fichier CSV', { exact: true }).setInputFiles({ name: 'sujets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Importer', exact: true }).dblclick();
    await page.getByText(/3 sujet\(s\) importé\(s\)/).waitFor();
    await page.waitForTimeout(1_000);
    const imported = (await calendarItems()).filter((i) => i.title.startsWith(`Import ${tag}`));
    assert.equal(imported.length, 3, JSON.stringify(imported.map((i) => i.title)));
  });

  it('the export says when the period is wrong instead of a failed download', async () => {
    await page.getByLabel('Du', { exact: true }).fill(month.last);
    await page.getByLabel('Au', { exact: true }).fill(month.first);
    await page.getByRole('button', { name: 'Télécharger le CSV' }).click();
    await page.getByText('Le dernier jour doit suivre le premier.').waitFor();
    await page.getByRole('link', { name: /Télécharger le modèle CSV/ }).waitFor();
    await page.screenshot({ path: join(shotsDir, 'planning-exchange-1280.png'), fullPage: true });
  });

  it('on a 390 px phone: the list by default, the whole toolbar visible, no sideways scroll', async () => {
    const { context: phone, page: small } = await openFrenchPage(browser, pageErrors, { viewport: { width: 390, height: 844 }, storageState: await context.storageState() });
    try {
      for (const path of ['calendar', 'my-briefs', 'editorial-line', 'exchange', 'channels']) {
        await small.goto(`${baseUrl}/orgs/${cityId}/${path}`);
        await small.getByRole('heading', { level: 1 }).waitFor();
        await small.waitForTimeout(500);
        const width = await small.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `${path} is ${width}px wide at 390px`);
        await small.screenshot({ path: join(shotsDir, `planning-${path}-390.png`), fullPage: true });
        await assertAccessible(small, `${path} (390 px)`);
      }
      await small.goto(`${baseUrl}/orgs/${cityId}/calendar`);
      await small.locator('.fc-listMonth-view').waitFor();
      for (const name of ['Mois', 'Semaine', 'Liste']) {
        const box = await small.getByRole('button', { name, exact: true }).boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${name} is inside the screen: ${JSON.stringify(box)}`);
      }
      // The week view on a phone: its French title fits above the grid.
      await small.getByRole('button', { name: 'Semaine', exact: true }).click();
      await small.locator('.fc-timeGridWeek-view').waitFor();
      const titleBox = await small.locator('.fc-toolbar-title').boundingBox();
      assert.ok(titleBox && titleBox.x >= 0 && titleBox.x + titleBox.width <= 390, `the week title fits: ${JSON.stringify(titleBox)}`);
      await small.screenshot({ path: join(shotsDir, 'planning2-week-390.png') });
      await small.getByRole('button', { name: 'Liste', exact: true }).click();
      await small.locator('.fc-listMonth-view').waitFor();

      // The filters fold behind a disclosure button on a phone.
      const toggle = small.getByRole('button', { name: /^Filtres/ });
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await small.getByRole('group', { name: 'Filtres' }).isVisible(), false);
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await small.getByRole('group', { name: 'Filtres' }).getByLabel('Thématique', { exact: true }).waitFor();
      await small.screenshot({ path: join(shotsDir, 'planning2-filters-390.png'), fullPage: true });
      await assertAccessible(small, 'calendar, filters open (390 px)');
      await toggle.click();

      await small.goto(`${baseUrl}/orgs/${cityId}/editorial-line`);
      await small.getByRole('button', { name: 'Ajouter une thématique' }).click();
      const themeDialog = small.getByRole('dialog', { name: 'Ajouter une thématique' });
      await themeDialog.getByRole('radio', { name: 'Autre couleur (hexadécimal)', exact: true }).check();
      await themeDialog.getByLabel('Code hexadécimal', { exact: true }).fill('#6a6af4');
      await themeDialog.getByText(/^Contraste insuffisant/).waitFor();
      const themeBox = await themeDialog.boundingBox();
      assert.ok(themeBox && themeBox.x >= 0 && themeBox.x + themeBox.width <= 390, `the theme dialog fits: ${JSON.stringify(themeBox)}`);
      await small.screenshot({ path: join(shotsDir, 'planning2-palette-390.png') });
      await themeDialog.getByRole('radio', { name: 'Bleu marine', exact: true }).scrollIntoViewIfNeeded();
      await small.screenshot({ path: join(shotsDir, 'planning2-palette-top-390.png') });
      await assertAccessible(small, 'theme dialog (390 px)');
      await small.keyboard.press('Escape');

      await small.goto(`${baseUrl}/orgs/${cityId}/calendar`);
      await small.locator('.fc-listMonth-view').waitFor();
      await small.getByRole('button', { name: 'Nouveau sujet' }).click();
      const dialog = small.getByRole('dialog', { name: 'Nouveau sujet' });
      await dialog.getByLabel('Titre', { exact: true }).waitFor();
      const box = await dialog.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the dialog fits: ${JSON.stringify(box)}`);
      await small.screenshot({ path: join(shotsDir, 'planning-new-brief-390.png') });
    } finally {
      await phone.close();
    }
  });

  it('the contributor finds the assigned brief in "Mes sujets", with an unread notification', async () => {
    await page.getByRole('button', { name: /^Menu utilisateur/ }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();

    await loginToCity(AGENT);
    await nav().getByRole('link', { name: 'Mes sujets' }).click();
    await page.waitForURL(`${baseUrl}/orgs/${cityId}/my-briefs`);
    await page.getByRole('heading', { level: 1, name: 'Mes sujets' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: briefs.assigned.title }) });
    await card.getByRole('link', { name: briefs.assigned.title, exact: true }).waitFor();
    await card.getByText('Attribué', { exact: true }).waitFor();
    await card.getByText(new RegExp(`à ${briefs.assigned.time}`)).waitFor();
    for (const key of ['moved', 'plain']) {
      assert.equal(await page.getByRole('heading', { name: briefs[key].title }).count(), 0, `${briefs[key].title} is not the contributor's`);
    }

    const bell = page.getByRole('button', { name: /^Notifications\s*\d+ non lues?$/ });
    await bell.waitFor();
    const unread = Number(((await bell.textContent()) ?? '').match(/(\d+) non lue/)?.[1]);
    assert.ok(unread >= 1, `unread count: ${await bell.textContent()}`);
    await page.screenshot({ path: join(screenshotsDir, 'planning-my-briefs.png'), fullPage: true });

    await bell.click();
    const notification = page.locator('.planning-bell__panel').getByRole('link', { name: briefs.assigned.title });
    await notification.waitFor();
    assert.equal(await notification.getAttribute('href'), `/orgs/${cityId}/briefs/${briefs.assigned.id}`);
    await page.keyboard.press('Escape');
    await page.locator('.planning-bell__panel').waitFor({ state: 'hidden' });
  });

  it('the "Mes sujets" page is accessible', async () => {
    await assertAccessible(page, 'my briefs');
  });

  it('raised no uncaught error in the page', () => {
    assert.deepEqual(
      pageErrors.map((e) => e.stack || String(e)),
      [],
    );
  });
});
