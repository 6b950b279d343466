import { XRPCError, type AtpAgent } from '@atproto/api';
import { TID } from '@atproto/common-web';
import { classifyTransportError, findRefusal, normaliseServiceUrl, type SafeHttpClient } from '@parvis/api/http';
import {
  ConnectError,
  failed,
  published,
  type ConnectInput,
  type ConnectResult,
  type Credentials,
  type PlatformAdapter,
  type PlatformCapabilities,
  type PublishContext,
  type PublishedPart,
  type PublishOutcome,
  type PublishRequest,
  type ReconcileOutcome,
  type VerifyResult,
} from '@parvis/api/platform';
import { DEFAULT_NETWORK_CAPABILITIES, Network } from '@parvis/shared/domain';
import { toFailure } from './bluesky-errors';
import { buildPostRecord, parseAtUri, POST_COLLECTION, postUrl, THREADGATE_COLLECTION, threadgateRules, type ReplyRefs, type StrongRef } from './bluesky-post';
import { BlueskyAgents, InvalidStoredSessionError, readStoredSession, sessionCredentials, type BlueskySession, type StoredSession } from './bluesky-session';

export interface BlueskyAdapterOptions {
  http: SafeHttpClient;
  /** http:// service URLs (tests, local demos); https only otherwise. */
  allowHttp: boolean;
  defaultServiceUrl?: string;
}

function continuationOf(ref: StrongRef): string {
  return JSON.stringify(ref);
}

function refOf(part: PublishedPart): StrongRef {
  const parsed: unknown = JSON.parse(part.continuation);
  if (typeof parsed === 'object' && parsed !== null && 'uri' in parsed && 'cid' in parsed && typeof parsed.uri === 'string' && typeof parsed.cid === 'string') {
    return { uri: parsed.uri, cid: parsed.cid };
  }
  throw new Error(`part ${part.key} has no Bluesky reference`);
}

function isRecordNotFound(error: unknown): boolean {
  return error instanceof XRPCError && (error.error === 'RecordNotFound' || /could not locate record/i.test(error.message));
}

export class BlueskyAdapter implements PlatformAdapter {
  readonly capabilities: PlatformCapabilities;
  private readonly agents: BlueskyAgents;

  constructor(private readonly options: BlueskyAdapterOptions) {
    this.agents = new BlueskyAgents(options.http);
    this.capabilities = {
      network: Network.Bluesky,
      publishing: 'automatic',
      authKinds: ['app_password'],
      connectFields: [
        { key: 'identifier', kind: 'text', labelKey: 'channels.bluesky.identifier', required: true },
        { key: 'appPassword', kind: 'secret', labelKey: 'channels.bluesky.appPassword', required: true },
      ],
      serviceUrl: { required: false, default: options.defaultServiceUrl ?? 'https://bsky.social' },
      rules: DEFAULT_NETWORK_CAPABILITIES[Network.Bluesky],
      linkCard: true,
      options: ['languages', 'replyControl'],
      // One write per repository at a time: the PDS opens a SQLite connection per write, so a second
      // write to the same account meets SQLITE_BUSY and sleeps in its retry loop while holding one of
      // the network's calls. The network's real limit is a rate per account, not a concurrency.
      concurrency: { perAccount: 1, perNetwork: 16 },
      reconcile: true,
    };
  }

  /** A TID of now: feeds sort by it, and services reject keys far from the current time. */
  mintPartKey(): string {
    return TID.nextStr();
  }

  async connect(input: ConnectInput): Promise<ConnectResult> {
    const serviceUrl = this.serviceUrl(input.serviceUrl);
    const identifier = (input.fields['identifier'] ?? '').trim().replace(/^@/, '');
    const password = (input.fields['appPassword'] ?? '').trim();
    if (!identifier || !password) throw new ConnectError('invalid_credentials', 'the handle and the app password are both required');
    const session = this.agents.open(null, serviceUrl, null);
    try {
      await session.agent.login({ identifier, password });
    } catch (error) {
      throw this.connectError(error);
    }
    const stored = session.current();
    if (!stored) throw new ConnectError('invalid_credentials', 'the server returned no session');
    return { ...(await this.describe(session.agent, stored)), serviceUrl };
  }

  async verifyCredentials(credentials: Credentials, context: PublishContext): Promise<VerifyResult> {
    const opened = this.resume(credentials, context);
    if ('kind' in opened) return { ok: false, kind: 'reconnect_required', message: opened.message };
    try {
      await opened.agent.com.atproto.server.getSession();
      await opened.settled();
      const stored = opened.current();
      if (!stored) return { ok: false, kind: 'reconnect_required', message: 'no session' };
      return { ok: true, ...(await this.describe(opened.agent, stored)), serviceUrl: stored.serviceUrl };
    } catch (error) {
      await opened.settled();
      const failure = toFailure(error, opened.state, []);
      return { ok: false, kind: failure.kind, message: failure.message };
    }
  }

  async publish(request: PublishRequest, credentials: Credentials, context: PublishContext): Promise<PublishOutcome> {
    const opened = this.resume(credentials, context);
    if ('kind' in opened) return failed('reconnect_required', opened.message, request.alreadyPublished);
    const done: PublishedPart[] = [...request.alreadyPublished];
    try {
      const did = opened.current()?.did ?? '';
      for (const part of request.parts.slice(done.length)) {
        const reply: ReplyRefs | null = done.length > 0 ? { root: refOf(done[0]), parent: refOf(done[done.length - 1]) } : null;
        const record = await buildPostRecord(opened.agent, part, request.options, reply);
        const ref = await this.createOnce(opened.agent, did, POST_COLLECTION, part.key, record);
        done.push({ key: part.key, remoteId: ref.uri, url: postUrl(did, part.key), continuation: continuationOf(ref) });
        if (done.length === 1) await this.applyThreadgate(opened.agent, did, ref, request);
      }
      await opened.settled();
      return published(done);
    } catch (error) {
      await opened.settled();
      return toFailure(error, opened.state, done);
    }
  }

  /** Looks every part up by its record key: the ones found are live, the first missing one stops. */
  async reconcile(request: PublishRequest, credentials: Credentials, context: PublishContext & { since: Date }): Promise<ReconcileOutcome> {
    const opened = this.resume(credentials, context);
    if ('kind' in opened) return failed('reconnect_required', opened.message, request.alreadyPublished);
    const did = opened.current()?.did ?? '';
    const found: PublishedPart[] = [];
    try {
      for (const part of request.parts) {
        const ref = await this.lookUp(opened.agent, did, POST_COLLECTION, part.key);
        if (!ref) break;
        found.push({ key: part.key, remoteId: ref.uri, url: postUrl(did, part.key), continuation: continuationOf(ref) });
      }
      await opened.settled();
      return found.length === request.parts.length ? published(found) : { status: 'not_published', parts: found };
    } catch (error) {
      await opened.settled();
      return toFailure(error, opened.state, found);
    }
  }

  private serviceUrl(raw: string | null): string {
    try {
      return normaliseServiceUrl(raw ?? this.capabilities.serviceUrl.default ?? '', { allowHttp: this.options.allowHttp });
    } catch (error) {
      throw new ConnectError('invalid_service', error instanceof Error ? error.message : String(error));
    }
  }

  private resume(credentials: Credentials, context: PublishContext): BlueskySession | { kind: 'invalid'; message: string } {
    let stored: StoredSession;
    try {
      stored = readStoredSession(credentials);
    } catch (error) {
      if (error instanceof InvalidStoredSessionError) return { kind: 'invalid', message: error.message };
      throw error;
    }
    return this.agents.open(stored, stored.serviceUrl, context.persistCredentials);
  }

  /**
   * Creates the record at its fixed key, or finds it there: `swapRecord: null` means "only if absent", and
   * the PDS accepts the same content again (same CID). Different content already at the key (an edit after
   * a lost answer) fails the swap: the record that is live is the one reported.
   */
  private async createOnce(agent: AtpAgent, did: string, collection: string, rkey: string, record: Record<string, unknown>): Promise<StrongRef> {
    try {
      const response = await agent.com.atproto.repo.putRecord({ repo: did, collection, rkey, record, swapRecord: null });
      return { uri: response.data.uri, cid: response.data.cid };
    } catch (error) {
      if (error instanceof XRPCError && error.error === 'InvalidSwap') {
        const existing = await this.lookUp(agent, did, collection, rkey);
        if (existing) return existing;
      }
      throw error;
    }
  }

  private async lookUp(agent: AtpAgent, did: string, collection: string, rkey: string): Promise<StrongRef | null> {
    try {
      const response = await agent.com.atproto.repo.getRecord({ repo: did, collection, rkey });
      if (!response.data.cid) return null;
      return { uri: response.data.uri, cid: response.data.cid };
    } catch (error) {
      if (isRecordNotFound(error)) return null;
      throw error;
    }
  }

  /** Reply controls live in a threadgate record whose key is the root post's. */
  private async applyThreadgate(agent: AtpAgent, did: string, root: StrongRef, request: PublishRequest): Promise<void> {
    const allow = threadgateRules(request.options.replyControl);
    if (!allow) return;
    const { rkey } = parseAtUri(root.uri);
    const record = { $type: THREADGATE_COLLECTION, post: root.uri, allow, createdAt: new Date(Math.floor(TID.fromStr(rkey).timestamp() / 1000)).toISOString() };
    await this.createOnce(agent, did, THREADGATE_COLLECTION, rkey, record);
  }

  private async describe(agent: AtpAgent, stored: StoredSession): Promise<Omit<ConnectResult, 'serviceUrl'>> {
    let displayName: string | null = null;
    try {
      const profile = await agent.com.atproto.repo.getRecord({ repo: stored.did, collection: 'app.bsky.actor.profile', rkey: 'self' });
      const value = profile.data.value as { displayName?: unknown };
      displayName = typeof value.displayName === 'string' ? value.displayName : null;
    } catch {
      // A new account has no profile record: the handle is shown instead.
    }
    return {
      account: { remoteId: stored.did, handle: stored.handle, displayName, profileUrl: `https://bsky.app/profile/${stored.did}`, avatarUrl: null },
      credentials: sessionCredentials(stored),
      limits: null,
    };
  }

  private connectError(error: unknown): ConnectError {
    if (findRefusal(error)) return new ConnectError('invalid_service', findRefusal(error)?.message ?? 'address not allowed');
    if (error instanceof XRPCError) {
      if (error.status === 401 || error.status === 400) return new ConnectError('invalid_credentials', error.message || error.error);
      if (error.status === 429) return new ConnectError('rate_limited', error.message || error.error);
    }
    const transport = classifyTransportError(error);
    return new ConnectError('unreachable', transport ? `the server could not be reached: ${error instanceof Error ? error.message : String(error)}` : String(error));
  }
}
