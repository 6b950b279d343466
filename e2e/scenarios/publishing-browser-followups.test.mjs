// Browser scenario for three publishing follow-ups (French UI, Chromium, the run's shared app):
// - a channel published by hand reads « Publié à la main » on the channels page (its table and its card) to a
//   non-admin (the editor), never « Connecté »;
// - « Publier maintenant » from the publications page sends the post's version as If-Match: when someone
//   changed the post after the page loaded it, the conflict dialog shows both versions, and « Publier la
//   version actuelle maintenant » sends it with the current version;
// - a long first line is cut at its last whole word with « … » in the queue and in the « Contenus » list.
// axe-core: nothing serious or critical on the channels page, the conflict dialog and the posts list at
// 1280 and 390 px; screenshots go to the team's shots directory.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DESKTOP,
  PHONE,
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  launchChromium,
  signedInPage,
  teamShotsDir,
} from '../support/browser.mjs';
import { baseUrlFromEnv } from '../support/http-session.mjs';
import { apiSession, seedScheduledPosts } from '../support/publishing-seed.mjs';

const ADMIN = 'admin@demo.parvis.fr';
const EDITOR = 'editeur@demo.parvis.fr';
const CITY = 'Ville de Démo';
const TITLE_MAX = 80;

/** The organisation's calendar day of an instant (the publications page's `?day=`). */
const parisDay = (instant) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** A list title of `line`: whole, or a prefix that ends a word, then « … », within 80 characters. */
function assertWholeWordTitle(title, line) {
  assert.ok(title.endsWith('…'), `« ${title} » ends with « … »`);
  assert.ok([...title].length <= TITLE_MAX, `« ${title} » is at most ${TITLE_MAX} characters`);
  const kept = title.slice(0, -1);
  assert.ok(line.startsWith(kept), `« ${kept} » starts the line`);
  assert.match(line.charAt(kept.length), /[\s,;:]/, `« ${kept} » stops at the end of a word`);
}

describe('Browser scenario: a manual channel reads « Publié à la main » to the editor; « Publier maintenant » from the queue meets a newer version; whole-word titles', () => {
  const baseUrl = baseUrlFromEnv();
  const tag = randomBytes(3).toString('hex');
  const line = `Collecte des encombrants ${tag} : la métropole passe dans votre quartier mardi matin, sortez vos objets la veille au soir`;
  const text = `${line}\n\nListe des objets acceptés sur le site de la ville.`;
  const channelName = `Panneau lumineux ${tag}`;
  const pageErrors = [];
  let browser;
  let orgId;
  let postId;
  let plannedAt;
  let editor;

  before(async () => {
    const admin = await apiSession(baseUrl, ADMIN);
    editor = await apiSession(baseUrl, EDITOR);
    const me = await admin.call('GET', '/auth/me');
    orgId = me.memberships.find((m) => m.organization.name === CITY).organization.id;
    const channel = await admin.call('POST', `/orgs/${orgId}/channels`, { network: 'linkedin', handle: `panneau-${tag}`, displayName: channelName });
    await admin.call('PUT', `/orgs/${orgId}/channels/${channel.id}/connection`, { publishing: 'manual' });
    plannedAt = new Date(Date.now() + 45 * 60_000);
    [postId] = await seedScheduledPosts(baseUrl, { orgId, items: [{ text, channelIds: [channel.id] }], plannedAt, concurrency: 1 });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught error in the pages');
  });

  const loggedIn = (email) => signedInPage(browser, { baseUrl, email, pageErrors, timeout: 30_000 });

  it('the editor (not an admin) reads « Publié à la main » on the manual channel, never « Connecté »', async () => {
    const { context, page } = await loggedIn(EDITOR);
    await page.goto(`${baseUrl}/orgs/${orgId}/channels`);
    const card = page.getByRole('listitem', { name: `${channelName} · LinkedIn` });
    await card.getByText('Publié à la main', { exact: true }).waitFor();
    assert.equal(await card.getByText('Connecté', { exact: true }).count(), 0, 'no « Connecté » on a manual channel');
    await card.getByText(/la personne désignée reçoit le texte final/).waitFor();
    // The channels table above says the same in its « État » column.
    const row = page.getByRole('row', { name: new RegExp(channelName) });
    await row.getByText('Publié à la main', { exact: true }).waitFor();
    assert.equal(await row.getByText('Connecté', { exact: true }).count(), 0, 'no « Connecté » in the table either');
    await card.scrollIntoViewIfNeeded();
    await assertNoSeriousViolations(page, 'channels, editor (1280 px)');
    await page.screenshot({ path: join(teamShotsDir, 'followups-channels-manual-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await assertNoHorizontalOverflow(page, 'channels, editor (390 px)');
    await assertNoSeriousViolations(page, 'channels, editor (390 px)');
    await card.screenshot({ path: join(teamShotsDir, 'followups-channels-manual-phone.png') });
    await context.close();
  });

  it('« Publier maintenant » after someone changed the post: both versions, then it goes with the current one', async () => {
    const { context, page } = await loggedIn(EDITOR);
    await page.goto(`${baseUrl}/orgs/${orgId}/publications?day=${parisDay(plannedAt)}`);
    const upcoming = page.getByRole('region', { name: /^À venir/ });
    const item = upcoming.getByRole('listitem').filter({ hasText: channelName });
    const title = (await item.getByRole('heading').innerText()).trim();
    assertWholeWordTitle(title, line);

    // Meanwhile someone takes the post out of the queue and puts it back: its version moves on.
    const loaded = await editor.call('GET', `/orgs/${orgId}/posts/${postId}`);
    await editor.call('POST', `/orgs/${orgId}/posts/${postId}/unschedule`, {}, { ifMatch: loaded.version });
    const unscheduled = await editor.call('GET', `/orgs/${orgId}/posts/${postId}`);
    await editor.call('POST', `/orgs/${orgId}/posts/${postId}/schedule`, {}, { ifMatch: unscheduled.version });
    const current = await editor.call('GET', `/orgs/${orgId}/posts/${postId}`);
    assert.ok(current.version > loaded.version, 'the post has a newer version than the page loaded');

    await item.getByRole('button', { name: `Publier maintenant « ${title} »` }).click();
    const confirm = page.getByRole('dialog', { name: `Publier « ${title} » maintenant ?` });
    await confirm.getByRole('button', { name: 'Publier maintenant' }).click();
    const conflict = page.getByRole('dialog', { name: 'Quelqu’un d’autre a modifié cet élément' });
    await conflict.getByRole('row', { name: /^Heure prévue/ }).waitFor();
    await conflict.getByRole('row', { name: /^Texte/ }).waitFor();
    await assertNoSeriousViolations(page, 'publications, conflict dialog (1280 px)');
    await page.screenshot({ path: join(teamShotsDir, 'followups-publish-now-conflict-desktop.png') });
    await page.setViewportSize(PHONE);
    await assertNoHorizontalOverflow(page, 'publications, conflict dialog (390 px)');
    await assertNoSeriousViolations(page, 'publications, conflict dialog (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'followups-publish-now-conflict-phone.png') });

    await conflict.getByRole('button', { name: 'Publier la version actuelle maintenant' }).click();
    await conflict.waitFor({ state: 'detached' });
    const moved = await editor.call('GET', `/orgs/${orgId}/posts/${postId}`);
    assert.ok(['publishing', 'published'].includes(moved.status), `the post went out (${moved.status})`);
    await context.close();
  });

  it('« Contenus » titles the long post at its last whole word', async () => {
    const { context, page } = await loggedIn(EDITOR);
    await page.goto(`${baseUrl}/orgs/${orgId}/posts?network=linkedin`);
    const link = page.getByRole('heading', { level: 2 }).getByRole('link', { name: new RegExp(`^Collecte des encombrants ${tag}`) });
    await link.waitFor();
    assertWholeWordTitle((await link.innerText()).trim(), line);
    await assertNoSeriousViolations(page, 'posts list (1280 px)');
    await page.screenshot({ path: join(teamShotsDir, 'followups-contents-desktop.png') });
    await page.setViewportSize(PHONE);
    await assertNoHorizontalOverflow(page, 'posts list (390 px)');
    await assertNoSeriousViolations(page, 'posts list (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'followups-contents-phone.png') });
    await page.setViewportSize(DESKTOP);
    await context.close();
  });
});
