import { mkdtempSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, Global, LoggerService, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BlueskyAdapter } from '@parvis/api/adapters/bluesky';
import { startBlueskyPeer, type BlueskyPeer } from '@parvis/api/adapters/bluesky/testing';
import { MastodonAdapter } from '@parvis/api/adapters/mastodon';
import { SafeHttpClient } from '@parvis/api/http';
import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import { NotificationsModule } from '@parvis/api/notifications';
import { ManualChannelAdapter, PLATFORM_REGISTRY, PlatformRegistry } from '@parvis/api/platform';
import { createTestApp, type TestApp } from '@parvis/api/testing';
import { FakeMastodonServer, type FakeAccount, type FakeMastodonOptions, type FakeStatus } from '@parvis/api/testing/fake-mastodon';
import type TestAgent from 'supertest/lib/agent';
import { PublisherService, PublishingModule } from '../src';

/** The real adapters as a module for the test app, and the HTTP client they share to close. */
export interface TestPlatform {
  module: DynamicModule;
  close(): Promise<void>;
}

/** The real adapters, registered as apps/api registers them, allowed to reach the local peers. */
export function testPlatformModule(allowList: string[]): TestPlatform {
  const http = new SafeHttpClient({ allowList });
  const registry = new PlatformRegistry([new BlueskyAdapter({ http, allowHttp: true }), new MastodonAdapter({ http, allowHttp: true, mediaTimeoutMs: 10_000 }), new ManualChannelAdapter()]);
  @Global()
  @Module({})
  class TestPlatformModule {}
  return {
    module: { module: TestPlatformModule, providers: [{ provide: PLATFORM_REGISTRY, useValue: registry }], exports: [PLATFORM_REGISTRY] },
    close: () => http.close(),
  };
}

/**
 * A loopback HTTP proxy in front of a peer that counts the XRPC methods called through it: the only
 * way to count the PDS's `createSession` calls from outside it.
 */
export class CountingProxy {
  readonly calls = new Map<string, number>();
  private readonly faults: { method: string; skip: number; remaining: number }[] = [];
  private server: Server | null = null;
  origin = '';

  constructor(private readonly target: string) {}

  count(method: string): number {
    return this.calls.get(method) ?? 0;
  }

  /** The next `times` calls of `method` (after letting `after` through) answer 500 without reaching the peer. */
  failNext(method: string, times = 1, after = 0): void {
    this.faults.push({ method, skip: after, remaining: times });
  }

  private faultFor(method: string): boolean {
    const fault = this.faults.find((candidate) => candidate.method === method && candidate.remaining > 0);
    if (!fault) return false;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return false;
    }
    fault.remaining -= 1;
    return true;
  }

  async start(): Promise<this> {
    const target = new URL(this.target);
    this.server = createServer((incoming, outgoing) => {
      const path = incoming.url ?? '/';
      const method = /^\/xrpc\/([^?]+)/.exec(path)?.[1];
      if (method) this.calls.set(method, this.count(method) + 1);
      if (method && this.faultFor(method)) {
        incoming.resume();
        outgoing.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'InternalServerError', message: 'Internal Server Error' }));
        return;
      }
      const forward = httpRequest({ host: target.hostname, port: target.port, path, method: incoming.method, headers: { ...incoming.headers, host: target.host } }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      forward.on('error', () => outgoing.destroy());
      incoming.pipe(forward);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  get hostPort(): string {
    return new URL(this.origin).host;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** Keeps every line the application logs, at every level. */
export class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private keep(level: string, message: unknown, rest: unknown[]): void {
    this.lines.push(`${level} ${[message, ...rest].map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ')}`);
  }
  log(message: unknown, ...rest: unknown[]): void {
    this.keep('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.keep('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.keep('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.keep('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.keep('verbose', message, rest);
  }
}

/** What was started, closed last first; every step runs even when one fails (the first failure is thrown). */
class Teardown {
  private readonly steps: (() => Promise<void>)[] = [];

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    const failures: unknown[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) throw failures[0];
  }

  /** Runs `start`; if it throws, closes what it had started before passing the error on. */
  async guard<T>(start: () => Promise<T>): Promise<T> {
    try {
      return await start();
    } catch (error) {
      await this.run().catch(() => undefined);
      throw error;
    }
  }
}

/** The strict Mastodon server alone, and the real adapters allowed to reach it. */
export interface MastodonPeers {
  mastodon: FakeMastodonServer;
  platform: TestPlatform;
  close(): Promise<void>;
}

export function startMastodonPeers(options: FakeMastodonOptions): Promise<MastodonPeers> {
  const teardown = new Teardown();
  return teardown.guard(async () => {
    const mastodon = await new FakeMastodonServer(options).start();
    teardown.add(() => mastodon.stop());
    const platform = testPlatformModule([mastodon.hostPort]);
    teardown.add(() => platform.close());
    return { mastodon, platform, close: () => teardown.run() };
  });
}

/** The real Bluesky PDS behind a counting proxy, the strict Mastodon server with camille's account, the real adapters. */
export interface PublishingPeers extends MastodonPeers {
  peer: BlueskyPeer;
  /** In front of the PDS: connect the Bluesky channels to `proxy.origin` to count (or fail) their calls. */
  proxy: CountingProxy;
  camille: FakeAccount;
}

export interface PublishingPeersOptions {
  /** The PDS's accounts, `alice` first (`peer.accounts[0]`). */
  blueskyAccounts: readonly string[];
  mastodon: FakeMastodonOptions;
}

export function startPublishingPeers(options: PublishingPeersOptions): Promise<PublishingPeers> {
  const teardown = new Teardown();
  return teardown.guard(async () => {
    const peer = await startBlueskyPeer(options.blueskyAccounts);
    teardown.add(() => peer.stop());
    const proxy = await new CountingProxy(peer.pdsUrl).start();
    teardown.add(() => proxy.stop());
    const mastodon = await new FakeMastodonServer(options.mastodon).start();
    teardown.add(() => mastodon.stop());
    const camille = mastodon.addAccount('camille', 'Ville de Démo');
    const platform = testPlatformModule([peer.allowListEntry, proxy.hostPort, mastodon.hostPort]);
    teardown.add(() => platform.close());
    return { peer, proxy, mastodon, camille, platform, close: () => teardown.run() };
  });
}

/** The application with the publishing and notification modules on `platform`; its files in a new folder `<dataDirPrefix>…` where given. */
export function publishingTestApp(platform: TestPlatform, dataDirPrefix?: string): Promise<TestApp> {
  return createTestApp([platform.module, PublishingModule, NotificationsModule], dataDirPrefix ? { env: { DATA_DIR: mkdtempSync(join(tmpdir(), dataDirPrefix)) } } : {});
}

/** Who writes and schedules posts in a test: an organisation's admin, and the rows and publisher behind the app. */
export interface PostAuthor {
  org: TestOrg;
  admin: TestAgent;
  db: DataSource;
  publisher: PublisherService;
}

/**
 * The peers, the app, an organisation with its admin, and two channels connected as `alice.test` (through
 * the counting proxy) and `@camille@demo`.
 */
export interface PublishingWorld extends PublishingPeers, PostAuthor {
  t: TestApp;
  channels: Record<'bluesky' | 'mastodon', string>;
  /** `/api/orgs/<org>`. */
  base: string;
}

export interface PublishingWorldOptions extends PublishingPeersOptions {
  organization: string;
  dataDirPrefix: string;
}

export function publishingTestWorld(options: PublishingWorldOptions): Promise<PublishingWorld> {
  const teardown = new Teardown();
  return teardown.guard(async () => {
    const peers = await startPublishingPeers(options);
    teardown.add(() => peers.close());
    const t = await publishingTestApp(peers.platform, options.dataDirPrefix);
    teardown.add(() => t.close());
    const db = t.app.get(DataSource);
    const publisher = t.app.get(PublisherService);
    const fixtures = new IdentityFixtures(t.app);
    const org = await fixtures.organization(options.organization);
    const admin = await fixtures.agentFor(org.members.admin.email);
    const base = `/api/orgs/${org.id}`;
    const channels = {
      bluesky: await addChannel(admin, org.id, { network: 'bluesky', handle: 'alice.test', displayName: 'Alice' }),
      mastodon: await addChannel(admin, org.id, { network: 'mastodon', handle: '@camille@demo', displayName: 'Camille' }),
    };
    await connectChannel(admin, org.id, channels.bluesky, { serviceUrl: peers.proxy.origin, fields: { identifier: 'alice.test', appPassword: peers.peer.accounts[0].appPassword } });
    await connectChannel(admin, org.id, channels.mastodon, { serviceUrl: peers.mastodon.origin, fields: { accessToken: peers.camille.token } });
    return { ...peers, t, db, publisher, org, admin, channels, base, close: () => teardown.run() };
  });
}

/** A channel of the organisation, as its admin adds it; its id. */
export async function addChannel(admin: TestAgent, orgId: string, channel: { network: string; handle: string; displayName: string }): Promise<string> {
  return (await admin.post(`/api/orgs/${orgId}/channels`).send(channel).expect(201)).body.id;
}

/** Connects the channel with the credentials its network asks for. */
export async function connectChannel(admin: TestAgent, orgId: string, channelId: string, connection: { serviceUrl: string; fields: Record<string, string> }): Promise<void> {
  await admin.put(`/api/orgs/${orgId}/channels/${channelId}/connection`).send(connection).expect(200);
}

/** What a variant holds besides its text, written into every channel's variant. */
export interface VariantFields {
  threadParts?: string[];
  media?: { mediaId: string; altText: string }[];
  link?: string;
}

export interface ScheduleOptions {
  /** The post's status: `scheduled` (the state the approvals put it in) unless given. */
  status?: string;
  /** Due this many seconds ago; due now unless given. */
  dueSecondsAgo?: number;
  campaignId?: string;
  variant?: VariantFields;
}

/** A post planned now in `status` (`scheduled` by default), due now (or `dueSecondsAgo`), and its publications; its id. */
export async function scheduledPost(author: PostAuthor, text: string, channelIds: string[], options: ScheduleOptions = {}): Promise<string> {
  const base = `/api/orgs/${author.org.id}`;
  const campaign = options.campaignId ? { campaignId: options.campaignId } : {};
  const post = await author.admin.post(`${base}/posts`).send({ masterText: text, audienceIds: [], channelIds, ...campaign }).expect(201);
  const variant = options.variant;
  if (variant) await author.admin.patch(`${base}/posts/${post.body.id}`).send({ variants: channelIds.map((channelId) => ({ channelId, ...variant })) }).expect(200);
  await author.db.query(`UPDATE post SET status = $2, planned_at = now() WHERE id = $1`, [post.body.id, options.status ?? 'scheduled']);
  await author.publisher.ensureFor({ organizationId: author.org.id }, post.body.id, new Date(Date.now() - (options.dueSecondsAgo ?? 0) * 1000));
  return post.body.id;
}

export interface PublicationRow {
  id: string;
  state: string;
  attempts: number;
  remoteUrl: string | null;
  lastErrorKind: string | null;
  lastError: string | null;
  reconcileFirst: boolean;
  retryInMs: number;
  partKeys: string[] | null;
}

/** The post's publication rows, Bluesky's first. */
export function publications(world: { db: DataSource }, postId: string): Promise<PublicationRow[]> {
  return world.db.query(
    `SELECT p.id, p.state, p.attempts, p.remote_url AS "remoteUrl", p.last_error_kind AS "lastErrorKind", p.last_error AS "lastError",
            p.reconcile_first AS "reconcileFirst", (extract(epoch FROM p.next_attempt_at - now()) * 1000)::int AS "retryInMs", p.part_keys AS "partKeys"
       FROM publication p JOIN channel c ON c.id = p.channel_id WHERE p.post_id = $1 ORDER BY c.network`,
    [postId],
  );
}

/** The post's publications due again now (a retry's backoff over). */
export async function makeDue(world: { db: DataSource }, postId: string): Promise<void> {
  await world.db.query(`UPDATE publication SET next_attempt_at = now() WHERE post_id = $1`, [postId]);
}

/** camille's statuses with exactly this text. */
export function statusesWith(world: Pick<PublishingPeers, 'mastodon' | 'camille'>, text: string): FakeStatus[] {
  return world.mastodon.state.statusesOf(world.camille.id).filter((status) => status.text === text);
}

export interface BlueskyPostRecord {
  uri: string;
  cid: string;
  value: { text: string; reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } } };
}

/** alice's posts as the PDS lists them (up to 100). */
export async function blueskyPosts(world: Pick<PublishingPeers, 'peer'>): Promise<BlueskyPostRecord[]> {
  const response = await fetch(`${world.peer.pdsUrl}/xrpc/com.atproto.repo.listRecords?${new URLSearchParams({ repo: world.peer.accounts[0].did, collection: 'app.bsky.feed.post', limit: '100' })}`);
  return ((await response.json()) as { records: BlueskyPostRecord[] }).records;
}

/** One of alice's posts as the PDS returns it, read by its record key. */
export async function blueskyRecord(world: Pick<PublishingPeers, 'peer'>, rkey: string): Promise<unknown> {
  const response = await fetch(`${world.peer.pdsUrl}/xrpc/com.atproto.repo.getRecord?${new URLSearchParams({ repo: world.peer.accounts[0].did, collection: 'app.bsky.feed.post', rkey })}`);
  return response.json();
}

/** How many of alice's posts have exactly this text. */
export async function recordsWith(world: Pick<PublishingPeers, 'peer'>, text: string): Promise<number> {
  return (await blueskyPosts(world)).filter((record) => record.value.text === text).length;
}
