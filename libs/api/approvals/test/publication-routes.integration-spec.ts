import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { MastodonAdapter } from '@parvis/api/adapters/mastodon';
import { SafeHttpClient } from '@parvis/api/http';
import { ManualChannelAdapter, PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';
import { PublisherService, PublishingModule } from '@parvis/api/publishing';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { FakeMastodonServer, type FakeAccount } from '@parvis/api/testing/fake-mastodon';
import { Role } from '@parvis/shared/domain';
import { DataSource } from 'typeorm';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

jest.setTimeout(60_000);

function platformModule(http: SafeHttpClient): DynamicModule {
  const registry = new PlatformRegistry([new MastodonAdapter({ http, allowHttp: true, mediaTimeoutMs: 10_000 }), new ManualChannelAdapter()]);
  @Global()
  @Module({})
  class RoutesPlatformModule {}
  return { module: RoutesPlatformModule, providers: [{ provide: PLATFORM_REGISTRY, useValue: registry }], exports: [PLATFORM_REGISTRY] };
}

interface QueueItem {
  id: string;
  version: number;
  postId: string;
  state: string;
  canRetry: boolean;
  channelName: string;
  network: string;
  postTitle: string;
  excerpt: string;
  dueAt: string;
  errorKind: string | null;
}

/** Contract D's routes: the organisation's queue, « publier maintenant », cancel and « réessayer ». */
describe('publication routes: queue, publish now, cancel, retry', () => {
  let mastodon: FakeMastodonServer;
  let camille: FakeAccount;
  let http: SafeHttpClient;
  let t: TestApp;
  let s: Scenario;
  let db: DataSource;
  let publisher: PublisherService;
  let channelId = '';

  const post = async (postId: string) => (await s.editor.get(`${s.base}/posts/${postId}`).expect(200)).body as { status: string; version: number };
  const statusesWith = (text: string) => mastodon.state.statusesOf(camille.id).filter((item) => item.text === text).length;
  async function approvedPost(text: string, plannedAt: Date): Promise<string> {
    const created = (await s.contributor.post(`${s.base}/posts`).send({ masterText: text, channelIds: [channelId], plannedAt: plannedAt.toISOString() }).expect(201)).body;
    await s.submit(s.contributor, created.id).expect(200);
    expect((await s.decided(s.editor, created.id)).body.status).toBe('approved');
    return created.id;
  }
  const move = async (postId: string, action: string) => s.editor.post(`${s.base}/posts/${postId}/${action}`).set('If-Match', String((await post(postId)).version)).send({});
  const queue = (query: Record<string, string | number> = {}, agent = s.editor) => agent.get(`${s.base}/publications`).query(query);
  const ofPost = async (postId: string): Promise<QueueItem[]> => (await s.editor.get(`${s.base}/posts/${postId}/publications`).expect(200)).body.items;

  beforeAll(async () => {
    mastodon = await new FakeMastodonServer({ maxCharacters: 1000 }).start();
    camille = mastodon.addAccount('camille', 'Ville de Démo');
    http = new SafeHttpClient({ allowList: [mastodon.hostPort] });
    t = await createTestApp([platformModule(http), ApprovalsModule, PublishingModule], { env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'parvis-publication-routes-')) } });
    db = t.app.get(DataSource);
    publisher = t.app.get(PublisherService);
    s = await Scenario.create(t, 'Ville qui publie à la main');
    channelId = (await s.admin.post(`${s.base}/channels`).send({ network: 'mastodon', handle: '@camille@demo', displayName: 'Camille' }).expect(201)).body.id;
    await s.admin.put(`${s.base}/channels/${channelId}/connection`).send({ serviceUrl: mastodon.origin, fields: { accessToken: camille.token } }).expect(200);
  });

  afterAll(async () => {
    await t?.close();
    await http?.close();
    await mastodon?.stop();
  });

  it('« publier maintenant » sends an approved post at once; stale If-Match is 412; the queue shows it with its post and channel', async () => {
    const text = 'Piscine fermée ce matin';
    const postId = await approvedPost(text, new Date(Date.now() + 86_400_000));
    expect((await s.editor.post(`${s.base}/posts/${postId}/publish-now`).set('If-Match', '1').send({})).status).toBe(412);
    expect((await s.contributor.post(`${s.base}/posts/${postId}/publish-now`).send({})).status).toBe(403);
    const moved = await move(postId, 'publish-now');
    expect(moved.status).toBe(200);
    expect(moved.body.status).toBe('publishing');
    const [item] = (await queue({ state: 'pending' }).expect(200)).body.items.filter((row: QueueItem) => row.postId === postId) as QueueItem[];
    expect(item).toMatchObject({ channelName: 'Camille', network: 'mastodon', postTitle: text, excerpt: text, canRetry: false });
    expect(Math.abs(Date.parse(item?.dueAt ?? '') - Date.now())).toBeLessThan(60_000);
    expect(await publisher.tick()).toBe(1);
    expect((await post(postId)).status).toBe('published');
    expect(statusesWith(text)).toBe(1);
    const actions = (await s.audit({ objectId: postId })).map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['post.publish_now', 'publication.published']));
  });

  it('cancel takes a scheduled post out for good (its publications that never started go); a published post cannot be cancelled', async () => {
    const postId = await approvedPost('Concert annulé', new Date(Date.now() + 3_600_000));
    expect((await move(postId, 'schedule')).status).toBe(200);
    expect(await ofPost(postId)).toHaveLength(1);
    const cancelled = await move(postId, 'cancel');
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await ofPost(postId)).toEqual([]);
    expect((await move(postId, 'cancel')).body.code).toBe('POST_TRANSITION_NOT_ALLOWED');
    const draft = await s.post(s.editor);
    expect((await move(draft.id, 'cancel')).status).toBe(409);
  });

  it('pages the queue in due order with a cursor, filters by due time and state, and shows a contributor only their posts', async () => {
    const base = Date.now() + 10 * 86_400_000;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const postId = await approvedPost(`Annonce du jour ${i}`, new Date(base + i * 60_000));
      expect((await move(postId, 'schedule')).status).toBe(200);
      ids.push(postId);
    }
    const range = { from: new Date(base - 1000).toISOString(), to: new Date(base + 3 * 60_000).toISOString() };
    const first = (await queue({ ...range, limit: 2 }).expect(200)).body;
    expect(first.items.map((item: QueueItem) => item.postId)).toEqual(ids.slice(0, 2));
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await queue({ ...range, limit: 2, cursor: first.nextCursor }).expect(200)).body;
    expect(second.items.map((item: QueueItem) => item.postId)).toEqual(ids.slice(2));
    expect(second.nextCursor).toBeNull();
    expect((await queue({ ...range, state: 'published' }).expect(200)).body.items).toEqual([]);
    expect((await queue({ cursor: 'bm90LWEtY3Vyc29y' })).status).toBe(400);
    const other = await s.member(Role.Contributor);
    expect((await queue(range, other.agent).expect(200)).body.items).toEqual([]);
    expect((await queue(range, s.contributor).expect(200)).body.items).toHaveLength(3);
    await db.query(`UPDATE publication SET due_at = now() + interval '1 year', next_attempt_at = now() + interval '1 year' WHERE post_id = ANY($1::uuid[])`, [ids]);
  });

  it('« réessayer » only where safe: not while the channel waits for a reconnection, then once it is connected again (If-Match)', async () => {
    const text = 'Marché nocturne vendredi';
    const postId = await approvedPost(text, new Date(Date.now() - 1_000));
    expect((await move(postId, 'schedule')).status).toBe(200);
    mastodon.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 401 });
    expect(await publisher.tick()).toBe(1);
    expect((await post(postId)).status).toBe('failed');
    const [failed] = await ofPost(postId);
    expect(failed).toMatchObject({ state: 'failed', canRetry: false });
    const refused = await s.editor.post(`${s.base}/publications/${failed?.id}/retry`).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('PUBLICATION_NOT_RETRYABLE');
    await s.admin.put(`${s.base}/channels/${channelId}/connection`).send({ serviceUrl: mastodon.origin, fields: { accessToken: camille.token } }).expect(200);
    const [reconnected] = await ofPost(postId);
    expect(reconnected?.canRetry).toBe(true);
    expect((await s.editor.post(`${s.base}/publications/${failed?.id}/retry`).set('If-Match', String((reconnected?.version ?? 0) - 1)).send({})).status).toBe(412);
    expect((await s.contributor.post(`${s.base}/publications/${failed?.id}/retry`).send({})).status).toBe(403);
    const retried = await s.editor.post(`${s.base}/publications/${failed?.id}/retry`).set('If-Match', String(reconnected?.version)).send({});
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ state: 'pending', canRetry: false });
    expect((await post(postId)).status).toBe('publishing');
    expect(await publisher.tick()).toBe(1);
    expect((await post(postId)).status).toBe('published');
    expect(statusesWith(text)).toBe(1);
    const actions = (await s.audit({ objectId: postId })).map((event: { action: string }) => event.action);
    expect(actions).toContain('publication.retry');
  });

  it('a manual channel: at its time the author gets the final text to copy, reports it done with the URL (or not done), audited', async () => {
    const manual = (await s.admin.post(`${s.base}/channels`).send({ network: 'linkedin', handle: 'ville-linkedin', displayName: 'LinkedIn de la ville' }).expect(201)).body.id;
    const connected = await s.admin.put(`${s.base}/channels/${manual}/connection`).send({ publishing: 'manual' }).expect(200);
    expect(connected.body).toMatchObject({ status: 'connected', network: 'manual' });
    expect((await s.admin.post(`${s.base}/channels/${manual}/connection/verify`).send({}).expect(200)).body).toMatchObject({ ok: true, connection: { status: 'connected' } });
    await s.admin.patch(`${s.base}/post-settings`).send({ utmTagging: true }).expect(200);
    const text = 'Photos du carnaval : https://ville.fr/carnaval';
    const created = (await s.contributor.post(`${s.base}/posts`).send({ masterText: text, channelIds: [manual], plannedAt: new Date(Date.now() - 1_000).toISOString() }).expect(201)).body;
    await s.submit(s.contributor, created.id).expect(200);
    await s.decided(s.editor, created.id);
    expect((await move(created.id, 'schedule')).status).toBe(200);
    expect(await publisher.tick()).toBe(1);
    const [handed] = await ofPost(created.id);
    expect(handed).toMatchObject({ state: 'handed_over', canRetry: false });
    const handedText = (handed as QueueItem & { handoverText: string }).handoverText;
    expect(handedText).toContain('https://ville.fr/carnaval?utm_source=linkedin&utm_medium=social');
    const inbox = (await s.contributor.get(`${s.base}/notifications`).expect(200)).body.items as { kind: string; title: string; link: string }[];
    expect(inbox.find((n) => n.kind === 'publication_handed_over')).toMatchObject({ title: expect.stringContaining('LinkedIn de la ville'), link: `/orgs/${s.org.id}/posts/${created.id}` });
    const report = (agent = s.contributor, body: object) => agent.post(`${s.base}/publications/${handed?.id}/manual-report`).send(body);
    expect((await report(s.contributor, { done: true })).body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'url' })]));
    expect((await report(s.contributor, { done: true, url: 'javascript:alert(1)' })).status).toBe(400);
    expect((await report(s.contributor, { done: false })).body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
    const stranger = await s.member(Role.Contributor);
    expect((await report(stranger.agent, { done: true, url: 'https://www.linkedin.com/feed/update/abc' })).status).toBe(404);
    const done = await report(s.contributor, { done: true, url: 'https://www.linkedin.com/feed/update/abc' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'published', url: 'https://www.linkedin.com/feed/update/abc' });
    expect((await post(created.id)).status).toBe('published');
    expect((await report(s.contributor, { done: true, url: 'https://www.linkedin.com/feed/update/abc' })).body.code).toBe('PUBLICATION_NOT_HANDED_OVER');
    const actions = (await s.audit({ objectId: created.id })).map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['publication.handed_over', 'publication.manual_done']));
    const after = (await s.contributor.get(`${s.base}/notifications`).expect(200)).body.items as { kind: string }[];
    expect(after.map((n) => n.kind)).toContain('post_published');
    await s.admin.patch(`${s.base}/post-settings`).send({ utmTagging: false }).expect(200);

    // Not done: failed with the reason, the author and the editors told; « réessayer » hands it over again.
    const second = (await s.contributor.post(`${s.base}/posts`).send({ masterText: 'Affiche du marché', channelIds: [manual], plannedAt: new Date(Date.now() - 1_000).toISOString() }).expect(201)).body;
    await s.submit(s.contributor, second.id).expect(200);
    await s.decided(s.editor, second.id);
    expect((await move(second.id, 'schedule')).status).toBe(200);
    expect(await publisher.tick()).toBe(1);
    const [pending] = await ofPost(second.id);
    const declined = await s.editor.post(`${s.base}/publications/${pending?.id}/manual-report`).send({ done: false, reason: 'Compte LinkedIn bloqué ce matin' });
    expect(declined.body).toMatchObject({ state: 'failed', errorKind: 'declined', error: 'Compte LinkedIn bloqué ce matin', canRetry: true });
    expect((await post(second.id)).status).toBe('failed');
    const editorInbox = (await s.editor.get(`${s.base}/notifications`).expect(200)).body.items as { kind: string; title: string }[];
    expect(editorInbox.find((n) => n.kind === 'publication_failed')?.title).toContain('Compte LinkedIn bloqué ce matin');
    expect((await s.editor.post(`${s.base}/publications/${pending?.id}/retry`).set('If-Match', String(declined.body.version)).send({})).status).toBe(200);
    expect(await publisher.tick()).toBe(1);
    expect((await ofPost(second.id))[0]?.state).toBe('handed_over');
  });

  it('the post and its brief follow the publications: published everywhere → the post published, its brief done', async () => {
    const brief = (await s.editor.post(`${s.base}/briefs`).send({ title: 'Fête du sport', plannedDate: '2026-09-19', plannedTime: '09:00', assigneeMembershipId: s.org.members.contributor.membershipId }).expect(201)).body;
    const text = 'Fête du sport au gymnase samedi';
    const created = (await s.contributor.post(`${s.base}/posts`).send({ masterText: text, briefId: brief.id, channelIds: [channelId], plannedAt: new Date(Date.now() - 1_000).toISOString() }).expect(201)).body;
    await s.submit(s.contributor, created.id).expect(200);
    await s.decided(s.editor, created.id);
    expect((await move(created.id, 'schedule')).status).toBe(200);
    expect((await s.editor.get(`${s.base}/briefs/${brief.id}`).expect(200)).body.status).toBe('draft_submitted');
    expect(await publisher.tick()).toBe(1);
    expect((await post(created.id)).status).toBe('published');
    expect((await s.editor.get(`${s.base}/briefs/${brief.id}`).expect(200)).body.status).toBe('done');
  });
});
