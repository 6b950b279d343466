import { SafeHttpClient } from '@parvis/api/http';
import { ConnectError, type Credentials, type PublishedOutcome, type PublishMedia, type PublishPart, type PublishRequest } from '@parvis/api/platform';
import { FakeMastodonServer, type FakeAccount } from '@parvis/api/testing/fake-mastodon';
import type { VariantOptions } from '@parvis/shared/domain';
import { MastodonAdapter, retryAfterOf } from '../src';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const context = { persistCredentials: async () => undefined };

function image(altText: string): PublishMedia {
  return { bytes: PNG, mimeType: 'image/png', altText, width: 1, height: 1 };
}

describe('MastodonAdapter: the real masto client against a strict local Mastodon server', () => {
  let server: FakeMastodonServer;
  let http: SafeHttpClient;
  let adapter: MastodonAdapter;
  let camille: FakeAccount;
  let credentials: Credentials;

  function request(parts: Omit<PublishPart, 'key'>[], options: VariantOptions = {}): PublishRequest {
    return { publicationId: 'publication-1', parts: parts.map((part) => ({ ...part, key: adapter.mintPartKey() })), options, alreadyPublished: [] };
  }
  const text = (value: string, media: PublishMedia[] = []): Omit<PublishPart, 'key'> => ({ text: value, media, linkCard: null });
  function asPublished(outcome: unknown): PublishedOutcome {
    expect(outcome).toMatchObject({ status: 'published' });
    return outcome as PublishedOutcome;
  }

  beforeAll(async () => {
    server = await new FakeMastodonServer({ maxCharacters: 1000, maxMediaAttachments: 4, charactersReservedPerUrl: 23 }).start();
    http = new SafeHttpClient({ allowList: [server.hostPort] });
    adapter = new MastodonAdapter({ http, allowHttp: true, mediaTimeoutMs: 10_000 });
    camille = server.addAccount('camille', 'Ville de Démo');
    credentials = (await adapter.connect({ serviceUrl: server.origin, fields: { accessToken: camille.token } })).credentials;
  });

  afterAll(async () => {
    await http.close();
    await server.stop();
  });

  beforeEach(() => server.set({ mediaProcessingMs: 0, idempotencyTtlMs: 3_600_000, maxCharacters: 1000 }));

  describe('connecting', () => {
    it('with an access token: the account, the credentials to store and the instance limits (GET /api/v2/instance)', async () => {
      const result = await adapter.connect({ serviceUrl: `${server.origin}/`, fields: { accessToken: camille.token } });
      expect(result.account).toMatchObject({ remoteId: camille.id, handle: `@camille@${server.hostPort}`, displayName: 'Ville de Démo' });
      expect(result.credentials).toEqual({ serviceUrl: server.origin, accessToken: camille.token, accountId: camille.id });
      expect(result.limits).toMatchObject({ textLimit: 1000, urlWeight: 23, media: { maxItems: 4, altTextMax: 1500 } });
    });

    it('refuses a bad token, an http instance when https is required, and an address outside the allow-list', async () => {
      await expect(adapter.connect({ serviceUrl: server.origin, fields: { accessToken: 'nope' } })).rejects.toMatchObject({ kind: 'invalid_credentials', message: 'The access token is invalid' });
      const strict = new MastodonAdapter({ http, allowHttp: false });
      await expect(strict.connect({ serviceUrl: server.origin, fields: { accessToken: camille.token } })).rejects.toMatchObject({ kind: 'invalid_service' });
      const refused = await adapter.connect({ serviceUrl: server.origin.replace('127.0.0.1', 'localhost'), fields: { accessToken: camille.token } }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ConnectError);
      expect(refused).toMatchObject({ kind: 'invalid_service' });
    });

    it('through OAuth: registers the app, builds the authorization URL, exchanges the code', async () => {
      const redirectUri = 'https://parvis.example/channels/oauth/callback';
      const client = await adapter.oauth.registerClient({ serviceUrl: server.origin, redirectUri, clientName: 'Parvis', website: 'https://parvis.example' });
      const url = new URL(adapter.oauth.authorizationUrl({ serviceUrl: server.origin, client, redirectUri, state: 'st4te' }));
      expect(url.origin + url.pathname).toBe(`${server.origin}/oauth/authorize`);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({ response_type: 'code', client_id: client['clientId'], redirect_uri: redirectUri, state: 'st4te' });
      const code = server.approveAuthorization(String(client['clientId']), redirectUri, camille);
      const connected = await adapter.oauth.exchangeCode({ serviceUrl: server.origin, client, redirectUri, code });
      expect(connected.credentials).toMatchObject({ accessToken: camille.token, accountId: camille.id });
      await expect(adapter.oauth.exchangeCode({ serviceUrl: server.origin, client, redirectUri, code })).rejects.toMatchObject({ kind: 'invalid_credentials' });
    });

    it('verifies stored credentials, and reports a revoked token', async () => {
      expect(await adapter.verifyCredentials(credentials)).toMatchObject({ ok: true, account: { remoteId: camille.id } });
      expect(await adapter.verifyCredentials({ ...credentials, accessToken: 'revoked' })).toMatchObject({ ok: false, kind: 'auth_expired' });
    });
  });

  describe('publishing', () => {
    it('uploads media with their description, waits for processing (202, then polls), and posts with visibility, content warning and language', async () => {
      server.set({ mediaProcessingMs: 1_500 });
      const outcome = asPublished(await adapter.publish(request([text('Travaux place de la mairie', [image('Plan des travaux')])], { visibility: 'unlisted', contentWarning: 'Travaux', languages: ['fr'] }), credentials));
      const status = server.state.statuses.get(outcome.remoteId);
      expect(status).toMatchObject({ text: 'Travaux place de la mairie', visibility: 'unlisted', spoilerText: 'Travaux', sensitive: true, language: 'fr' });
      expect(status?.mediaIds.map((id) => server.state.media.get(id)?.description)).toEqual(['Plan des travaux']);
      expect(server.requests.filter((line) => line.startsWith('GET /api/v1/media/')).length).toBeGreaterThanOrEqual(1);
      expect(outcome.url).toBe(`${server.origin}/@camille/${outcome.remoteId}`);
    });

    it('posts a thread through in_reply_to_id', async () => {
      const outcome = asPublished(await adapter.publish(request([text('1/3 Marché de Noël'), text('2/3 Horaires'), text('3/3 Accès')]), credentials));
      const [first, second, third] = outcome.parts.map((part) => server.state.statuses.get(part.remoteId));
      expect(first?.inReplyToId).toBeNull();
      expect(second?.inReplyToId).toBe(first?.id);
      expect(third?.inReplyToId).toBe(second?.id);
    });

    it('sends one Idempotency-Key per part: the same request again creates nothing new', async () => {
      const thread = request([text('Une fois'), text('Deux fois ?')]);
      const first = asPublished(await adapter.publish(thread, credentials));
      const created = server.state.createdCount;
      const again = asPublished(await adapter.publish(thread, credentials));
      expect(again.parts.map((part) => part.remoteId)).toEqual(first.parts.map((part) => part.remoteId));
      expect(server.state.createdCount).toBe(created);
    });
  });

  describe('faults, each mapped to its outcome kind', () => {
    it('429 → rate_limited, honouring Retry-After', async () => {
      server.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 429, retryAfterSeconds: 120 });
      const before = Date.now();
      const outcome = await adapter.publish(request([text('Trop vite')]), credentials);
      expect(outcome).toMatchObject({ status: 'failed', kind: 'rate_limited', message: 'Too many requests' });
      const retryAt = outcome.status === 'failed' ? outcome.retryAfter?.getTime() ?? 0 : 0;
      expect(retryAt).toBeGreaterThanOrEqual(before + 119_000);
      expect(retryAt).toBeLessThanOrEqual(Date.now() + 121_000);
    });

    it('500 → transient, 401 → auth_expired, 422 → invalid_content with the instance own words', async () => {
      server.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 500 });
      expect(await adapter.publish(request([text('Panne')]), credentials)).toMatchObject({ status: 'failed', kind: 'transient' });
      server.injectFault('POST', /^\/api\/v2\/media$/, { kind: 'status', status: 401 });
      expect(await adapter.publish(request([text('Jeton', [image('x')])]), credentials)).toMatchObject({ status: 'failed', kind: 'auth_expired', message: 'The access token is invalid' });
      server.set({ maxCharacters: 20 });
      expect(await adapter.publish(request([text('Un texte bien trop long pour cette instance')]), credentials)).toEqual({
        status: 'failed',
        kind: 'invalid_content',
        message: 'Validation failed: Text character limit of 20 exceeded',
        parts: [],
      });
    });

    it('media still processing past the wait → transient, and nothing was posted', async () => {
      server.set({ mediaProcessingMs: 60_000 });
      const quick = new MastodonAdapter({ http, allowHttp: true, mediaTimeoutMs: 1_500 });
      const created = server.state.createdCount;
      expect(await quick.publish(request([text('Vidéo lente', [image('Lent')])]), credentials)).toMatchObject({ status: 'failed', kind: 'transient' });
      expect(server.state.createdCount).toBe(created);
    });

    it('a thread that fails midway reports its live parts, and resumes after them', async () => {
      const thread = request([text('A'), text('B'), text('C')]);
      server.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'status', status: 503 }, 1, 1);
      const partial = await adapter.publish(thread, credentials);
      expect(partial).toMatchObject({ status: 'failed', kind: 'transient', message: 'Service Unavailable' });
      const live = partial.status === 'failed' ? partial.parts : [];
      expect(live.map((part) => part.key)).toEqual([thread.parts[0].key]);
      const resumed = asPublished(await adapter.publish({ ...thread, alreadyPublished: live }, credentials));
      expect(resumed.parts).toHaveLength(3);
      expect(resumed.parts[0]).toEqual(live[0]);
      expect(server.state.statuses.get(resumed.parts[1].remoteId)?.inReplyToId).toBe(live[0].remoteId);
    });

    it('a response lost after the status was created → unknown_outcome; reconciliation finds it, no duplicate even past the key lifetime', async () => {
      const since = new Date();
      const thread = request([text('Perdue puis retrouvée'), text('Suite jamais partie')]);
      const created = server.state.createdCount;
      server.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'lose_response' });
      expect(await adapter.publish(thread, credentials)).toMatchObject({ status: 'failed', kind: 'unknown_outcome', parts: [] });
      expect(server.state.createdCount).toBe(created + 1);
      server.set({ idempotencyTtlMs: 0 });
      const found = await adapter.reconcile(thread, credentials, { ...context, since });
      expect(found).toMatchObject({ status: 'not_published', parts: [{ key: thread.parts[0].key }] });
      const live = found.status === 'not_published' ? found.parts : [];
      expect(server.state.statuses.get(live[0].remoteId)?.text).toBe('Perdue puis retrouvée');
      const finished = asPublished(await adapter.publish({ ...thread, alreadyPublished: live }, credentials));
      expect(server.state.createdCount).toBe(created + 2);
      expect(await adapter.reconcile(thread, credentials, { ...context, since })).toEqual(finished);
    });

    it('a slow answer past the request timeout → unknown_outcome; the retry with the same key does not duplicate', async () => {
      const impatient = new MastodonAdapter({ http, allowHttp: true, requestTimeoutMs: 300 });
      const single = request([text('Réponse lente')]);
      server.injectFault('POST', /^\/api\/v1\/statuses$/, { kind: 'delay', ms: 800 });
      const created = server.state.createdCount;
      expect(await impatient.publish(single, credentials)).toMatchObject({ status: 'failed', kind: 'unknown_outcome' });
      await new Promise((resolve) => setTimeout(resolve, 900));
      asPublished(await adapter.publish(single, credentials));
      expect(server.state.createdCount).toBe(created + 1);
    });

    it('a connection refused before sending → transient; a revoked token on reconcile → auth_expired', async () => {
      const closedPortServer = await new FakeMastodonServer().start();
      const origin = closedPortServer.origin;
      await closedPortServer.stop();
      const offline = new MastodonAdapter({ http: new SafeHttpClient({ allowList: [new URL(origin).host] }), allowHttp: true });
      expect(await offline.publish(request([text('Hors ligne')]), { ...credentials, serviceUrl: origin })).toMatchObject({ status: 'failed', kind: 'transient' });
      expect(await adapter.reconcile(request([text('x')]), { ...credentials, accessToken: 'revoked' }, { ...context, since: new Date() })).toMatchObject({ status: 'failed', kind: 'auth_expired' });
    });
  });
});

describe('retryAfterOf', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  it('reads Retry-After in seconds or as a date, else X-RateLimit-Reset, else one minute', () => {
    expect(retryAfterOf(new Headers({ 'retry-after': '30' }), now)).toEqual(new Date('2026-12-01T10:00:30Z'));
    expect(retryAfterOf(new Headers({ 'retry-after': 'Tue, 01 Dec 2026 10:05:00 GMT' }), now)).toEqual(new Date('2026-12-01T10:05:00Z'));
    expect(retryAfterOf(new Headers({ 'x-ratelimit-reset': '2026-12-01T10:02:00.000Z' }), now)).toEqual(new Date('2026-12-01T10:02:00Z'));
    expect(retryAfterOf(null, now)).toEqual(new Date('2026-12-01T10:01:00Z'));
  });
});
