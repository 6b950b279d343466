import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accountEntity, instanceEntity, mediaEntity, statusEntity } from './mastodon-entities';
import { FakeMastodonState, type FakeAccount, type FakeMedia } from './fake-mastodon-state';
import { isVisibility, mastodonLength } from './mastodon-validation';

export interface FakeMastodonOptions {
  maxCharacters?: number;
  maxMediaAttachments?: number;
  charactersReservedPerUrl?: number;
  descriptionLimit?: number;
  /** 0: media processed synchronously (200); more: 202, then `GET /api/v1/media/:id` answers 206 until done. */
  mediaProcessingMs?: number;
  /** How long an Idempotency-Key is remembered (Mastodon: one hour). */
  idempotencyTtlMs?: number;
  /** Added to every answer (benchmarks). */
  latencyMs?: number;
}

/**
 * One injected fault, applied to the next matching request(s):
 * - `status`: answer that status with Mastodon's error body (429 carries the rate-limit headers and Retry-After);
 * - `lose_response`: do the work (e.g. create the status), then drop the connection without answering;
 * - `delay`: answer late.
 */
export type FakeMastodonFault = { kind: 'status'; status: 401 | 429 | 500 | 503; retryAfterSeconds?: number } | { kind: 'lose_response' } | { kind: 'delay'; ms: number };

interface PendingFault {
  method: string;
  path: RegExp;
  fault: FakeMastodonFault;
  remaining: number;
  /** Matching requests let through before the fault applies. */
  skip: number;
}

type Body = Record<string, unknown>;

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const RATE_LIMIT = 300;
const ERROR_TEXT: Record<number, string> = {
  401: 'The access token is invalid',
  429: 'Too many requests',
  500: 'We\u2019re sorry, but something went wrong on our end.',
  503: 'Service Unavailable',
};

/**
 * A strict local Mastodon server implementing, after docs.joinmastodon.org, the endpoints the adapter
 * uses: apps + OAuth token, verify_credentials, v2 instance, v2 media (202) + v1 media poll, statuses
 * (Idempotency-Key replay, 422 validation, 404), status source, account statuses; with fault injection.
 */
export class FakeMastodonServer {
  readonly state = new FakeMastodonState();
  /** Every request seen, `METHOD /path` (query excluded), for assertions. */
  readonly requests: string[] = [];
  private readonly faults: PendingFault[] = [];
  private server: Server | null = null;
  private readonly options: Required<FakeMastodonOptions>;
  origin = '';

  constructor(options: FakeMastodonOptions = {}) {
    this.options = {
      maxCharacters: 500,
      maxMediaAttachments: 4,
      charactersReservedPerUrl: 23,
      descriptionLimit: 1500,
      mediaProcessingMs: 0,
      idempotencyTtlMs: 3_600_000,
      latencyMs: 0,
      ...options,
    };
  }

  /** Listens on loopback: a free port, or `port` (a restart after `stop()` keeps the origin and the state). */
  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, '127.0.0.1', resolve);
    });
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** `127.0.0.1:port`, for the SSRF-safe client's allow-list. */
  get hostPort(): string {
    return new URL(this.origin).host;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  set(options: Partial<FakeMastodonOptions>): void {
    Object.assign(this.options, options);
  }

  /** The fault applies to `times` matching requests, after letting `after` of them through. */
  injectFault(method: string, path: RegExp, fault: FakeMastodonFault, times = 1, after = 0): void {
    this.faults.push({ method, path, fault, remaining: times, skip: after });
  }

  addAccount(username: string, displayName?: string): FakeAccount {
    return this.state.addAccount(username, displayName);
  }

  /** What a user's approval on /oauth/authorize produces: a code for the app's redirect URI. */
  approveAuthorization(clientId: string, redirectUri: string, account: FakeAccount): string {
    const code = randomBytes(12).toString('hex');
    this.state.codes.set(code, { clientId, redirectUri, accountId: account.id });
    return code;
  }

  private takeFault(method: string, path: string): FakeMastodonFault | null {
    const index = this.faults.findIndex((entry) => entry.method === method && entry.path.test(path));
    if (index < 0) return null;
    const entry = this.faults[index];
    if (entry.skip > 0) {
      entry.skip -= 1;
      return null;
    }
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.faults.splice(index, 1);
    return entry.fault;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.origin);
    const method = request.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}`);
    const raw = await readBody(request);
    const fault = this.takeFault(method, url.pathname);
    const latency = this.options.latencyMs + (fault?.kind === 'delay' ? fault.ms : 0);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (fault?.kind === 'status') return this.sendFault(response, fault.status, fault.retryAfterSeconds ?? 30);
    try {
      const { status, body, headers } = await this.route(method, url, request, raw);
      if (fault?.kind === 'lose_response') {
        response.socket?.destroy();
        return;
      }
      this.send(response, status, body, headers);
    } catch (error) {
      if (error instanceof HttpFailure) return this.send(response, error.status, { error: error.message });
      this.send(response, 500, { error: ERROR_TEXT[500] });
    }
  }

  private rateLimitHeaders(remaining: number, resetInSeconds: number): Record<string, string> {
    return {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': new Date(Date.now() + resetInSeconds * 1000).toISOString(),
    };
  }

  private sendFault(response: ServerResponse, status: number, retryAfterSeconds: number): void {
    const headers = status === 429 ? { ...this.rateLimitHeaders(0, retryAfterSeconds), 'retry-after': String(retryAfterSeconds) } : {};
    this.send(response, status, { error: ERROR_TEXT[status] ?? 'Error' }, headers);
  }

  private send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const json = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...this.rateLimitHeaders(RATE_LIMIT - 1, 300), ...headers });
    response.end(json);
  }

  private authenticate(request: IncomingMessage): FakeAccount {
    const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
    const account = match ? this.state.accountByToken(match[1]) : null;
    if (!account) throw new HttpFailure(401, ERROR_TEXT[401]);
    return account;
  }

  private async route(method: string, url: URL, request: IncomingMessage, raw: Buffer): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const path = url.pathname;
    const now = Date.now();
    if (method === 'GET' && path === '/api/v2/instance') return { status: 200, body: instanceEntity(this.origin, this.options) };
    if (method === 'POST' && path === '/api/v1/apps') return { status: 200, body: this.createApp(await parseBody(request, raw)) };
    if (method === 'POST' && path === '/oauth/token') return { status: 200, body: this.exchangeToken(await parseBody(request, raw)) };

    const account = this.authenticate(request);
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') return { status: 200, body: accountEntity(this.origin, account) };
    if (method === 'POST' && path === '/api/v2/media') {
      const media = await this.createMedia(account, request, raw, now);
      return { status: now >= media.readyAt ? 200 : 202, body: mediaEntity(this.origin, media, now) };
    }
    let match = /^\/api\/v1\/media\/([^/]+)$/.exec(path);
    if (method === 'GET' && match) {
      const media = this.ownMedia(account, match[1]);
      return { status: now >= media.readyAt ? 200 : 206, body: mediaEntity(this.origin, media, now) };
    }
    if (method === 'POST' && path === '/api/v1/statuses') {
      const key = request.headers['idempotency-key'];
      return { status: 200, body: this.createStatus(account, await parseBody(request, raw), typeof key === 'string' ? key : null, now) };
    }
    match = /^\/api\/v1\/statuses\/([^/]+)(\/source)?$/.exec(path);
    if (match) {
      const status = this.state.statuses.get(match[1]);
      if (!status || (status.visibility === 'direct' && status.accountId !== account.id)) throw new HttpFailure(404, 'Record not found');
      const owner = this.state.accounts.get(status.accountId) as FakeAccount;
      if (method === 'GET' && match[2]) {
        if (status.accountId !== account.id) throw new HttpFailure(404, 'Record not found');
        return { status: 200, body: { id: status.id, text: status.text, spoiler_text: status.spoilerText } };
      }
      if (method === 'GET') return { status: 200, body: statusEntity(this.origin, status, owner, this.mediaOf(status.mediaIds), now) };
      if (method === 'DELETE') {
        if (status.accountId !== account.id) throw new HttpFailure(404, 'Record not found');
        this.state.statuses.delete(status.id);
        return { status: 200, body: statusEntity(this.origin, status, owner, this.mediaOf(status.mediaIds), now, true) };
      }
    }
    match = /^\/api\/v1\/accounts\/([^/]+)\/statuses$/.exec(path);
    if (method === 'GET' && match) return this.accountStatuses(match[1], url, now);
    throw new HttpFailure(404, 'Record not found');
  }

  private createApp(body: Body): Record<string, unknown> {
    const name = stringParam(body, 'client_name');
    const redirect = body['redirect_uris'];
    const redirectUris = (Array.isArray(redirect) ? redirect : typeof redirect === 'string' ? redirect.split(/\s+/) : []).filter((uri): uri is string => typeof uri === 'string' && uri !== '');
    if (!name) throw new HttpFailure(422, "Validation failed: Application name can't be blank");
    if (redirectUris.length === 0) throw new HttpFailure(422, "Validation failed: Redirect URI can't be blank");
    const app = { id: this.state.nextId(), name, website: stringParam(body, 'website'), redirectUris, scopes: stringParam(body, 'scopes') ?? 'read', clientId: randomBytes(16).toString('hex'), clientSecret: randomBytes(16).toString('hex') };
    this.state.apps.set(app.clientId, app);
    return { id: app.id, name, website: app.website, scopes: app.scopes.split(' '), redirect_uri: redirectUris.join('\n'), redirect_uris: redirectUris, client_id: app.clientId, client_secret: app.clientSecret, vapid_key: 'fake' };
  }

  private exchangeToken(body: Body): Record<string, unknown> {
    const app = this.state.apps.get(stringParam(body, 'client_id') ?? '');
    if (!app || app.clientSecret !== stringParam(body, 'client_secret')) throw new HttpFailure(401, 'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.');
    if (stringParam(body, 'grant_type') !== 'authorization_code') throw new HttpFailure(400, 'The authorization grant type is not supported by the authorization server.');
    const code = this.state.codes.get(stringParam(body, 'code') ?? '');
    if (!code || code.clientId !== app.clientId || code.redirectUri !== stringParam(body, 'redirect_uri')) {
      throw new HttpFailure(400, 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.');
    }
    this.state.codes.delete(stringParam(body, 'code') ?? '');
    const account = this.state.accounts.get(code.accountId) as FakeAccount;
    return { access_token: account.token, token_type: 'Bearer', scope: app.scopes, created_at: Math.floor(Date.now() / 1000) };
  }

  private async createMedia(account: FakeAccount, request: IncomingMessage, raw: Buffer, now: number): Promise<FakeMedia> {
    const form = await new Request(`${this.origin}/upload`, { method: 'POST', headers: { 'content-type': request.headers['content-type'] ?? '' }, body: new Uint8Array(raw) })
      .formData()
      .catch(() => {
        throw new HttpFailure(422, 'Validation failed: File is invalid');
      });
    const file = form.get('file');
    if (!(file instanceof Blob) || file.size === 0) throw new HttpFailure(422, "Validation failed: File can't be blank");
    const supported = instanceEntity(this.origin, this.options)['configuration'] as { media_attachments: { supported_mime_types: string[] } };
    if (!supported.media_attachments.supported_mime_types.includes(file.type)) throw new HttpFailure(422, 'Validation failed: File content type is invalid, File is invalid');
    const description = form.get('description');
    const text = typeof description === 'string' ? description : null;
    if (text && [...text].length > this.options.descriptionLimit) throw new HttpFailure(422, `Validation failed: Description is too long (maximum is ${this.options.descriptionLimit} characters)`);
    const media: FakeMedia = {
      id: this.state.nextId(),
      accountId: account.id,
      type: file.type.startsWith('video/') ? 'video' : 'image',
      mimeType: file.type,
      size: file.size,
      description: text,
      readyAt: now + this.options.mediaProcessingMs,
      statusId: null,
    };
    this.state.media.set(media.id, media);
    return media;
  }

  private ownMedia(account: FakeAccount, id: string): FakeMedia {
    const media = this.state.media.get(id);
    if (!media || media.accountId !== account.id) throw new HttpFailure(404, 'Record not found');
    return media;
  }

  private mediaOf(ids: readonly string[]): FakeMedia[] {
    return ids.map((id) => this.state.media.get(id)).filter((media): media is FakeMedia => media !== undefined);
  }

  private createStatus(account: FakeAccount, body: Body, idempotencyKey: string | null, now: number): Record<string, unknown> {
    const scopedKey = idempotencyKey ? `${account.id}:${idempotencyKey}` : null;
    const remembered = scopedKey ? this.state.idempotency.get(scopedKey) : undefined;
    if (remembered && now - remembered.at < this.options.idempotencyTtlMs) {
      const existing = this.state.statuses.get(remembered.statusId);
      if (existing) return statusEntity(this.origin, existing, account, this.mediaOf(existing.mediaIds), now);
    }
    const text = stringParam(body, 'status') ?? '';
    const spoilerText = stringParam(body, 'spoiler_text') ?? '';
    const requestedMedia = Array.isArray(body['media_ids']) ? body['media_ids'].filter((id): id is string => typeof id === 'string') : [];
    if (requestedMedia.length > this.options.maxMediaAttachments) throw new HttpFailure(422, `Cannot attach more than ${this.options.maxMediaAttachments} files`);
    // Mastodon attaches only the caller's media not yet used by a status; other ids are ignored.
    const media = requestedMedia.map((id) => this.state.media.get(id)).filter((item): item is FakeMedia => !!item && item.accountId === account.id && item.statusId === null);
    if (media.some((item) => now < item.readyAt)) throw new HttpFailure(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
    if (text.trim() === '' && media.length === 0) throw new HttpFailure(422, "Validation failed: Text can't be blank");
    if (mastodonLength(text + spoilerText, this.options.charactersReservedPerUrl) > this.options.maxCharacters) {
      throw new HttpFailure(422, `Validation failed: Text character limit of ${this.options.maxCharacters} exceeded`);
    }
    const visibility = body['visibility'] ?? 'public';
    if (!isVisibility(visibility)) throw new HttpFailure(422, 'Validation failed: Visibility is not included in the list');
    const inReplyToId = stringParam(body, 'in_reply_to_id');
    if (inReplyToId && !this.state.statuses.has(inReplyToId)) throw new HttpFailure(404, 'Record not found');
    const status = {
      id: this.state.nextId(),
      accountId: account.id,
      text,
      spoilerText,
      visibility,
      sensitive: body['sensitive'] === true || body['sensitive'] === 'true' || spoilerText !== '',
      language: stringParam(body, 'language'),
      inReplyToId,
      mediaIds: media.map((item) => item.id),
      createdAt: new Date(now),
    };
    for (const item of media) item.statusId = status.id;
    this.state.statuses.set(status.id, status);
    this.state.createdCount += 1;
    if (scopedKey) this.state.idempotency.set(scopedKey, { statusId: status.id, at: now });
    return statusEntity(this.origin, status, account, media, now);
  }

  private accountStatuses(accountId: string, url: URL, now: number): { status: number; body: unknown; headers: Record<string, string> } {
    const owner = this.state.accounts.get(accountId);
    if (!owner) throw new HttpFailure(404, 'Record not found');
    const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 40);
    const maxId = url.searchParams.get('max_id');
    const sinceId = url.searchParams.get('since_id');
    const page = this.state
      .statusesOf(accountId)
      .filter((status) => (!maxId || BigInt(status.id) < BigInt(maxId)) && (!sinceId || BigInt(status.id) > BigInt(sinceId)))
      .slice(0, limit);
    const headers: Record<string, string> = {};
    if (page.length > 0) {
      const base = `${this.origin}/api/v1/accounts/${accountId}/statuses?limit=${limit}`;
      headers['link'] = `<${base}&max_id=${page[page.length - 1].id}>; rel="next", <${base}&min_id=${page[0].id}>; rel="prev"`;
    }
    return { status: 200, body: page.map((status) => statusEntity(this.origin, status, owner, this.mediaOf(status.mediaIds), now)), headers };
  }
}

function stringParam(body: Body, key: string): string | null {
  const value = body[key];
  return typeof value === 'string' && value !== '' ? value : null;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** JSON (what masto sends) or a form, as Mastodon's Rails params accept both. */
async function parseBody(request: IncomingMessage, raw: Buffer): Promise<Body> {
  const type = request.headers['content-type'] ?? '';
  if (raw.length === 0) return {};
  if (type.startsWith('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw.toString('utf8'));
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Body) : {};
    } catch {
      throw new HttpFailure(400, 'Invalid JSON');
    }
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(raw) }).formData();
    const body: Body = {};
    for (const [key, value] of form) if (typeof value === 'string') body[key.replace(/\[\]$/, '')] = value;
    return body;
  }
  const params = new URLSearchParams(raw.toString('utf8'));
  const body: Body = {};
  for (const [key, value] of params) {
    if (key.endsWith('[]')) body[key.slice(0, -2)] = [...((body[key.slice(0, -2)] as string[] | undefined) ?? []), value];
    else body[key] = value;
  }
  return body;
}
