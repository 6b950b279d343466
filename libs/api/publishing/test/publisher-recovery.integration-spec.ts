import { PEER_START_TIMEOUT_MS } from '@parvis/api/adapters/bluesky/testing';
import { MAX_PUBLISH_ATTEMPTS } from '@parvis/shared/domain';
import type TestAgent from 'supertest/lib/agent';
import { blueskyPosts, makeDue, publishingTestWorld, scheduledPost, type PublishingWorld } from './publishing-test-kit';

jest.setTimeout(90_000);

interface Shown {
  id: string;
  state: string;
  errorKind: string | null;
  canRetry: boolean;
  attempts: number;
}

/**
 * What happens after things go wrong, against the real PDS and the strict Mastodon server: a thread
 * resumes where it stopped, a lost answer is settled by asking the network (past the Idempotency-Key's
 * life too), an outcome nobody can know stays shown and is never sent again blindly, lost credentials
 * flag the channel and tell its admins.
 */
describe('publisher recovery: threads resume, lost answers reconciled, unknown outcomes held', () => {
  let world: PublishingWorld;

  /** A scheduled post due now, its variants written as a thread of `parts` where given. */
  const duePost = (channelIds: string[], text: string, parts?: string[]): Promise<string> => scheduledPost(world, text, channelIds, parts ? { variant: { threadParts: parts } } : {});
  const shown = async (postId: string): Promise<Shown[]> => (await world.admin.get(`${world.base}/posts/${postId}/publications`).expect(200)).body.items;
  const postStatus = async (postId: string): Promise<string> => (await world.admin.get(`${world.base}/posts/${postId}`).expect(200)).body.status;
  const notificationKinds = async (agent: TestAgent): Promise<string[]> => ((await agent.get(`${world.base}/notifications`).expect(200)).body.items as { kind: string }[]).map((n) => n.kind);
  // The audit log's read route belongs to approvals (not loaded here): read the rows themselves.
  const auditActions = async (postId: string): Promise<string[]> =>
    ((await world.db.query(`SELECT action FROM audit_event WHERE object_type = 'post' AND object_id = $1 ORDER BY created_at, seq`, [postId])) as { action: string }[]).map((row) => row.action);

  beforeAll(async () => {
    // Idempotency-Keys forgotten at once: every retry is past the key's life, only a lookup can tell.
    world = await publishingTestWorld({ blueskyAccounts: ['alice'], mastodon: { maxCharacters: 1000, idempotencyTtlMs: 0 }, organization: 'Ville qui reprend', dataDirPrefix: 'parvis-recovery-' });
  }, PEER_START_TIMEOUT_MS);

  afterAll(() => world?.close());

  it('a Bluesky thread whose part 2 failed resumes at part 2: each part once, replies under the right root and parent', async () => {
    const parts = ['Fil 1/3 : la fête des lumières', 'Fil 2/3 : les horaires', 'Fil 3/3 : les navettes'];
    const postId = await duePost([world.channels.bluesky], parts[0] ?? '', parts);
    world.proxy.failNext('com.atproto.repo.putRecord', 1, 1);
    expect(await world.publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'pending', errorKind: 'transient' });
    expect((await blueskyPosts(world)).filter((r) => parts.includes(r.value.text)).map((r) => r.value.text)).toEqual([parts[0]]);
    await makeDue(world, postId);
    expect(await world.publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    const thread = new Map((await blueskyPosts(world)).filter((r) => parts.includes(r.value.text)).map((r) => [r.value.text, r]));
    expect(thread.size).toBe(3);
    expect((await blueskyPosts(world)).filter((r) => parts.includes(r.value.text))).toHaveLength(3);
    const [root, second, third] = parts.map((text) => thread.get(text));
    expect(root?.value.reply).toBeUndefined();
    expect(second?.value.reply).toEqual({ root: { uri: root?.uri, cid: root?.cid }, parent: { uri: root?.uri, cid: root?.cid } });
    expect(third?.value.reply).toEqual({ root: { uri: root?.uri, cid: root?.cid }, parent: { uri: second?.uri, cid: second?.cid } });
  });

  it('a Mastodon thread whose part 2 failed resumes at part 2, each part replying to the one before', async () => {
    const parts = ['Travaux 1/3 : la rue ferme', 'Travaux 2/3 : la déviation', 'Travaux 3/3 : la réouverture'];
    const postId = await duePost([world.channels.mastodon], parts[0] ?? '', parts);
    world.mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 500 }, 1, 1);
    expect(await world.publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'pending', errorKind: 'transient' });
    await makeDue(world, postId);
    expect(await world.publisher.tick()).toBe(1);
    expect((await shown(postId))[0]?.state).toBe('published');
    const statuses = world.mastodon.state.statusesOf(world.camille.id).filter((status) => parts.includes(status.text));
    expect(statuses.map((status) => status.text).sort()).toEqual([...parts].sort());
    const byText = new Map(statuses.map((status) => [status.text, status]));
    expect(byText.get(parts[0] ?? '')?.inReplyToId).toBeNull();
    expect(byText.get(parts[1] ?? '')?.inReplyToId).toBe(byText.get(parts[0] ?? '')?.id);
    expect(byText.get(parts[2] ?? '')?.inReplyToId).toBe(byText.get(parts[1] ?? '')?.id);
  });

  it('a Mastodon answer lost past the Idempotency-Key’s life is settled by looking the status up: no duplicate', async () => {
    const text = 'Déchetterie fermée lundi';
    const postId = await duePost([world.channels.mastodon], text);
    world.mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'lose_response' });
    expect(await world.publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'pending', errorKind: 'unknown_outcome', canRetry: false });
    await makeDue(world, postId);
    expect(await world.publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'published', attempts: 2 });
    expect(world.mastodon.state.statusesOf(world.camille.id).filter((status) => status.text === text)).toHaveLength(1);
  });

  it('an outcome that cannot be known stays unknown_outcome: shown, the post held, people told, never sent again', async () => {
    const text = 'Inscriptions à la cantine';
    const postId = await duePost([world.channels.mastodon], text);
    // Its last allowed attempt: the answer is lost, and no reconciliation is left to make.
    await world.db.query(`UPDATE publication SET attempts = $2 WHERE post_id = $1`, [postId, MAX_PUBLISH_ATTEMPTS - 1]);
    world.mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'lose_response' });
    expect(await world.publisher.tick()).toBe(1);
    const [held] = await shown(postId);
    expect(held).toMatchObject({ state: 'unknown_outcome', errorKind: 'unknown_outcome', canRetry: false });
    expect(await postStatus(postId)).toBe('unknown_outcome');
    expect((await world.admin.post(`${world.base}/publications/${held?.id}/retry`).send({})).body.code).toBe('PUBLICATION_NOT_RETRYABLE');
    await makeDue(world, postId);
    expect(await world.publisher.tick()).toBe(0);
    expect(world.mastodon.state.statusesOf(world.camille.id).filter((status) => status.text === text)).toHaveLength(1);
    expect(await notificationKinds(world.admin)).toContain('publication_failed');
    const actions = await auditActions(postId);
    expect(actions).toContain('publication.unknown_outcome');
  });

  it('a 401 stops the publication, flags the channel « à reconnecter » and tells its admins', async () => {
    const postId = await duePost([world.channels.mastodon], 'Réunion de quartier');
    world.mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 401 });
    expect(await world.publisher.tick()).toBe(1);
    expect((await shown(postId))[0]).toMatchObject({ state: 'failed', canRetry: false });
    const connection = (await world.admin.get(`${world.base}/channels/${world.channels.mastodon}/connection`).expect(200)).body;
    expect(connection.status).toBe('reconnect_required');
    expect(await notificationKinds(world.admin)).toEqual(expect.arrayContaining(['channel_reconnect_required', 'publication_failed']));
    const actions = await auditActions(postId);
    expect(actions).toContain('publication.failed');
  });
});
