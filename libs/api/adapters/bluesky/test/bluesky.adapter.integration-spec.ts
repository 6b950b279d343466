import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { ConnectError, type Credentials, type PublishedOutcome } from '@parvis/api/platform';
import { PEER_START_TIMEOUT_MS, startBlueskyPeer, type BlueskyPeer } from '../src/testing';
import type { BlueskyAdapter } from '../src';
import type { SafeHttpClient } from '@parvis/api/http';
import { adapterFor, countRecords, image, PNG, readRecord, recordingContext, requestOf, textPart } from './bluesky-test-kit';

jest.setTimeout(60_000);

function asPublished(outcome: unknown): PublishedOutcome {
  expect(outcome).toMatchObject({ status: 'published' });
  return outcome as PublishedOutcome;
}

/** The peer's access tokens are HS256 with its known test secret: re-sign one with an `exp` in the past. */
function expire(accessJwt: string): string {
  const [header, payload] = accessJwt.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 })).toString('base64url');
  const signature = createHmac('sha256', 'peer-jwt-secret').update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${signature}`;
}

describe('BlueskyAdapter against a real PDS', () => {
  let peer: BlueskyPeer;
  let adapter: BlueskyAdapter;
  let http: SafeHttpClient;
  let alice: Credentials;

  beforeAll(async () => {
    peer = await startBlueskyPeer(['alice', 'bob']);
    ({ adapter, http } = adapterFor([peer.allowListEntry]));
    const connected = await adapter.connect({ serviceUrl: peer.pdsUrl, fields: { identifier: 'alice.test', appPassword: peer.accounts[0].appPassword } });
    alice = connected.credentials;
  }, PEER_START_TIMEOUT_MS);

  afterAll(async () => {
    await http?.close();
    await peer?.stop();
  });

  describe('connect', () => {
    it('logs in with handle and app password on the given PDS and returns the session to store', async () => {
      const result = await adapter.connect({ serviceUrl: `${peer.pdsUrl}/`, fields: { identifier: '@alice.test', appPassword: peer.accounts[0].appPassword } });
      expect(result.account).toMatchObject({ remoteId: peer.accounts[0].did, handle: 'alice.test' });
      expect(result.serviceUrl).toBe(peer.pdsUrl);
      expect(result.credentials).toMatchObject({ did: peer.accounts[0].did, serviceUrl: peer.pdsUrl });
      expect(JSON.stringify(result.credentials)).not.toContain(peer.accounts[0].appPassword);
    });

    it('refuses a wrong password, an http URL when https is required, and a PDS outside the allow-list', async () => {
      await expect(adapter.connect({ serviceUrl: peer.pdsUrl, fields: { identifier: 'alice.test', appPassword: 'wrong-wrong-wrong' } })).rejects.toMatchObject({
        kind: 'invalid_credentials',
      });
      const strict = adapterFor([peer.allowListEntry]);
      const httpsOnly = new (adapter.constructor as typeof BlueskyAdapter)({ http: strict.http, allowHttp: false });
      await expect(httpsOnly.connect({ serviceUrl: peer.pdsUrl, fields: { identifier: 'a', appPassword: 'b' } })).rejects.toMatchObject({ kind: 'invalid_service' });
      const localhostName = peer.pdsUrl.replace('127.0.0.1', 'localhost');
      const refused = await adapter.connect({ serviceUrl: localhostName, fields: { identifier: 'alice.test', appPassword: 'x' } }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ConnectError);
      expect(refused).toMatchObject({ kind: 'invalid_service' });
      await strict.http.close();
    });
  });

  it('publishes text with facets: a link without scheme, a mention resolved to its DID, a hashtag; langs', async () => {
    const request = requestOf(adapter, [textPart('Programme sur saint-etienne.fr/agenda avec @bob.test #Été2025')], { languages: ['fr'] });
    const outcome = asPublished(await adapter.publish(request, alice, recordingContext()));
    const record = await readRecord(peer.pdsUrl, outcome.remoteId);
    expect(record?.value).toMatchObject({ text: 'Programme sur saint-etienne.fr/agenda avec @bob.test #Été2025', langs: ['fr'] });
    const features = (record?.value['facets'] as { features: Record<string, string>[] }[]).map((facet) => facet.features[0]);
    expect(features).toEqual([
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://saint-etienne.fr/agenda' },
      { $type: 'app.bsky.richtext.facet#mention', did: peer.accounts[1].did },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'Été2025' },
    ]);
    expect(outcome.url).toBe(`https://bsky.app/profile/${peer.accounts[0].did}/post/${request.parts[0].key}`);
  });

  it('publishes up to four images with alt text and aspect ratio', async () => {
    const media = [image('Affiche du concert', 1200, 800), image('Plan du parc', 800, 1200), image('Scène', 1000, 1000), image('Buvette', 1600, 900)];
    const outcome = asPublished(await adapter.publish(requestOf(adapter, [textPart('Quatre images', { media })]), alice, recordingContext()));
    const record = await readRecord(peer.pdsUrl, outcome.remoteId);
    const embed = record?.value['embed'] as { $type: string; images: { alt: string; aspectRatio: unknown; image: { mimeType: string; size: number } }[] };
    expect(embed.$type).toBe('app.bsky.embed.images');
    expect(embed.images.map((entry) => [entry.alt, entry.aspectRatio])).toEqual([
      ['Affiche du concert', { width: 1200, height: 800 }],
      ['Plan du parc', { width: 800, height: 1200 }],
      ['Scène', { width: 1000, height: 1000 }],
      ['Buvette', { width: 1600, height: 900 }],
    ]);
    expect(embed.images[0].image).toMatchObject({ mimeType: 'image/png', size: PNG.length });
  });

  it('publishes a link card with its thumbnail blob', async () => {
    const linkCard = { url: 'https://www.ville-demo.fr/fete', title: 'Fête de la ville', description: 'Le programme complet', thumbnail: image('') };
    const outcome = asPublished(await adapter.publish(requestOf(adapter, [textPart('La fête arrive', { linkCard })]), alice, recordingContext()));
    const record = await readRecord(peer.pdsUrl, outcome.remoteId);
    expect(record?.value['embed']).toMatchObject({
      $type: 'app.bsky.embed.external',
      external: { uri: 'https://www.ville-demo.fr/fete', title: 'Fête de la ville', description: 'Le programme complet', thumb: { mimeType: 'image/png' } },
    });
  });

  it('publishes a thread through reply references, with a threadgate on the root when replies are restricted', async () => {
    const request = requestOf(adapter, [textPart('1/3 Travaux rue Victor-Hugo'), textPart('2/3 Déviation par le quai'), textPart('3/3 Fin prévue le 12')], { replyControl: 'mentioned' });
    const outcome = asPublished(await adapter.publish(request, alice, recordingContext()));
    expect(outcome.parts).toHaveLength(3);
    const [root, second, third] = await Promise.all(outcome.parts.map((part) => readRecord(peer.pdsUrl, part.remoteId)));
    expect(root?.value['reply']).toBeUndefined();
    expect(second?.value['reply']).toEqual({ root: { uri: root?.uri, cid: root?.cid }, parent: { uri: root?.uri, cid: root?.cid } });
    expect(third?.value['reply']).toEqual({ root: { uri: root?.uri, cid: root?.cid }, parent: { uri: second?.uri, cid: second?.cid } });
    const gate = await readRecord(peer.pdsUrl, root?.uri.replace('app.bsky.feed.post', 'app.bsky.feed.threadgate') ?? '');
    expect(gate?.value).toMatchObject({ post: root?.uri, allow: [{ $type: 'app.bsky.feed.threadgate#mentionRule' }] });
  });

  it('never duplicates: the same record keys again answer the same records (same CIDs), and a thread resumes after its live parts', async () => {
    const did = peer.accounts[0].did;
    const request = requestOf(adapter, [textPart('Une seule fois', { media: [image('Logo')] }), textPart('Suite')]);
    const first = asPublished(await adapter.publish(request, alice, recordingContext()));
    const before = await countRecords(peer.pdsUrl, did);
    const again = asPublished(await adapter.publish(request, alice, recordingContext()));
    expect(again.parts).toEqual(first.parts);
    const resumed = asPublished(await adapter.publish({ ...request, alreadyPublished: first.parts.slice(0, 1) }, alice, recordingContext()));
    expect(resumed.parts).toEqual(first.parts);
    const edited = asPublished(await adapter.publish({ ...request, parts: request.parts.map((part) => ({ ...part, text: `${part.text} (modifié)` })) }, alice, recordingContext()));
    expect(edited.parts.map((part) => part.remoteId)).toEqual(first.parts.map((part) => part.remoteId));
    // The live post is never overwritten by a later attempt.
    expect((await readRecord(peer.pdsUrl, first.remoteId))?.value['text']).toBe('Une seule fois');
    expect(await countRecords(peer.pdsUrl, did)).toBe(before);
  });

  it('reconciles by record key: live parts found, missing ones reported', async () => {
    const request = requestOf(adapter, [textPart('Réconcilié'), textPart('Pas encore')]);
    const context = { ...recordingContext(), since: new Date() };
    expect(await adapter.reconcile(request, alice, context)).toEqual({ status: 'not_published', parts: [] });
    const partial = asPublished(await adapter.publish({ ...request, parts: request.parts.slice(0, 1) }, alice, recordingContext()));
    expect(await adapter.reconcile(request, alice, context)).toEqual({ status: 'not_published', parts: partial.parts });
    const full = asPublished(await adapter.publish(request, alice, recordingContext()));
    expect(await adapter.reconcile(request, alice, context)).toEqual(full);
  });

  it('maps a text the PDS refuses to invalid_content with the PDS own words', async () => {
    const outcome = await adapter.publish(requestOf(adapter, [textPart('é'.repeat(301))]), alice, recordingContext());
    expect(outcome).toMatchObject({ status: 'failed', kind: 'invalid_content' });
    expect(outcome.status === 'failed' && outcome.message).toMatch(/grapheme/i);
  });

  it('refreshes an expired access token once, hands the new session to persistCredentials, and publishes', async () => {
    const context = recordingContext();
    const expired = { ...alice, accessJwt: expire(String(alice['accessJwt'])) };
    const outcome = await adapter.publish(requestOf(adapter, [textPart('Après rafraîchissement')]), expired, context);
    expect(outcome).toMatchObject({ status: 'published' });
    expect(context.persisted).toHaveLength(1);
    expect(context.persisted[0]['accessJwt']).not.toBe(expired.accessJwt);
    alice = context.persisted[0];
  });

  it('asks for a reconnection when the session cannot be refreshed, and verifies good credentials', async () => {
    const revoked = { ...alice, accessJwt: expire(String(alice['accessJwt'])), refreshJwt: 'not-a-token' };
    expect(await adapter.publish(requestOf(adapter, [textPart('Jamais')]), revoked, recordingContext())).toMatchObject({ status: 'failed', kind: 'reconnect_required' });
    expect(await adapter.verifyCredentials(alice, recordingContext())).toMatchObject({ ok: true, account: { handle: 'alice.test' } });
    expect(await adapter.verifyCredentials({ junk: true }, recordingContext())).toMatchObject({ ok: false, kind: 'reconnect_required' });
  });

  describe('transport failures', () => {
    let blackHole: Server;
    let port: number;

    beforeAll(async () => {
      // Reads the request, then drops the connection: the write may or may not have happened.
      blackHole = createServer((socket) => socket.once('data', () => socket.destroy()));
      await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
      port = (blackHole.address() as AddressInfo).port;
    });
    afterAll(() => new Promise((resolve) => blackHole.close(resolve)));

    it('a connection dropped after the request left is unknown_outcome; a refused connection is transient; a forbidden address asks for reconnection', async () => {
      const { adapter: lossy, http: lossyHttp } = adapterFor([`127.0.0.1:${port}`, '127.0.0.1:9']);
      const at = (url: string) => ({ ...alice, serviceUrl: url, pdsUrl: url });
      expect(await lossy.publish(requestOf(lossy, [textPart('Perdu')]), at(`http://127.0.0.1:${port}`), recordingContext())).toMatchObject({
        status: 'failed',
        kind: 'unknown_outcome',
      });
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const closedPort = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const { adapter: refusedAdapter, http: refusedHttp } = adapterFor([`127.0.0.1:${closedPort}`]);
      expect(await refusedAdapter.publish(requestOf(refusedAdapter, [textPart('Refusé')]), at(`http://127.0.0.1:${closedPort}`), recordingContext())).toMatchObject({
        status: 'failed',
        kind: 'transient',
      });
      expect(await lossy.publish(requestOf(lossy, [textPart('Interdit')]), at(peer.pdsUrl.replace('127.0.0.1', 'localhost')), recordingContext())).toMatchObject({
        status: 'failed',
        kind: 'reconnect_required',
      });
      await lossyHttp.close();
      await refusedHttp.close();
    });
  });
});
