import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { ManualChannelAdapter, PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';
import { PublishingModule } from '@parvis/api/publishing';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { ApprovalsModule } from '../src';
import { Scenario } from './approvals-helpers';

jest.setTimeout(60_000);

function platformModule(): DynamicModule {
  const registry = new PlatformRegistry([new ManualChannelAdapter()]);
  @Global()
  @Module({})
  class QueuePlatformModule {}
  return { module: QueuePlatformModule, providers: [{ provide: PLATFORM_REGISTRY, useValue: registry }], exports: [PLATFORM_REGISTRY] };
}

interface QueueItem {
  postId: string;
  version: number;
  postVersion: number;
}

/**
 * « Publier maintenant » and « Annuler » from the publications page send the post's version the queue
 * gave (postVersion) as If-Match: a stale one is 412 with the current post, the right one moves it.
 */
describe('the publications queue carries the post’s version; publish-now and cancel honour it', () => {
  let t: TestApp;
  let s: Scenario;
  let channelId = '';

  const post = async (postId: string) => (await s.editor.get(`${s.base}/posts/${postId}`).expect(200)).body as { status: string; version: number };
  const queued = async (postId: string): Promise<QueueItem> => {
    const items = (await s.editor.get(`${s.base}/publications`).query({ from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() }).expect(200)).body.items as QueueItem[];
    const item = items.find((row) => row.postId === postId);
    if (!item) throw new Error(`post ${postId} is not in the queue`);
    return item;
  };
  async function scheduledPost(text: string): Promise<string> {
    const created = (await s.contributor.post(`${s.base}/posts`).send({ masterText: text, channelIds: [channelId], plannedAt: new Date(Date.now() + 86_400_000).toISOString() }).expect(201)).body;
    await s.submit(s.contributor, created.id).expect(200);
    expect((await s.decided(s.editor, created.id)).body.status).toBe('approved');
    await s.editor.post(`${s.base}/posts/${created.id}/schedule`).set('If-Match', String((await post(created.id)).version)).send({}).expect(200);
    return created.id;
  }
  const move = (postId: string, action: 'publish-now' | 'cancel', version: number) => s.editor.post(`${s.base}/posts/${postId}/${action}`).set('If-Match', String(version)).send({});

  beforeAll(async () => {
    t = await createTestApp([platformModule(), ApprovalsModule, PublishingModule], { env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'parvis-queue-if-match-')) } });
    s = await Scenario.create(t, 'Ville qui vérifie ses versions');
    channelId = (await s.admin.post(`${s.base}/channels`).send({ network: 'linkedin', handle: 'ville-linkedin', displayName: 'LinkedIn de la ville' }).expect(201)).body.id;
    await s.admin.put(`${s.base}/channels/${channelId}/connection`).send({ publishing: 'manual' }).expect(200);
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each(['publish-now', 'cancel'] as const)('%s: the queue’s postVersion is the post row’s version; stale → 412 with the current post, right → 200', async (action) => {
    const postId = await scheduledPost(`Marché nocturne (${action})`);
    const item = await queued(postId);
    const current = await post(postId);
    expect(item.postVersion).toBe(current.version);

    // Someone changed the post since the page loaded it: the queue's version is stale now.
    await s.editor.post(`${s.base}/posts/${postId}/unschedule`).set('If-Match', String(item.postVersion)).send({}).expect(200);
    await s.editor.post(`${s.base}/posts/${postId}/schedule`).set('If-Match', String((await post(postId)).version)).send({}).expect(200);
    const stale = await move(postId, action, item.postVersion);
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('VERSION_MISMATCH');
    expect(stale.body.details.current).toMatchObject({ id: postId, status: 'scheduled' });
    expect((await post(postId)).status).toBe('scheduled');

    const fresh = await queued(postId);
    expect(fresh.postVersion).toBe(stale.body.details.current.version);
    const moved = await move(postId, action, fresh.postVersion);
    expect(moved.status).toBe(200);
    expect(moved.body.status).toBe(action === 'cancel' ? 'cancelled' : 'publishing');
  });
});
