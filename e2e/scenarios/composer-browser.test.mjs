// Browser scenario for the composer (French UI, Chromium): the editor prepares a brief for Bluesky and
// Mastodon assigned to the contributor (through the API: the planning scenario covers those screens);
// the contributor opens it, « Rédiger un post », writes past Bluesky's 300 graphemes and sees the
// counter turn red in words, splits into a thread, adds an image and is blocked until its alt text
// is given, saves; the editor opens the post and sees the word diff between two versions.
// axe-core (WCAG 2 A/AA) must find nothing serious or critical on the composer at 1280 and 390 px,
// and the page must not scroll sideways at 390 px. Screenshots go to the team's shots directory.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import {
  DEMO_PASSWORD,
  PHONE,
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  launchChromium,
  signedInPage,
  teamShotsDir,
} from '../support/browser.mjs';
import { HttpSession, baseUrlFromEnv, show } from '../support/http-session.mjs';

const CITY = 'Ville de Démo';
const EDITOR = 'editeur@demo.parvis.fr';
const AGENT = 'agent@demo.parvis.fr';

/** A small, valid RGB PNG (a blue-to-green gradient), built with zlib: the API sniffs and re-encodes it. */
function gradientPng(width = 96, height = 64) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) row.set([20, Math.round((x / width) * 200), 180 - Math.round((y / height) * 120)], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A French text of a bit more than 300 graphemes, in sentences (the thread split cuts between them). */
function longText(tag) {
  const sentences = [
    `La fête du quartier des Pentes revient samedi ${tag} au parc de la Cerisaie, de 10 h à 18 h.`,
    'Au programme : concerts, ateliers pour les enfants, troc de plantes et repas partagé.',
    'Les associations du quartier tiennent des stands et présentent leurs activités de l’année.',
    'Venez nombreux, en famille ou entre voisins : l’entrée est libre et le site est accessible.',
  ];
  return sentences.join(' ');
}

describe('Browser scenario: from an assigned brief to a post for Bluesky and Mastodon, with rules, thread, alt text and versions', () => {
  const baseUrl = baseUrlFromEnv();
  const tag = randomBytes(3).toString('hex');
  let browser;
  let orgId;
  let briefId;
  let postId;
  const pageErrors = [];

  before(async () => {
    const editor = new HttpSession(baseUrl);
    const me = await editor.login(EDITOR, DEMO_PASSWORD);
    orgId = me.memberships.find((m) => m.organization.name === CITY).organization.id;
    const channels = await editor.get(`/api/orgs/${orgId}/channels`);
    assert.equal(channels.status, 200, show(channels));
    const targets = channels.body.items.filter((c) => c.network === 'bluesky' || c.network === 'mastodon').map((c) => c.id);
    assert.equal(targets.length, 2, 'the demo city has a Bluesky and a Mastodon channel');
    const members = await editor.get(`/api/orgs/${orgId}/members?limit=100`);
    assert.equal(members.status, 200, show(members));
    const agent = members.body.items.find((m) => m.email === AGENT);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const brief = await editor.post(`/api/orgs/${orgId}/briefs`, {
      title: `Fête du quartier ${tag}`,
      body: '',
      plannedDate: nextWeek,
      plannedTime: '10:00',
      channelIds: targets,
      assigneeMembershipId: agent.id,
    });
    assert.equal(brief.status, 201, show(brief));
    briefId = brief.body.id;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught error in the pages');
  });

  const loggedIn = (email) => signedInPage(browser, { baseUrl, email, pageErrors });

  it('the contributor drafts the post from the brief: red counter, thread, alt text required, saved', async () => {
    const { context, page } = await loggedIn(AGENT);
    await page.goto(`${baseUrl}/orgs/${orgId}/briefs/${briefId}`);
    await page.getByRole('link', { name: /Rédiger un post/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouveau post' }).waitFor();
    await page.getByRole('button', { name: 'Commencer la rédaction' }).click();
    await page.waitForURL(/\/posts\/[0-9a-f-]{36}$/);
    postId = new URL(page.url()).pathname.split('/').pop();

    const tabs = page.getByRole('tablist', { name: 'Versions par canal' });
    await tabs.waitFor();
    assert.equal(await tabs.getByRole('tab').count(), 2);
    await page.getByLabel('Texte principal', { exact: true }).fill(longText(tag));
    const bluesky = tabs.getByRole('tab', { name: /Bluesky/ });
    await bluesky.click();
    // Past 300 graphemes: said in words, not only in red.
    const over = page.locator('.pv-counter--over').getByText(/Trop long de \d+/);
    await over.waitFor();
    assert.match(await page.locator('.pv-counter--over').first().textContent(), /\/ 300 caractères/);
    assert.equal(await page.getByLabel(/Texte pour .*Bluesky/).getAttribute('aria-invalid'), 'true');
    // Mastodon counts 500: no overflow there (arrow key moves between the tabs).
    await bluesky.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: /Mastodon/, selected: true }).waitFor();
    assert.equal(await page.locator('.pv-counter--over').count(), 0);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('tab', { name: /Bluesky/, selected: true }).waitFor();

    await page.getByRole('button', { name: 'Découper en fil' }).click();
    await page.getByLabel('Partie 1 sur 2').waitFor();
    await page.getByLabel('Partie 2 sur 2').waitFor();
    await page.getByText('Enregistré à', { exact: false }).waitFor({ timeout: 20_000 });

    // An image without alt text blocks the submission (the domain's accessibility gate).
    await page.getByLabel('Ajouter une image ou une vidéo').setInputFiles({ name: `affiche-${tag}.png`, mimeType: 'image/png', buffer: gradientPng() });
    await page.getByText('Obligatoire : décrivez l’image pour les personnes qui ne la voient pas.').waitFor({ timeout: 20_000 });
    await page.getByText(/problèmes? bloquants? à corriger avant la soumission/).waitFor();
    await page.getByText('Ajoutez un texte alternatif qui décrit l’image.').first().waitFor();
    await page.getByLabel(/^Texte alternatif de affiche-/).fill('Affiche de la fête : des enfants dansent sous les cerisiers du parc.');
    await page.getByRole('button', { name: 'Enregistrer le texte alternatif' }).click();
    await page.getByText('Prêt à être soumis : aucun problème bloquant.').waitFor();

    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Enregistré à', { exact: false }).waitFor({ timeout: 20_000 });
    // The server's own check (authoritative) agrees with the browser's live readiness.
    await page.getByLabel('Qui peut répondre').selectOption({ label: 'Les comptes mentionnés' });
    await page.getByRole('button', { name: 'Prêt à soumettre ?' }).click();
    await page.getByText('Le serveur confirme : le post peut être soumis.').waitFor({ timeout: 20_000 });

    await page.screenshot({ path: join(teamShotsDir, 'composer-1280.png'), fullPage: true });
    await assertNoSeriousViolations(page, 'composer (1280 px)');

    await page.setViewportSize(PHONE);
    await page.getByRole('tablist', { name: 'Versions par canal' }).waitFor();
    await assertNoHorizontalOverflow(page, 'composer (390 px)');
    await assertNoSeriousViolations(page, 'composer (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'composer-390.png'), fullPage: true });
    await page.getByRole('tablist', { name: 'Versions par canal' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(teamShotsDir, 'composer-390-tabs.png') });
    await context.close();
  });

  it('the editor opens the post and sees the word diff between two versions', async () => {
    assert.ok(postId, 'the first step created the post');
    const { context, page } = await loggedIn(EDITOR);
    await page.goto(`${baseUrl}/orgs/${orgId}/posts/${postId}`);
    await page.getByRole('heading', { level: 2, name: 'Versions' }).waitFor();
    await page.getByLabel('Comparer la version').selectOption({ label: 'Version 1' });
    const diff = page.locator('.pv-diffs');
    await diff.waitFor().catch(async (error) => {
      console.log(`Versions section as shown:\n${await page.locator('main').innerText()}`);
      throw error;
    });
    assert.ok((await diff.locator('ins').count()) > 0, 'words added since version 1 are shown');
    assert.match(await diff.locator('ins').first().textContent(), /\S/);
    await page.screenshot({ path: join(teamShotsDir, 'composer-diff-1280.png'), fullPage: true });
    await context.close();
  });

  it('the calendar shows the post beside its brief, opens it in the composer, and the brief lists its posts', async () => {
    assert.ok(postId, 'the first step created the post');
    const { context, page } = await loggedIn(EDITOR);
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${baseUrl}/orgs/${orgId}/calendar?view=month&date=${nextWeek}`);
    const postEvent = page.locator('.pv-post-event').filter({ hasText: tag }).first();
    await postEvent.waitFor();
    assert.match(await postEvent.getAttribute('aria-label'), /^Post « .+ », .+ à 10:00, Bluesky, Mastodon, Brouillon$/);
    await page.screenshot({ path: join(teamShotsDir, 'finish-calendar-1280.png'), fullPage: true });
    await assertNoSeriousViolations(page, 'calendar with posts (1280 px)');

    await page.locator('.fc-event').filter({ hasText: `Fête du quartier ${tag}` }).first().click();
    const dialog = page.getByRole('dialog');
    const posts = dialog.getByRole('region', { name: 'Posts' });
    const listed = posts.getByRole('listitem').getByRole('link');
    await listed.first().waitFor();
    assert.equal(await listed.first().getAttribute('href'), `/orgs/${orgId}/posts/${postId}`);
    await posts.getByRole('link', { name: /Rédiger un post/ }).waitFor();
    await posts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(teamShotsDir, 'finish-brief-dialog-1280.png') });
    await assertNoSeriousViolations(page, 'brief dialog with its posts (1280 px)');
    await page.keyboard.press('Escape');

    await postEvent.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/posts/${postId}$`));
    await page.getByLabel('Texte principal').waitFor();

    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/orgs/${orgId}/calendar?view=list&date=${nextWeek}`);
    await page.locator('.pv-post-event').filter({ hasText: tag }).first().waitFor();
    await assertNoHorizontalOverflow(page, 'calendar with posts (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'finish-calendar-390.png'), fullPage: true });
    await page.locator('.fc-event').filter({ hasText: `Fête du quartier ${tag}` }).first().click();
    await page.getByRole('dialog').getByRole('region', { name: 'Posts' }).getByRole('listitem').first().waitFor();
    await page.getByRole('dialog').getByRole('region', { name: 'Posts' }).scrollIntoViewIfNeeded();
    await assertNoHorizontalOverflow(page, 'brief dialog (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'finish-brief-dialog-390.png') });
    await context.close();
  });

  it('« Contenus » lists the post with its status in words, filters in the URL, « Mes contenus » for its author', async () => {
    assert.ok(postId, 'the first step created the post');
    const { context, page } = await loggedIn(AGENT);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Contenus' }).click();
    await page.waitForURL(new RegExp(`/orgs/${orgId}/posts$`));
    await page.getByRole('heading', { level: 1, name: 'Contenus' }).waitFor();
    await page.getByRole('checkbox', { name: 'Mes contenus' }).check();
    await page.getByLabel('Réseau').selectOption({ label: 'Mastodon' });
    await page.waitForURL(/\?mine=1&network=mastodon$/);
    const row = page.getByRole('list', { name: 'Contenus' }).getByRole('article').filter({ has: page.locator(`a[href="/orgs/${orgId}/posts/${postId}"]`) });
    await row.waitFor();
    await row.getByText('Brouillon', { exact: true }).waitFor();
    assert.ok(await page.getByRole('link', { name: 'Nouveau contenu' }).isVisible(), 'a contributor may write a new post');
    await page.screenshot({ path: join(teamShotsDir, 'H9-contents-1280.png'), fullPage: true });
    await assertNoSeriousViolations(page, 'contents (1280 px)');

    await page.setViewportSize(PHONE);
    await page.reload();
    await row.waitFor();
    await assertNoHorizontalOverflow(page, 'contents (390 px)');
    await assertNoSeriousViolations(page, 'contents (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'H9-contents-390.png'), fullPage: true });
    await context.close();
  });
});
