// Browser scenario for publishing (French UI, Chromium), against a real Bluesky PDS on loopback: the admin
// connects a Bluesky channel on the channels page to an account the test created on the local PDS (its
// handle and app password), tests it; an approved post (drafted, submitted, approved with the default
// circuit and scheduled through the API, one minute ahead) shows « À venir » on the publications page,
// then under « Publiées » with its link once the publisher sent it; the record is read back from the PDS
// with @atproto/api, and the composer page shows the post published on its channel.
// The app is started here (not the run's shared one): OUTBOUND_ALLOW_LIST must name the PDS's port.
// axe-core: nothing serious or critical on the channels and publications pages at 1280 and 390 px.
import { AtpAgent } from '@atproto/api';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startApp } from '../support/app-server.mjs';
import {
  DESKTOP,
  PHONE,
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  launchChromium,
  signedInPage,
  teamShotsDir,
} from '../support/browser.mjs';
import { PEER_START_TIMEOUT_MS, startBlueskyPeer } from '../support/peers.mjs';
import { apiSession, seedScheduledPosts } from '../support/publishing-seed.mjs';

const ADMIN = 'admin@demo.parvis.fr';
const EDITOR = 'editeur@demo.parvis.fr';
const CITY = 'Ville de Démo';
/** A wait budget for the publisher (due in a minute, ticks every 2 s), not a timed assertion. */
const PUBLISHED_WITHIN_MS = 4 * 60_000;

describe('Browser scenario: connect a Bluesky channel to a local PDS, a post scheduled a minute ahead goes out with its link', { timeout: PEER_START_TIMEOUT_MS + 10 * 60_000 }, () => {
  const tag = randomBytes(3).toString('hex');
  const title = `Collecte des sapins ${tag}`;
  const text = `${title}\n\nDéposez le vôtre place Bellecour jusqu’au 15 janvier.`;
  const pageErrors = [];
  let peer;
  let app;
  let dataDir;
  let browser;
  let orgId;
  let channelId;
  let postId;
  let account;

  before(async () => {
    peer = await startBlueskyPeer({ accounts: [`mairie${tag}`] });
    [account] = peer.accounts;
    dataDir = await mkdtemp(join(tmpdir(), 'parvis-e2e-publishing-'));
    app = await startApp({
      label: 'publishing-app',
      // A first start creates the embedded database and the demo seed: slow on a loaded machine (a budget, not an assertion).
      readyTimeoutMs: 5 * 60_000,
      echo: process.env.E2E_APP_LOGS === '1',
      env: {
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        DATABASE_SCHEMA: '',
        SEED_DEMO: 'true',
        LOGIN_RATE_LIMIT_PER_MINUTE: '100',
        PUBLISHER_ENABLED: 'true',
        // The PDS listens on loopback over http: allowed by these two settings only (tests, local demos).
        OUTBOUND_ALLOW_LIST: peer.allowListEntry,
        OUTBOUND_ALLOW_HTTP: 'true',
      },
    });
    const admin = await apiSession(app.baseUrl, ADMIN);
    const me = await admin.call('GET', '/auth/me');
    orgId = me.memberships.find((m) => m.organization.name === CITY).organization.id;
    const channel = await admin.call('POST', `/orgs/${orgId}/channels`, { network: 'bluesky', handle: `@${account.handle}`, displayName: `Mairie ${tag}` });
    channelId = channel.id;
    browser = await launchChromium();
  }, { timeout: PEER_START_TIMEOUT_MS + 3 * 60_000 });

  after(async () => {
    await browser?.close();
    await app?.stop();
    await peer?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught error in the pages');
  });

  // Waits for the publisher and for a loaded machine: a budget per step (60 s), not a timed assertion.
  const loggedIn = (email) => signedInPage(browser, { baseUrl: app.baseUrl, email, pageErrors, timeout: 60_000 });

  it('the admin connects the channel to the PDS account with its app password, and tests it', async () => {
    const { context, page } = await loggedIn(ADMIN);
    await page.goto(`${app.baseUrl}/orgs/${orgId}/channels`);
    const card = page.getByRole('listitem', { name: `Mairie ${tag} · Bluesky` });
    await card.getByRole('button', { name: `Connecter : Mairie ${tag}` }).click();
    const dialog = page.getByRole('dialog', { name: `Connecter « Mairie ${tag} »` });
    assert.equal(await dialog.getByLabel('Serveur (PDS)').inputValue(), 'https://bsky.social');
    await dialog.getByText('Qu’est-ce qu’un mot de passe d’application ?').click();
    await dialog.getByText(/sans connaître le mot de passe principal/).waitFor();
    await dialog.getByLabel('Serveur (PDS)').fill(peer.pdsUrl);
    await dialog.getByLabel('Identifiant du compte').fill(account.handle);
    // A wrong app password first: the PDS's own words come back, nothing is stored.
    await dialog.getByLabel('Mot de passe d’application').fill('wxyz-wxyz-wxyz-wxyz');
    await dialog.getByRole('button', { name: 'Connecter le compte' }).click();
    await dialog.getByText('Le réseau social a refusé ces identifiants : vérifiez-les et réessayez.').waitFor();
    await dialog.getByText(/^Réponse du serveur : « .+ »$/).waitFor();
    await page.screenshot({ path: join(teamShotsDir, 'h6-channels-connect-error.png') });
    await dialog.getByLabel('Mot de passe d’application').fill(account.appPassword);
    await dialog.getByRole('button', { name: 'Connecter le compte' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText('Connecté', { exact: true }).waitFor();
    await card.getByRole('link', { name: account.handle }).waitFor();
    await card.getByText('300 caractères').waitFor();
    await card.getByRole('button', { name: `Tester : Mairie ${tag}` }).click();
    await card.getByText(`La connexion fonctionne : ${account.handle} répond.`).waitFor();
    await assertNoSeriousViolations(page, 'channels (1280 px)');
    await page.screenshot({ path: join(teamShotsDir, 'h6-channels-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await assertNoHorizontalOverflow(page, 'channels (390 px)');
    await assertNoSeriousViolations(page, 'channels (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'h6-channels-phone.png'), fullPage: true });
    await context.close();
  });

  it('an approved post scheduled a minute ahead is « À venir », then « Publiées » with its link', async () => {
    const plannedAt = new Date(Date.now() + 60_000);
    [postId] = await seedScheduledPosts(app.baseUrl, { orgId, items: [{ text, channelIds: [channelId] }], plannedAt, concurrency: 1 });

    const { context, page } = await loggedIn(EDITOR);
    await page.goto(`${app.baseUrl}/orgs/${orgId}/publications`);
    const upcoming = page.getByRole('region', { name: /^À venir/ });
    await upcoming.getByRole('link', { name: title }).waitFor();
    await upcoming.getByRole('button', { name: `Publier maintenant « ${title} »` }).waitFor();
    await assertNoSeriousViolations(page, 'publications (1280 px)');
    await page.screenshot({ path: join(teamShotsDir, 'h6-publications-upcoming-desktop.png'), fullPage: true });

    // The page refreshes itself while something is due: no reload.
    const published = page.getByRole('region', { name: /^Publiées/ });
    const live = published.getByRole('link', { name: `Voir la publication « ${title} » sur Bluesky` });
    await live.waitFor({ timeout: PUBLISHED_WITHIN_MS });
    const href = await live.getAttribute('href');
    const match = /^https:\/\/bsky\.app\/profile\/(did:[^/]+)\/post\/([a-z2-7]{13})$/.exec(href ?? '');
    assert.ok(match, `a Bluesky post link (${href})`);
    assert.equal(match[1], account.did);
    assert.equal(await page.getByRole('region', { name: /^À venir/ }).count(), 0, 'nothing left to come that day');
    await assertNoSeriousViolations(page, 'publications (1280 px, published)');
    await page.screenshot({ path: join(teamShotsDir, 'h6-publications-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await assertNoHorizontalOverflow(page, 'publications (390 px)');
    await assertNoSeriousViolations(page, 'publications (390 px)');
    await page.screenshot({ path: join(teamShotsDir, 'h6-publications-phone.png'), fullPage: true });

    // The record, read back from the PDS itself.
    const agent = new AtpAgent({ service: peer.pdsUrl });
    const record = await agent.com.atproto.repo.getRecord({ repo: account.did, collection: 'app.bsky.feed.post', rkey: match[2] });
    assert.equal(record.data.value.text, text);

    // The composer page says the same, per channel.
    await page.setViewportSize(DESKTOP);
    await page.goto(`${app.baseUrl}/orgs/${orgId}/posts/${postId}`);
    const status = page.getByRole('region', { name: 'Publication', exact: true });
    const row = status.getByRole('row', { name: new RegExp(`Mairie ${tag}`) });
    await row.getByText('publiée', { exact: true }).waitFor();
    assert.equal(await row.getByRole('link', { name: `Voir la publication sur Mairie ${tag} (Bluesky)` }).getAttribute('href'), href);
    await status.screenshot({ path: join(teamShotsDir, 'h6-composer-publication-status.png') });
    await context.close();
  });
});
