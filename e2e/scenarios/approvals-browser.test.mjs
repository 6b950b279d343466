// Browser scenario for the approval circuit (French UI, Chromium). Set up through the API: a theme and
// a two-step circuit chosen by it (1. the head of the author's service, 2. the comms director, named),
// the approver Victor joins the agent's service (so he heads it for her posts), and the agent's post.
// Then in the browser: the agent submits from the review page, the service head finds it in « À valider »
// (badge in the navigation) and approves, the comms director requests changes with a comment, the agent
// edits the text in the composer and submits again (back to step 1), both approve, the post is approved,
// and its timeline lists all of it. axe-core: nothing serious or critical on the queue and review pages
// at 1280 and 390 px; screenshots go to the team's shots directory.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DEMO_PASSWORD,
  DESKTOP,
  PHONE,
  assertNoHorizontalOverflow,
  assertNoSeriousViolations,
  launchChromium,
  signedInPage,
  teamShotsDir,
} from '../support/browser.mjs';
import { HttpSession, baseUrlFromEnv, show } from '../support/http-session.mjs';

const CITY = 'Ville de Démo';
const ADMIN = 'admin@demo.parvis.fr';
const EDITOR = 'editeur@demo.parvis.fr';
const AGENT = 'agent@demo.parvis.fr';
const HEAD = 'validateur@demo.parvis.fr';

describe('Browser scenario: a post through a two-step circuit, changes requested, edited, approved by both, with its timeline', () => {
  const baseUrl = baseUrlFromEnv();
  const tag = randomBytes(3).toString('hex');
  const title = `Concert au kiosque ${tag}`;
  let browser;
  let orgId;
  let postId;
  const pageErrors = [];

  before(async () => {
    const admin = new HttpSession(baseUrl);
    const me = await admin.login(ADMIN, DEMO_PASSWORD);
    orgId = me.memberships.find((m) => m.organization.name === CITY).organization.id;
    const members = await admin.get(`/api/orgs/${orgId}/members?limit=100`);
    assert.equal(members.status, 200, show(members));
    const byEmail = (email) => members.body.items.find((m) => m.email === email);
    const agent = byEmail(AGENT);
    const head = byEmail(HEAD);
    // The approver joins the agent's service: for her posts he is the service head (an approving role in her service).
    const serviceIds = [...new Set([...head.services, ...agent.services].map((s) => s.id))];
    const joined = await admin.patch(`/api/orgs/${orgId}/members/${head.id}`, { serviceIds });
    assert.equal(joined.status, 200, show(joined));

    const theme = await admin.post(`/api/orgs/${orgId}/themes`, { name: `Kiosque ${tag}`, color: '#0063CB' });
    assert.equal(theme.status, 201, show(theme));
    const circuit = await admin.post(`/api/orgs/${orgId}/circuits`, {
      name: `Circuit kiosque ${tag}`,
      kind: 'base',
      priority: 100,
      condition: { themeIds: [theme.body.id] },
      steps: [
        { name: 'Chef de service', approverKind: 'service_head', quorum: 'any', deadlineHours: 48 },
        { name: 'Directeur de la communication', approverKind: 'members', membershipIds: [byEmail(EDITOR).id], quorum: 'any', deadlineHours: 48 },
      ],
    });
    assert.equal(circuit.status, 201, show(circuit));

    const author = new HttpSession(baseUrl);
    await author.login(AGENT, DEMO_PASSWORD);
    const channels = await author.get(`/api/orgs/${orgId}/channels`);
    assert.equal(channels.status, 200, show(channels));
    const bluesky = channels.body.items.find((c) => c.network === 'bluesky');
    const post = await author.post(`/api/orgs/${orgId}/posts`, {
      masterText: `${title} : la fanfare municipale joue dimanche à 16 h au parc de la Cerisaie.`,
      themeId: theme.body.id,
      channelIds: [bluesky.id],
      plannedAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    });
    assert.equal(post.status, 201, show(post));
    postId = post.body.id;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    assert.deepEqual(pageErrors.map(String), [], 'no uncaught error in the pages');
  });

  const loggedIn = (email) => signedInPage(browser, { baseUrl, email, pageErrors });

  const reviewPath = () => `/orgs/${orgId}/posts/${postId}/review`;
  const currentStep = (page) => page.getByRole('list', { name: 'Étapes du circuit' }).locator('li[aria-current="step"]');

  /** The approver opens « À valider » from the navigation, finds the post, opens its review page. */
  async function openFromQueue(page, shots) {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: /^Validation \d+ posts? à valider$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'À valider' }).waitFor();
    const item = page.getByRole('article').filter({ hasText: title });
    await item.waitFor();
    if (shots) {
      await assertNoSeriousViolations(page, `queue (${shots})`);
      await page.screenshot({ path: join(teamShotsDir, `approvals-queue-${shots}.png`), fullPage: true });
    }
    await item.getByRole('link', { name: new RegExp(`^Relire « ${title}`) }).click();
    await page.waitForURL(new RegExp(`${reviewPath()}$`));
    await page.getByRole('list', { name: 'Étapes du circuit' }).waitFor();
  }

  async function decide(page, button, comment) {
    if (comment) await page.getByLabel('Commentaire', { exact: true }).fill(comment);
    await page.getByRole('button', { name: button }).click();
  }

  it('the agent submits her post from its review page: step 1, the service head', async () => {
    const { context, page } = await loggedIn(AGENT);
    await page.goto(`${baseUrl}/orgs/${orgId}/posts/${postId}`);
    await page.getByRole('link', { name: 'Validation : soumettre et suivre' }).click();
    await page.getByText('Ce post n’a pas encore été soumis à validation.').waitFor();
    await page.getByRole('button', { name: 'Soumettre à validation' }).click();
    await page.getByText('Post soumis : il est à l’étape 1 du circuit.').waitFor();
    assert.match(await currentStep(page).textContent(), /Étape 1.*Chef de service.*En cours/);
    // The author decides nothing.
    assert.equal(await page.getByRole('button', { name: 'Approuver' }).count(), 0);
    await context.close();
  });

  it('the service head finds it in « À valider » and approves: step 2', async () => {
    const { context, page } = await loggedIn(HEAD);
    await openFromQueue(page, '1280');
    await page.getByRole('heading', { name: 'Aperçu sur Bluesky' }).waitFor();
    await page.getByText('Aucune version de ce post n’a encore été approuvée : tout le contenu est à relire.').waitFor();
    await assertNoSeriousViolations(page, 'review (1280)');
    await page.screenshot({ path: join(teamShotsDir, 'approvals-review-1280.png'), fullPage: true });

    await page.setViewportSize(PHONE);
    await assertNoHorizontalOverflow(page, 'review (390 px)');
    await assertNoSeriousViolations(page, 'review (390)');
    await page.screenshot({ path: join(teamShotsDir, 'approvals-review-390.png'), fullPage: true });
    await page.goto(`${baseUrl}/orgs/${orgId}/approvals`);
    await page.getByRole('article').filter({ hasText: title }).waitFor();
    await assertNoHorizontalOverflow(page, 'queue (390 px)');
    await assertNoSeriousViolations(page, 'queue (390)');
    await page.screenshot({ path: join(teamShotsDir, 'approvals-queue-390.png'), fullPage: true });
    await page.setViewportSize(DESKTOP);

    await page.goto(`${baseUrl}${reviewPath()}`);
    await decide(page, 'Approuver');
    await page.getByText('Vous avez approuvé ce post.').waitFor();
    assert.match(await currentStep(page).textContent(), /Étape 2.*Directeur de la communication/);
    await context.close();
  });

  it('the comms director requests changes, with the comment required first', async () => {
    const { context, page } = await loggedIn(EDITOR);
    await openFromQueue(page);
    await page.getByRole('button', { name: 'Demander des modifications' }).click();
    await page.getByText('Écrivez un commentaire pour expliquer votre décision.').waitFor();
    await decide(page, 'Demander des modifications', 'Précisez que le concert est gratuit.');
    await page.getByText('Vous avez demandé des modifications.').waitFor();
    await page.getByText('Statut : Modifications demandées').waitFor();
    await context.close();
  });

  it('the agent edits the text and submits again: back to step 1', async () => {
    const { context, page } = await loggedIn(AGENT);
    await page.goto(`${baseUrl}/orgs/${orgId}/posts/${postId}`);
    const master = page.getByLabel('Texte principal', { exact: true });
    await master.fill(`${title} : la fanfare municipale joue dimanche à 16 h au parc de la Cerisaie, concert gratuit.`);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Enregistré à', { exact: false }).waitFor({ timeout: 20_000 });
    // Below the composer: the way to the review page and the timeline, the director's comment in it.
    await page.getByText('Commentaire : Précisez que le concert est gratuit.').waitFor();
    await page.screenshot({ path: join(teamShotsDir, 'approvals-composer-1280.png'), fullPage: true });
    await page.getByRole('link', { name: 'Validation : soumettre et suivre' }).click();
    await page.getByRole('button', { name: 'Soumettre de nouveau' }).click();
    await page.getByText('Post soumis : il est à l’étape 1 du circuit.').waitFor();
    assert.match(await currentStep(page).textContent(), /Étape 1.*Chef de service/);
    await context.close();
  });

  it('the service head, then the comms director approve: the post is approved and its timeline tells all of it', async () => {
    const head = await loggedIn(HEAD);
    await openFromQueue(head.page);
    // He reads what changed since the version he approved: the words added are marked as such.
    await head.page.getByText(/^Version \d+ \(approuvée\) → version \d+ \(à relire\)\.$/).waitFor();
    await head.page.locator('.pv-diffs ins').first().waitFor().catch(async (error) => {
      console.log(`Review page as shown:\n${await head.page.locator('main').innerText()}`);
      throw error;
    });
    assert.match((await head.page.locator('.pv-diffs ins').allTextContents()).join(' '), /gratuit/);
    assert.match(await head.page.locator('.pv-diffs ins').first().getAttribute('aria-label'), /^ajouté : /);
    await head.page.getByRole('heading', { name: 'Modifications depuis la dernière version approuvée' }).scrollIntoViewIfNeeded();
    await head.page.screenshot({ path: join(teamShotsDir, 'approvals-review-diff-1280.png') });
    await decide(head.page, 'Approuver');
    await head.page.getByText('Vous avez approuvé ce post.').waitFor();
    await head.context.close();

    const { context, page } = await loggedIn(EDITOR);
    await openFromQueue(page);
    await decide(page, 'Approuver');
    await page.getByText('Vous avez approuvé ce post.').waitFor();
    await page.getByText('Statut : Approuvé').waitFor();
    assert.equal(await currentStep(page).count(), 0, 'no step left in progress');

    const timeline = page.getByRole('list', { name: 'Événements, du plus ancien au plus récent' });
    await timeline.getByRole('listitem').nth(6).waitFor();
    const events = (await timeline.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' '));
    const expected = [
      /Soumis à validation par Camille Contributrice/,
      /Approuvé \(étape 1, Chef de service\) par Victor Validateur/,
      /Modifications demandées \(étape 2, Directeur de la communication\) par Étienne Éditeur.*Précisez que le concert est gratuit\./,
      /Post modifié par Camille Contributrice/,
      /Soumis à validation par Camille Contributrice/,
      /Approuvé \(étape 1, Chef de service\) par Victor Validateur/,
      /Approuvé \(étape 2, Directeur de la communication\) par Étienne Éditeur/,
    ];
    let at = 0;
    for (const pattern of expected) {
      const found = events.findIndex((text, index) => index >= at && pattern.test(text));
      assert.ok(found >= 0, `timeline has ${pattern} after event ${at}:\n${events.join('\n')}`);
      at = found + 1;
    }
    await timeline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(teamShotsDir, 'approvals-approved-1280.png'), fullPage: true });
    await context.close();
  });
});
