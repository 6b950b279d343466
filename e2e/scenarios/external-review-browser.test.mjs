// Browser scenario for the external approver (French UI, Chromium). Set up through the API: a theme and
// a circuit chosen by it whose only step is external (« Cabinet du maire »), the editor's post on Bluesky
// and Mastodon with a photo, submitted. In Chromium the editor sends the mayor a link from the panel below
// the composer (no mail server: the link is shown once, copied). Then in a browser with no session:
// the link opens the public page (the organisation's name, each network's preview, the photo through the
// token), axe-core finds nothing serious or critical at 1280 and 390 px (no sideways scroll on the phone),
// the mayor approves with her name and e-mail; the post is approved, the link is used, and opening it
// again says so in French. Screenshots go to the team's shots directory.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import {
  DEMO_PASSWORD,
  DESKTOP,
  PHONE,
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  launchChromium,
  openFrenchPage,
  signedInPage,
  teamShotsDir,
} from '../support/browser.mjs';
import { HttpSession, baseUrlFromEnv, show } from '../support/http-session.mjs';

const CITY = 'Ville de Démo';
const ADMIN = 'admin@demo.parvis.fr';
const EDITOR = 'editeur@demo.parvis.fr';

/** A 1200×800 photo-like picture (a gradient and a sun), made on the fly. */
function picture() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fb2e5"/><stop offset="1" stop-color="#2e7d32"/></linearGradient></defs><rect width="1200" height="800" fill="url(#g)"/><circle cx="900" cy="220" r="110" fill="#ffd54f"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

describe('Browser scenario: an external approver opens her link, reads the previews and approves', () => {
  const baseUrl = baseUrlFromEnv();
  const tag = randomBytes(3).toString('hex');
  const title = `Marché de printemps ${tag}`;
  let browser;
  let orgId;
  let postId;
  let token;
  let editor;
  const pageErrors = [];

  before(async () => {
    const admin = new HttpSession(baseUrl);
    const me = await admin.login(ADMIN, DEMO_PASSWORD);
    orgId = me.memberships.find((m) => m.organization.name === CITY).organization.id;
    const theme = await admin.post(`/api/orgs/${orgId}/themes`, { name: `Marchés ${tag}`, color: '#0063CB' });
    assert.equal(theme.status, 201, show(theme));
    const circuit = await admin.post(`/api/orgs/${orgId}/circuits`, {
      name: `Circuit cabinet ${tag}`,
      priority: 100,
      condition: { themeIds: [theme.body.id] },
      steps: [{ name: 'Cabinet du maire', approverKind: 'external', quorum: 'any', deadlineHours: 48 }],
    });
    assert.equal(circuit.status, 201, show(circuit));

    editor = new HttpSession(baseUrl);
    await editor.login(EDITOR, DEMO_PASSWORD);
    const channels = await editor.get(`/api/orgs/${orgId}/channels`);
    const channelIds = channels.body.items.filter((c) => c.network === 'bluesky' || c.network === 'mastodon').map((c) => c.id);
    assert.equal(channelIds.length, 2, show(channels));
    const form = new FormData();
    form.append('file', new Blob([await picture()], { type: 'image/jpeg' }), 'marche.jpg');
    form.append('altText', 'Les étals du marché sous un ciel bleu, place de la mairie');
    const uploaded = await fetch(`${baseUrl}/api/orgs/${orgId}/media`, { method: 'POST', headers: { cookie: editor.cookieHeader(), accept: 'application/json' }, body: form });
    const uploadedText = await uploaded.text();
    assert.equal(uploaded.status, 201, uploadedText);
    const mediaId = JSON.parse(uploadedText).id;
    const post = await editor.post(`/api/orgs/${orgId}/posts`, {
      masterText: `${title} : samedi de 8 h à 13 h, place de la mairie. Producteurs locaux, fleurs et animations pour les enfants.`,
      themeId: theme.body.id,
      channelIds,
      plannedAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    });
    assert.equal(post.status, 201, show(post));
    postId = post.body.id;
    const withMedia = await editor.request('PATCH', `/api/orgs/${orgId}/posts/${postId}`, { variants: channelIds.map((channelId) => ({ channelId, media: [{ mediaId }] })) });
    assert.equal(withMedia.status, 200, show(withMedia));
    const submitted = await editor.post(`/api/orgs/${orgId}/posts/${postId}/submit`, {});
    assert.equal(submitted.status, 200, show(submitted));
    assert.equal(submitted.body.steps[submitted.body.currentStep].name, 'Cabinet du maire');
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught error in the pages');
  });

  async function openLink(viewport) {
    const { context, page } = await openFrenchPage(browser, pageErrors, { viewport });
    await page.goto(`${baseUrl}/validation-externe/${token}`);
    await page.getByRole('heading', { level: 1, name: 'Validation d’une publication' }).waitFor();
    return { context, page };
  }

  it('the editor sends the link from the panel below the composer and copies it (no mail server here)', async () => {
    const { context, page } = await signedInPage(browser, { baseUrl, email: EDITOR, pageErrors });
    await page.goto(`${baseUrl}/orgs/${orgId}/posts/${postId}`);
    const panel = page.getByRole('region', { name: 'Validation externe' });
    await panel.getByText('L’étape « Cabinet du maire » est décidée par une personne sans compte').waitFor();
    await panel.getByLabel('Nom de la personne').fill('Mme la Maire');
    await panel.getByLabel('Son adresse électronique').fill('maire@ville-de-demo.fr');
    await panel.getByLabel('Le lien est valable').selectOption({ label: '14 jours' });
    await panel.getByRole('button', { name: 'Envoyer le lien' }).click();
    await panel.getByText('Aucun serveur d’e-mail n’est configuré : copiez ce lien et transmettez-le à Mme la Maire').waitFor();
    const url = await panel.getByLabel('Lien de validation pour Mme la Maire').inputValue();
    assert.match(url, /\/validation-externe\/[A-Za-z0-9_-]{65}$/);
    token = url.split('/').pop();
    await panel.getByRole('listitem').filter({ hasText: /Mme la Maire.*en attente/ }).waitFor();
    await panel.screenshot({ path: join(teamShotsDir, 'H3-external-review-panel-1280.png') });
    await context.close();
  });

  it('shows the organisation, each network’s preview and the photo through the link, accessible at 1280 and 390 px', async () => {
    for (const [viewport, name] of [
      [DESKTOP, '1280'],
      [PHONE, '390'],
    ]) {
      const { context, page } = await openLink(viewport);
      await page.getByText(`${CITY} vous demande de valider cette publication`).waitFor();
      const bluesky = page.getByRole('article', { name: 'Bluesky · Ville de Démo sur Bluesky' });
      await bluesky.getByText(title).waitFor();
      await page.getByRole('article', { name: 'Mastodon · Ville de Démo sur Mastodon' }).waitFor();
      const photo = bluesky.getByRole('img', { name: 'Les étals du marché sous un ciel bleu, place de la mairie' });
      await photo.waitFor();
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await photo.elementHandle());
      // Nothing of the organisation beyond the post: no navigation, no member, no sign-in state.
      assert.equal(await page.getByRole('navigation', { name: 'Navigation principale' }).count(), 0);
      assert.equal(await page.getByText('editeur@demo.parvis.fr').count(), 0);
      await assertNoSeriousViolations(page, `external review page (${name})`);
      if (viewport === PHONE) await assertNoHorizontalOverflow(page, 'external review page (390)');
      await page.screenshot({ path: join(teamShotsDir, `H3-external-review-${name}.png`), fullPage: true });
      await context.close();
    }
  });

  it('records the approval with the name and e-mail given; the post is approved and the link is spent', async () => {
    const { context, page } = await openLink(DESKTOP);
    await page.getByLabel('Vos nom et prénom').fill('Claire Martin');
    await page.getByLabel('Votre adresse électronique').fill('claire.martin@ville-de-demo.fr');
    await page.getByRole('button', { name: 'Valider la publication' }).click();
    await page.getByText('Merci, votre validation est enregistrée').waitFor();
    await assertNoSeriousViolations(page, 'external review page (approved)');
    await page.screenshot({ path: join(teamShotsDir, 'H3-external-review-approved-1280.png'), fullPage: true });

    const review = await editor.get(`/api/orgs/${orgId}/posts/${postId}/review`);
    assert.equal(review.status, 200, show(review));
    assert.equal(review.body.status, 'approved');
    assert.equal(review.body.decisions.at(-1).deciderName, 'Claire Martin (externe)');
    const links = await editor.get(`/api/orgs/${orgId}/posts/${postId}/external-reviews`);
    assert.deepEqual(
      links.body.items.map((l) => [l.state, l.decision, l.deciderName]),
      [['used', 'approve', 'Claire Martin']],
    );

    await page.reload();
    await page.getByText('Une décision a déjà été donnée avec ce lien : il ne sert qu’une fois.').waitFor();
    await context.close();
  });
});
