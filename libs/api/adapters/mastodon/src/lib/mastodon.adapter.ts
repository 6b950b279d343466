import { randomUUID } from 'node:crypto';
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
  type PublishedPart,
  type PublishOutcome,
  type PublishPart,
  type PublishRequest,
  type ReconcileOutcome,
  type VerifyResult,
} from '@parvis/api/platform';
import { DEFAULT_NETWORK_CAPABILITIES, Network, type VariantOptions } from '@parvis/shared/domain';
import { MastoHttpError, type mastodon } from 'masto';
import { instanceLimits, InvalidStoredTokenError, readStoredToken, restClient, type MastodonClientOptions, type StoredToken } from './mastodon-client';
import { toFailure, type CallPhase } from './mastodon-errors';
import { MastodonOAuth } from './mastodon-oauth';

export interface MastodonAdapterOptions {
  http: SafeHttpClient;
  /** http:// instance URLs (tests, local demos); https only otherwise. */
  allowHttp: boolean;
  requestTimeoutMs?: number;
  /** How long to wait for an uploaded media to be processed. */
  mediaTimeoutMs?: number;
}

/** How far back reconciliation looks before the attempt started (clock skew). */
const RECONCILE_SKEW_MS = 5 * 60 * 1000;
const RECONCILE_MAX_PAGES = 3;

function partOf(part: PublishPart, status: mastodon.v1.Status): PublishedPart {
  return { key: part.key, remoteId: status.id, url: status.url ?? status.uri, continuation: status.id };
}

class PhaseError extends Error {
  constructor(
    readonly phase: CallPhase,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

async function inPhase<T>(phase: CallPhase, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new PhaseError(phase, error);
  }
}

export class MastodonAdapter implements PlatformAdapter {
  readonly capabilities: PlatformCapabilities = {
    network: Network.Mastodon,
    publishing: 'automatic',
    authKinds: ['oauth2', 'access_token'],
    connectFields: [{ key: 'accessToken', kind: 'secret', labelKey: 'channels.mastodon.accessToken', required: false }],
    serviceUrl: { required: true, default: null },
    rules: DEFAULT_NETWORK_CAPABILITIES[Network.Mastodon],
    // The instance builds the card from the first link of the text itself.
    linkCard: false,
    options: ['contentWarning', 'visibility', 'languages'],
    // Mastodon allows 300 calls per 5 minutes per account (30 media uploads per 30 minutes).
    concurrency: { perAccount: 2, perNetwork: 16 },
    reconcile: true,
  };
  readonly oauth: MastodonOAuth;
  private readonly client: MastodonClientOptions;

  constructor(private readonly options: MastodonAdapterOptions) {
    this.client = { http: options.http, requestTimeoutMs: options.requestTimeoutMs ?? 30_000, mediaTimeoutMs: options.mediaTimeoutMs ?? 60_000 };
    this.oauth = new MastodonOAuth({ ...this.client, allowHttp: options.allowHttp }, (serviceUrl, accessToken) => this.connectWithToken(serviceUrl, accessToken));
  }

  /** The Idempotency-Key of one part. */
  mintPartKey(): string {
    return randomUUID();
  }

  async connect(input: ConnectInput): Promise<ConnectResult> {
    let serviceUrl: string;
    try {
      serviceUrl = normaliseServiceUrl(input.serviceUrl ?? '', { allowHttp: this.options.allowHttp });
    } catch (error) {
      throw new ConnectError('invalid_service', error instanceof Error ? error.message : String(error));
    }
    const accessToken = (input.fields['accessToken'] ?? '').trim();
    if (!accessToken) throw new ConnectError('invalid_credentials', 'an access token is required (or connect through the instance)');
    return this.connectWithToken(serviceUrl, accessToken);
  }

  async verifyCredentials(credentials: Credentials): Promise<VerifyResult> {
    let stored: StoredToken;
    try {
      stored = readStoredToken(credentials);
    } catch (error) {
      return { ok: false, kind: 'reconnect_required', message: error instanceof Error ? error.message : String(error) };
    }
    try {
      return { ok: true, ...(await this.describe(stored.serviceUrl, stored.accessToken)) };
    } catch (error) {
      const failure = toFailure(error, 'read', []);
      return { ok: false, kind: failure.kind, message: failure.message };
    }
  }

  async publish(request: PublishRequest, credentials: Credentials): Promise<PublishOutcome> {
    let stored: StoredToken;
    try {
      stored = readStoredToken(credentials);
    } catch (error) {
      if (error instanceof InvalidStoredTokenError) return failed('reconnect_required', error.message, request.alreadyPublished);
      throw error;
    }
    const client = restClient(this.client, stored.serviceUrl, stored.accessToken);
    const done: PublishedPart[] = [...request.alreadyPublished];
    try {
      for (const part of request.parts.slice(done.length)) {
        const mediaIds: string[] = [];
        for (const media of part.media) {
          const file = new Blob([new Uint8Array(media.bytes)], { type: media.mimeType });
          const attachment = await inPhase('media', () => client.v2.media.create({ file, ...(media.altText ? { description: media.altText } : {}) }));
          mediaIds.push(attachment.id);
        }
        const parent = done.length > 0 ? done[done.length - 1].continuation : null;
        const params = this.statusParams(part, mediaIds, parent, request.options);
        const status = await inPhase('status', () => client.v1.statuses.create(params, { requestInit: { headers: { 'Idempotency-Key': part.key } } }));
        done.push(partOf(part, status));
      }
      return published(done);
    } catch (error) {
      return error instanceof PhaseError ? toFailure(error.cause, error.phase, done) : toFailure(error, 'status', done);
    }
  }

  /**
   * Finds the parts among the account's statuses since the attempt (an Idempotency-Key lasts one hour, so
   * past it only a lookup is safe): a candidate matches on its parent and its source text.
   */
  async reconcile(request: PublishRequest, credentials: Credentials, context: { since: Date }): Promise<ReconcileOutcome> {
    let stored: StoredToken;
    try {
      stored = readStoredToken(credentials);
    } catch (error) {
      return failed('reconnect_required', error instanceof Error ? error.message : String(error), request.alreadyPublished);
    }
    const client = restClient(this.client, stored.serviceUrl, stored.accessToken);
    const found: PublishedPart[] = [];
    try {
      const recent = await this.recentStatuses(client, stored.accountId, new Date(context.since.getTime() - RECONCILE_SKEW_MS));
      for (const part of request.parts) {
        const parent = found.length > 0 ? found[found.length - 1].remoteId : null;
        const match = await this.findPart(client, recent, part, parent, request.options);
        if (!match) break;
        found.push(partOf(part, match));
      }
      return found.length === request.parts.length ? published(found) : { status: 'not_published', parts: found };
    } catch (error) {
      return toFailure(error, 'read', found);
    }
  }

  private statusParams(part: PublishPart, mediaIds: string[], inReplyToId: string | null, options: VariantOptions): mastodon.rest.v1.CreateStatusParams {
    const common = {
      visibility: options.visibility ?? 'public',
      ...(options.contentWarning ? { spoilerText: options.contentWarning, sensitive: true } : {}),
      ...(options.languages && options.languages.length > 0 ? { language: options.languages[0] } : {}),
      ...(inReplyToId ? { inReplyToId } : {}),
    };
    return mediaIds.length > 0 ? { ...common, status: part.text, mediaIds } : { ...common, status: part.text };
  }

  private async recentStatuses(client: mastodon.rest.Client, accountId: string, notBefore: Date): Promise<mastodon.v1.Status[]> {
    const statuses: mastodon.v1.Status[] = [];
    let maxId: string | undefined;
    for (let page = 0; page < RECONCILE_MAX_PAGES; page += 1) {
      const batch = await client.v1.accounts.$select(accountId).statuses.list({ limit: 40, ...(maxId ? { maxId } : {}) });
      statuses.push(...batch);
      const oldest = batch[batch.length - 1];
      if (!oldest || batch.length < 40 || new Date(oldest.createdAt) < notBefore) break;
      maxId = oldest.id;
    }
    return statuses.filter((status) => new Date(status.createdAt) >= notBefore);
  }

  private async findPart(client: mastodon.rest.Client, recent: mastodon.v1.Status[], part: PublishPart, parent: string | null, options: VariantOptions): Promise<mastodon.v1.Status | null> {
    const candidates = recent.filter((status) => (status.inReplyToId ?? null) === parent && status.spoilerText === (options.contentWarning ?? '') && status.mediaAttachments.length === part.media.length);
    // Oldest first: a retry past the key's hour could have created a second copy; the first is the publication.
    for (const status of [...candidates].reverse()) {
      const source = await client.v1.statuses.$select(status.id).source.fetch();
      if (source.text === part.text) return status;
    }
    return null;
  }

  private async connectWithToken(serviceUrl: string, accessToken: string): Promise<ConnectResult> {
    try {
      return await this.describe(serviceUrl, accessToken);
    } catch (error) {
      if (findRefusal(error)) throw new ConnectError('invalid_service', findRefusal(error)?.message ?? 'address not allowed');
      if (error instanceof MastoHttpError) {
        if (error.statusCode === 401 || error.statusCode === 403) throw new ConnectError('invalid_credentials', error.message);
        if (error.statusCode === 429) throw new ConnectError('rate_limited', error.message);
        throw new ConnectError('invalid_service', error.message);
      }
      const reason = classifyTransportError(error) ? 'the instance could not be reached' : 'the instance answered something unexpected';
      throw new ConnectError('unreachable', `${reason}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async describe(serviceUrl: string, accessToken: string): Promise<ConnectResult> {
    const client = restClient(this.client, serviceUrl, accessToken);
    const account = await client.v1.accounts.verifyCredentials();
    const instance = await client.v2.instance.fetch();
    return {
      account: { remoteId: account.id, handle: `@${account.acct.includes('@') ? account.acct : `${account.acct}@${instance.domain}`}`, displayName: account.displayName || null, profileUrl: account.url, avatarUrl: account.avatar || null },
      credentials: { serviceUrl, accessToken, accountId: account.id },
      serviceUrl,
      limits: instanceLimits(instance),
    };
  }
}
