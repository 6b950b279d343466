import { createTestApp, TestApp } from '@parvis/api/testing';
import { DataSource } from 'typeorm';
import { ApprovalsModule } from '../src';
import { ExternalReviewTokens } from '../src/lib/external-review/external-review-tokens';
import { Scenario } from './approvals-helpers';
import supertest from 'supertest';

const EXTERNAL = { name: 'Cabinet du maire', approverKind: 'external', quorum: 'any' };
const EDITORIAL = { name: 'Validation éditoriale', approverKind: 'role', role: 'editor', quorum: 'any' };
const decision = (extra: object = {}) => ({ action: 'approve', name: 'Claire Martin', email: 'Claire.Martin@Mairie.fr', ...extra });

/** External approvers' links on PostgreSQL, through the HTTP API: sending, the public page, the decision. */
describe('external review links (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  let tokens: ExternalReviewTokens;
  // X-Forwarded-For is believed from loopback only: the recorded address is the one the proxy gives.
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule], { env: { TRUST_PROXY: 'loopback' } });
    db = t.app.get(DataSource);
    tokens = t.app.get(ExternalReviewTokens);
  });
  afterAll(() => t.close());

  const anonymous = () => supertest(t.app.getHttpServer());
  const page = (token: string) => anonymous().get(`/api/external-reviews/${token}`);
  const decide = (token: string, body: object = decision()) => anonymous().post(`/api/external-reviews/${token}/decision`).set('X-Forwarded-For', '203.0.113.7').send(body);
  const tokenOf = (url: string): string => url.split('/').pop() ?? '';

  /** An organisation whose circuit has an external step (then `after`), and a post submitted to it. */
  async function atExternalStep(name: string, steps: object[] = [EXTERNAL, EDITORIAL]) {
    const s = await Scenario.create(t, name);
    await s.admin.post(`${s.base}/circuits`).send({ name: 'Avec le cabinet', priority: 10, steps }).expect(201);
    const post = await s.post(s.contributor);
    await s.submit(s.contributor, post.id).expect(200);
    const send = (body: object = { name: 'Claire Martin', email: 'claire.martin@mairie.fr' }) => s.editor.post(`${s.base}/posts/${post.id}/external-reviews`).send(body);
    const links = async () => (await s.editor.get(`${s.base}/posts/${post.id}/external-reviews`).expect(200)).body.items;
    return { s, post, send, links };
  }

  it('sends a link only at an external step, to editors only, and returns its URL once', async () => {
    const s = await Scenario.create(t, 'Ville sans cabinet');
    const draft = await s.post(s.contributor);
    const early = await s.editor.post(`${s.base}/posts/${draft.id}/external-reviews`).send({ name: 'Élu', email: 'elu@ville.fr' });
    expect([early.status, early.body.code]).toEqual([409, 'EXTERNAL_REVIEW_NOT_EXTERNAL_STEP']);
    await s.submit(s.contributor, draft.id).expect(200);
    // The default circuit's step is the editors': no link there either.
    expect((await s.editor.post(`${s.base}/posts/${draft.id}/external-reviews`).send({ name: 'Élu', email: 'elu@ville.fr' })).body.code).toBe('EXTERNAL_REVIEW_NOT_EXTERNAL_STEP');

    const { s: c, post, send, links } = await atExternalStep('Ville au cabinet');
    // The editors are asked to send the link (nobody else decides at that step).
    const asked = (await c.editor.get(`${c.base}/notifications`).expect(200)).body.items;
    expect(asked.map((n: { kind: string; title: string }) => [n.kind, n.title])).toContainEqual(['post_review_requested', expect.stringContaining('attend l’envoi d’un lien de validation externe (Cabinet du maire)')]);
    await c.contributor.post(`${c.base}/posts/${post.id}/external-reviews`).send({ name: 'Élu', email: 'elu@ville.fr' }).expect(403);
    const created = await send({ name: '  Claire Martin ', email: 'Claire.Martin@Mairie.fr', expiresInDays: 3 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Claire Martin', email: 'claire.martin@mairie.fr', state: 'sent', round: 1, step: 0, decision: null, mailed: false });
    expect(created.body.url).toMatch(/^http:\/\/parvis\.test\/validation-externe\/[A-Za-z0-9_-]{65}$/);
    expect(new Date(created.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(3 * 86_400_000 - 60_000);
    const listed = await links();
    expect(listed).toHaveLength(1);
    expect(listed[0].url).toBeUndefined();
    // Only a hash of the random id is stored, never the token.
    const [row] = await db.query('SELECT * FROM external_review_link WHERE id = $1', [created.body.id]);
    expect(JSON.stringify(row)).not.toContain(tokenOf(created.body.url));
    expect(JSON.stringify(row)).not.toContain(tokenOf(created.body.url).slice(0, 22));
    // Members decide nothing at an external step.
    expect((await c.decide(c.editor, post.id)).body.code).toBe('POST_NOT_STEP_APPROVER');
    expect((await c.audit({ objectId: post.id })).map((e: { action: string }) => e.action)).toContain('post.external_review_sent');
  });

  it('shows the post’s previews and nothing else of the organisation, and serves only the post’s media', async () => {
    const { s, post, send } = await atExternalStep('Ville qui montre');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const media = (await s.editor.post(`${s.base}/media`).attach('file', png, { filename: 'parc.png', contentType: 'image/png' }).field('altText', 'Le parc au printemps').expect(201)).body.id;
    const other = (await s.editor.post(`${s.base}/media`).attach('file', png, { filename: 'autre.png', contentType: 'image/png' }).expect(201)).body.id;
    const version = (await s.editor.get(`${s.base}/posts/${post.id}`).expect(200)).body.version;
    await s.editor.patch(`${s.base}/posts/${post.id}`).set('If-Match', String(version)).send({ variants: [{ channelId: s.channelId, media: [{ mediaId: media }] }] }).expect(200);
    const token = tokenOf((await send().expect(201)).body.url);
    const shown = (await page(token).expect(200)).body;
    expect(Object.keys(shown).sort()).toEqual(['expiresAt', 'organizationName', 'plannedAt', 'stepName', 'timeZone', 'variants']);
    expect(shown).toMatchObject({ organizationName: s.org.name, stepName: 'Cabinet du maire', timeZone: 'Europe/Paris' });
    expect(shown.variants).toEqual([
      expect.objectContaining({ network: 'bluesky', channelName: 'Ville', media: [expect.objectContaining({ mediaId: media, kind: 'image', altText: 'Le parc au printemps' })] }),
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/contributor|@test\.parvis\.fr|membershipId|authorName/);
    const file = await anonymous().get(shown.variants[0].media[0].url).expect(200);
    expect(file.headers['content-type']).toMatch(/^image\//);
    const foreign = await anonymous().get(`/api/external-reviews/${token}/media/${other}`);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'EXTERNAL_REVIEW_MEDIA_NOT_FOUND']);
  });

  it('refuses a tampered signature, an unknown token and a row altered in the database', async () => {
    const { send } = await atExternalStep('Ville méfiante');
    const created = (await send().expect(201)).body;
    const token = tokenOf(created.url);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const tampered = await page(token.slice(0, -1) + last);
    expect([tampered.status, tampered.body.code]).toEqual([404, 'EXTERNAL_REVIEW_SIGNATURE_INVALID']);
    expect((await decide(token.slice(0, -1) + last)).body.code).toBe('EXTERNAL_REVIEW_SIGNATURE_INVALID');
    const unknown = await page((token[0] === 'A' ? 'B' : 'A') + token.slice(1));
    expect([unknown.status, unknown.body.code]).toEqual([404, 'EXTERNAL_REVIEW_LINK_NOT_FOUND']);
    expect((await page('x'.repeat(65))).body.code).toBe('EXTERNAL_REVIEW_LINK_NOT_FOUND');
    // Someone with the database extends the expiry: the signature no longer matches the row.
    await db.query(`UPDATE external_review_link SET expires_at = expires_at + interval '30 days' WHERE id = $1`, [created.id]);
    expect((await page(token)).body.code).toBe('EXTERNAL_REVIEW_SIGNATURE_INVALID');
  });

  it('records the decision with the name, e-mail, link id and client address, tells the author and editors, and is single-use', async () => {
    const { s, post, send, links } = await atExternalStep('Ville qui décide');
    const created = (await send().expect(201)).body;
    const token = tokenOf(created.url);
    const noComment = await decide(token, decision({ action: 'request_changes' }));
    expect([noComment.status, noComment.body.details?.[0]?.field]).toEqual([400, 'comment']);
    const decided = await decide(token);
    expect([decided.status, decided.body.decision]).toEqual([200, 'approve']);
    const review = await s.review(post.id);
    expect(review).toMatchObject({ status: 'in_review', currentStep: 1 });
    expect(review.decisions).toEqual([expect.objectContaining({ kind: 'approve', step: 0 })]);
    const [row] = await db.query('SELECT decider_name, decider_email, decider_address, decision, used_at FROM external_review_link WHERE id = $1', [created.id]);
    expect(row).toMatchObject({ decider_name: 'Claire Martin', decider_email: 'claire.martin@mairie.fr', decider_address: '203.0.113.7', decision: 'approve' });
    const [event] = (await s.audit({ objectId: post.id })).filter((e: { action: string }) => e.action === 'post.approve');
    expect(event).toMatchObject({ actorName: 'Claire Martin (externe)', clientAddress: '203.0.113.7', contentHashAfter: post.contentHash });
    expect(event.details).toMatchObject({ external: true, linkId: created.id, externalName: 'Claire Martin', externalEmail: 'claire.martin@mairie.fr' });
    for (const agent of [s.contributor, s.editor]) {
      const items = (await agent.get(`${s.base}/notifications`).expect(200)).body.items;
      expect(items.some((n: { kind: string; title: string }) => n.kind === 'external_review_decided' && n.title.startsWith('Claire Martin (externe) a validé'))).toBe(true);
    }
    const again = await decide(token);
    expect([again.status, again.body.code]).toEqual([410, 'EXTERNAL_REVIEW_USED']);
    expect((await page(token)).body.code).toBe('EXTERNAL_REVIEW_USED');
    expect((await links())[0]).toMatchObject({ state: 'used', decision: 'approve', deciderName: 'Claire Martin' });
    // Revoking a used link is refused: its decision is a record.
    expect((await s.editor.delete(`${s.base}/posts/${post.id}/external-reviews/${created.id}`)).status).toBe(409);
  });

  it('sends the post back to its author when the external approver requests changes', async () => {
    const { s, post, send } = await atExternalStep('Ville exigeante');
    const token = tokenOf((await send().expect(201)).body.url);
    await decide(token, decision({ action: 'request_changes', comment: 'Citer la date du conseil municipal.' })).expect(200);
    expect(await s.review(post.id)).toMatchObject({ status: 'changes_requested' });
    const [event] = (await s.audit({ objectId: post.id })).filter((e: { action: string }) => e.action === 'post.request_changes');
    expect(event.justification).toBe('Citer la date du conseil municipal.');
  });

  it('voids the link when the post is edited after sending, and answers 410 for expired and revoked links', async () => {
    const { s, post, send, links } = await atExternalStep('Ville qui corrige');
    const edited = (await send().expect(201)).body;
    const version = (await s.contributor.get(`${s.base}/posts/${post.id}`).expect(200)).body.version;
    await s.contributor.patch(`${s.base}/posts/${post.id}`).set('If-Match', String(version)).send({ masterText: 'Collecte des encombrants : nouvelle date' }).expect(200);
    const voided = await page(tokenOf(edited.url));
    expect([voided.status, voided.body.code]).toEqual([410, 'EXTERNAL_REVIEW_VOIDED']);
    expect((await decide(tokenOf(edited.url))).body.code).toBe('EXTERNAL_REVIEW_VOIDED');
    expect((await links())[0].state).toBe('voided');

    // A link past its expiry (the row and its signature as they would be days later).
    const late = (await send().expect(201)).body;
    const past = new Date(Date.now() - 60_000);
    await db.query('UPDATE external_review_link SET expires_at = $2 WHERE id = $1', [late.id, past]);
    const [row] = await db.query('SELECT organization_id, post_id, content_hash, round, step FROM external_review_link WHERE id = $1', [late.id]);
    const nonce = tokenOf(late.url).slice(0, 22);
    const expiredToken = tokens.token(nonce, { linkId: late.id, organizationId: row.organization_id, postId: row.post_id, contentHash: row.content_hash, round: row.round, step: row.step, expiresAt: past });
    const expired = await page(expiredToken);
    expect([expired.status, expired.body.code]).toEqual([410, 'EXTERNAL_REVIEW_EXPIRED']);
    expect((await decide(expiredToken)).body.code).toBe('EXTERNAL_REVIEW_EXPIRED');

    const revokedLink = (await send().expect(201)).body;
    await s.editor.delete(`${s.base}/posts/${post.id}/external-reviews/${revokedLink.id}`).set('If-Match', '1').expect(204);
    const revoked = await decide(tokenOf(revokedLink.url));
    expect([revoked.status, revoked.body.code]).toEqual([410, 'EXTERNAL_REVIEW_REVOKED']);
    expect((await links()).map((l: { state: string }) => l.state)).toEqual(['revoked', 'expired', 'voided']);
    expect((await s.review(post.id)).decisions).toEqual([]);
  });

  it('counts each link as an approver of the step: quorum "all" waits for every live link', async () => {
    const { s, post, send } = await atExternalStep('Ville à deux élus', [{ ...EXTERNAL, quorum: 'all' }, EDITORIAL]);
    const first = tokenOf((await send({ name: 'Élu A', email: 'a@ville.fr' }).expect(201)).body.url);
    const second = tokenOf((await send({ name: 'Élu B', email: 'b@ville.fr' }).expect(201)).body.url);
    await decide(first, decision({ name: 'Élu A', email: 'a@ville.fr' })).expect(200);
    expect(await s.review(post.id)).toMatchObject({ status: 'in_review', currentStep: 0 });
    await decide(second, decision({ name: 'Élu B', email: 'b@ville.fr' })).expect(200);
    expect(await s.review(post.id)).toMatchObject({ status: 'in_review', currentStep: 1 });
  });

  it('lets only one of two links racing for a quorum of one win (the other finds the step moved on)', async () => {
    const { s, post, send } = await atExternalStep('Ville au coude à coude externe');
    const tokensSent = [tokenOf((await send().expect(201)).body.url), tokenOf((await send({ name: 'Élu B', email: 'b@ville.fr' }).expect(201)).body.url)];
    const holder = db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM post_review WHERE post_id = $1 FOR UPDATE', [post.id]);
    const racing = Promise.all(tokensSent.map((token) => decide(token).then((r) => [r.status, r.body.code ?? null])));
    for (let i = 0; i < 200 && Number((await holder.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`))[0].n) < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await holder.commitTransaction();
    await holder.release();
    expect((await racing).sort()).toEqual([[200, null], [410, 'EXTERNAL_REVIEW_CLOSED']]);
    expect((await s.review(post.id)).decisions).toHaveLength(1);
  });

  it('keeps links inside their organisation: other organisations get 404, the database refuses a cross-organisation link', async () => {
    const { s, post, send } = await atExternalStep('Ville victime');
    const link = (await send().expect(201)).body;
    const attacker = await Scenario.create(t, 'Ville attaquante');
    await attacker.editor.post(`/api/orgs/${attacker.org.id}/posts/${post.id}/external-reviews`).send({ name: 'X', email: 'x@x.fr' }).expect(404);
    await attacker.editor.get(`/api/orgs/${attacker.org.id}/posts/${post.id}/external-reviews`).expect(404);
    await attacker.editor.get(`${s.base}/posts/${post.id}/external-reviews`).expect(404);
    const own = await attacker.post(attacker.editor);
    await attacker.editor.delete(`/api/orgs/${attacker.org.id}/posts/${own.id}/external-reviews/${link.id}`).expect(404);
    await expect(
      db.query(
        `INSERT INTO external_review_link (organization_id, post_id, lookup_hash, round, step, content_hash, name, email, expires_at) VALUES ($1, $2, $3, 1, 0, 'h', 'n', 'e@e.fr', now())`,
        [attacker.org.id, post.id, 'f'.repeat(64)],
      ),
    ).rejects.toThrow(/foreign key/);
    expect((await page(tokenOf(link.url))).status).toBe(200);
  });
});
