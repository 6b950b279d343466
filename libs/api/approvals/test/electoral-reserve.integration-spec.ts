import { createTestApp, TestApp } from '@parvis/api/testing';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

const DAY = 86_400_000;
const ALL_CONFIRMED = { neutrality: { anteriority: true, regularity: true, identity: true, neutrality: true } };

/** During a réserve électorale a boosted post is refused (CE, 28 May 2021, n° 445567), at submission and at every approval. */
describe('sponsored posts during a réserve électorale (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ApprovalsModule]);
  });
  afterAll(() => t.close());

  async function inReserve(name: string): Promise<{ s: Scenario; facebook: string }> {
    const s = await Scenario.create(t, name);
    const firstRound = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10);
    await s.admin.post(`${s.base}/elections`).send({ type: 'municipales', firstRound, territory: 'Commune', legalApproverMembershipId: s.org.members.approver.membershipId }).expect(201);
    const facebook = (await s.admin.post(`${s.base}/channels`).send({ network: 'facebook', handle: `ville-${s.org.id.slice(0, 6)}`, displayName: 'Page de la ville' }).expect(201)).body.id;
    return { s, facebook };
  }
  const sponsor = (s: Scenario, postId: string, channelId: string, sponsored: boolean) =>
    s.contributor.patch(`${s.base}/posts/${postId}`).send({ variants: [{ channelId, options: { sponsored } }] });

  it('refuses to submit a boosted variant while the planned time is in the réserve, and accepts it after the last round', async () => {
    const { s, facebook } = await inReserve('Ville en réserve');
    const post = await s.post(s.contributor, { channelIds: [facebook] });
    const saved = (await sponsor(s, post.id, facebook, true).expect(200)).body;
    expect(saved.variants[0].options).toEqual({ sponsored: true });
    // Boosting is content: it changes what approvers approve.
    expect(saved.contentHash).not.toBe(post.contentHash);
    const refused = await s.submit(s.contributor, post.id, ALL_CONFIRMED);
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([400, 'SPONSORED_IN_ELECTORAL_RESERVE', { channelIds: [facebook] }]);
    expect((await s.review(post.id).catch(() => null))).toBeNull();

    const after = await s.post(s.contributor, { channelIds: [facebook], plannedAt: new Date(Date.now() + 90 * DAY).toISOString() });
    await sponsor(s, after.id, facebook, true).expect(200);
    const outside = (await s.submit(s.contributor, after.id).expect(200)).body;
    expect([outside.neutralityRequired, outside.steps.length]).toEqual([false, 1]);
  });

  it('refuses an approval once a variant is boosted during the réserve (the edit sent it back to step 1)', async () => {
    const { s, facebook } = await inReserve('Ville prudente en réserve');
    const post = await s.post(s.contributor, { channelIds: [facebook] });
    const submitted = (await s.submit(s.contributor, post.id, ALL_CONFIRMED).expect(200)).body;
    expect(submitted).toMatchObject({ neutralityRequired: true, neutrality: { anteriority: true, regularity: true, identity: true, neutrality: true } });
    await s.decided(s.editor, post.id);
    // The boost is added after step 1: the review goes back to step 1, where approving it is refused.
    await sponsor(s, post.id, facebook, true).expect(200);
    const refused = await s.decide(s.editor, post.id);
    expect([refused.status, refused.body.code]).toEqual([400, 'SPONSORED_IN_ELECTORAL_RESERVE']);
    expect((await s.review(post.id)).decisions).toHaveLength(1);
    // Requesting changes is still possible, and without the boost the post is approved.
    await s.decided(s.editor, post.id, 'request_changes', 'Pas de sponsorisation pendant la réserve');
    await sponsor(s, post.id, facebook, false).expect(200);
    await s.submit(s.contributor, post.id, ALL_CONFIRMED).expect(200);
    await s.decided(s.editor, post.id);
    expect((await s.decided(s.approver, post.id)).body.status).toBe('approved');
  });

  it('knows which networks sell boosts: the option is refused, naming it, on the others', async () => {
    const s = await Scenario.create(t, 'Ville sans boost');
    const post = await s.post(s.contributor);
    const refused = await sponsor(s, post.id, s.channelId, true);
    expect([refused.status, refused.body.details?.[0]?.field]).toEqual([400, 'variants.0.options.sponsored']);
  });
});
