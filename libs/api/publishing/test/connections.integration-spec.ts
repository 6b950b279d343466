import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SecretBox } from '@parvis/api/core';
import { PEER_START_TIMEOUT_MS } from '@parvis/api/adapters/bluesky/testing';
import { IdentityFixtures, type TestOrg } from '@parvis/api/identity/testing';
import type { TestApp } from '@parvis/api/testing';
import type TestAgent from 'supertest/lib/agent';
import type { Response } from 'supertest';
import { addChannel, CapturingLogger, publishingTestApp, startPublishingPeers, type PublishingPeers } from './publishing-test-kit';

jest.setTimeout(60_000);

/** The peer's access tokens are HS256 with its known test secret: re-sign one with an `exp` in the past. */
function expire(accessJwt: string): string {
  const [header, payload] = accessJwt.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 })).toString('base64url');
  return `${header}.${body}.${createHmac('sha256', 'peer-jwt-secret').update(`${header}.${body}`).digest('base64url')}`;
}

describe('connecting channels (real PDS, strict Mastodon server, PostgreSQL)', () => {
  let peers: PublishingPeers;
  let t: TestApp;
  let org: TestOrg;
  let admin: TestAgent;
  let editor: TestAgent;
  const logs = new CapturingLogger();
  const answers: Response[] = [];
  const base = () => `/api/orgs/${org.id}`;
  const keep = (response: Response): Response => {
    answers.push(response);
    return response;
  };

  const channel = (network: string, handle: string): Promise<string> => addChannel(admin, org.id, { network, handle, displayName: handle });
  const box = () => new SecretBox(t.config.encryptionKey);
  const binding = (channelId: string) => `channel_connection:${org.id}:${channelId}`;
  async function sealedOf(channelId: string): Promise<string> {
    const rows: { sealed: string }[] = await t.app.get(DataSource).query('SELECT sealed_credentials AS sealed FROM channel_connection WHERE channel_id = $1', [channelId]);
    return rows[0]?.sealed ?? '';
  }

  beforeAll(async () => {
    peers = await startPublishingPeers({ blueskyAccounts: ['alice', 'bob'], mastodon: { maxCharacters: 1000, maxMediaAttachments: 4, charactersReservedPerUrl: 23 } });
    t = await publishingTestApp(peers.platform);
    t.app.useLogger(logs);
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville connectée');
    admin = await fixtures.agentFor(org.members.admin.email);
    editor = await fixtures.agentFor(org.members.editor.email);
  }, PEER_START_TIMEOUT_MS);

  afterAll(async () => {
    await t?.close();
    await peers?.close();
  });

  describe('Bluesky: handle and app password on a given PDS', () => {
    let channelId: string;
    beforeAll(async () => {
      channelId = await channel('bluesky', 'alice.test');
    });

    it('connects, stores the session sealed (never the app password), and the channel list shows the connection', async () => {
      const connected = keep(
        await admin.put(`${base()}/channels/${channelId}/connection`).send({ serviceUrl: peers.proxy.origin, fields: { identifier: 'alice.test', appPassword: peers.peer.accounts[0].appPassword } }).expect(200),
      );
      expect(connected.body).toMatchObject({ channelId, status: 'connected', network: 'bluesky', accountHandle: 'alice.test', serviceUrl: peers.proxy.origin });
      const sealed = await sealedOf(channelId);
      expect(sealed).toMatch(/^v1:/);
      const opened = JSON.parse(box().open(sealed, binding(channelId))) as Record<string, string>;
      expect(opened).toMatchObject({ did: peers.peer.accounts[0].did, handle: 'alice.test' });
      expect(sealed + JSON.stringify(opened)).not.toContain(peers.peer.accounts[0].appPassword);
      // Bound to its row: the same value does not open for another channel.
      expect(() => box().open(sealed, binding('00000000-0000-4000-8000-000000000000'))).toThrow();
      const list = keep(await editor.get(`${base()}/channels`).expect(200));
      expect(list.body.items.find((c: { id: string }) => c.id === channelId)).toMatchObject({ status: 'connected', connection: { status: 'connected', accountHandle: 'alice.test' } });
    });

    it('checks the session without logging in again, and refreshes an expired one (createSession counted on the PDS)', async () => {
      const logins = peers.proxy.count('com.atproto.server.createSession');
      expect(logins).toBe(1);
      for (let i = 0; i < 3; i++) expect(keep(await admin.post(`${base()}/channels/${channelId}/connection/verify`).expect(200)).body).toMatchObject({ ok: true });
      const opened = JSON.parse(box().open(await sealedOf(channelId), binding(channelId))) as Record<string, string>;
      const stale = { ...opened, accessJwt: expire(opened['accessJwt'] ?? '') };
      await t.app.get(DataSource).query('UPDATE channel_connection SET sealed_credentials = $2 WHERE channel_id = $1', [channelId, box().seal(JSON.stringify(stale), binding(channelId))]);
      expect(keep(await admin.post(`${base()}/channels/${channelId}/connection/verify`).expect(200)).body).toMatchObject({ ok: true, connection: { status: 'connected' } });
      const refreshed = JSON.parse(box().open(await sealedOf(channelId), binding(channelId))) as Record<string, string>;
      expect(refreshed['accessJwt']).not.toBe(stale.accessJwt);
      expect(peers.proxy.count('com.atproto.server.createSession')).toBe(1);
    });

    it('refuses a wrong password with the server’s words, a missing or unknown field, a server outside the allow-list', async () => {
      const url = `${base()}/channels/${channelId}/connection`;
      const wrong = keep(await admin.put(url).send({ serviceUrl: peers.proxy.origin, fields: { identifier: 'alice.test', appPassword: 'wrong-wrong-wrong' } }).expect(400));
      expect(wrong.body).toMatchObject({ code: 'CONNECTION_CREDENTIALS_REFUSED', details: [{ field: 'fields' }] });
      expect(keep(await admin.put(url).send({ serviceUrl: peers.proxy.origin, fields: { identifier: 'alice.test' } }).expect(400)).body.details[0].field).toBe('fields.appPassword');
      expect(keep(await admin.put(url).send({ serviceUrl: peers.proxy.origin, fields: { identifier: 'a', appPassword: 'b', pin: '1' } }).expect(400)).body.details[0].field).toBe('fields.pin');
      expect(keep(await admin.put(url).send({ serviceUrl: peers.proxy.origin, fields: 'x' }).expect(400)).body.details[0].field).toBe('fields');
      expect(keep(await admin.put(url).send({ serviceUrl: peers.proxy.origin }).expect(400)).body.details[0].field).toBe('fields.identifier');
      const outside = keep(await admin.put(url).send({ serviceUrl: 'http://127.0.0.1:3999', fields: { identifier: 'alice.test', appPassword: 'x' } }).expect(400));
      expect(outside.body).toMatchObject({ code: 'CONNECTION_SERVICE_REFUSED', details: [{ field: 'serviceUrl' }] });
      // The failed attempts left the working connection alone.
      expect((await admin.get(url).expect(200)).body).toMatchObject({ status: 'connected', accountHandle: 'alice.test' });
    });

    it('is for admins only (channels.manage): an editor gets 403, another organisation 404', async () => {
      await editor.put(`${base()}/channels/${channelId}/connection`).send({ serviceUrl: peers.proxy.origin, fields: { identifier: 'a', appPassword: 'b' } }).expect(403);
      await editor.get(`${base()}/channels/${channelId}/connection`).expect(403);
      const other = await new IdentityFixtures(t.app).organization('Autre ville');
      const stranger = await new IdentityFixtures(t.app).agentFor(other.members.admin.email);
      expect((await stranger.get(`/api/orgs/${other.id}/channels/${channelId}/connection`).expect(404)).body.code).toBe('PUBLISHING_CHANNEL_NOT_FOUND');
    });
  });

  describe('Mastodon: OAuth on the instance, or a pasted token', () => {
    it('registers Parvis once per instance, sends the admin there with a signed state, exchanges the code, stores the limits', async () => {
      const first = await channel('mastodon', '@camille@demo');
      const start = keep(await admin.post(`${base()}/channels/${first}/connection/oauth`).send({ serviceUrl: `${peers.mastodon.origin}/` }).expect(200));
      const authorize = new URL(start.body.authorizationUrl);
      expect(authorize.origin + authorize.pathname).toBe(`${peers.mastodon.origin}/oauth/authorize`);
      const clientId = authorize.searchParams.get('client_id') ?? '';
      const redirectUri = authorize.searchParams.get('redirect_uri') ?? '';
      expect(redirectUri).toBe('http://parvis.test/api/publishing/oauth/callback');
      const code = peers.mastodon.approveAuthorization(clientId, redirectUri, peers.camille);
      const state = authorize.searchParams.get('state') ?? '';
      const back = await admin.get('/api/publishing/oauth/callback').query({ code, state }).expect(302);
      expect(back.headers['location']).toBe(`http://parvis.test/orgs/${org.id}/channels?connection=connected&channel=${first}`);
      const connection = keep(await admin.get(`${base()}/channels/${first}/connection`).expect(200)).body;
      expect(connection).toMatchObject({ status: 'connected', accountHandle: `@camille@${peers.mastodon.hostPort}`, limits: { textLimit: 1000, urlWeight: 23, media: { maxItems: 4 } } });
      const list = (await editor.get(`${base()}/channels`).expect(200)).body.items.find((c: { id: string }) => c.id === first);
      expect(list.connection.limits).toMatchObject({ textLimit: 1000, urlWeight: 23 });

      const second = await channel('mastodon', '@camille2@demo');
      await admin.post(`${base()}/channels/${second}/connection/oauth`).send({ serviceUrl: peers.mastodon.origin }).expect(200);
      expect(peers.mastodon.requests.filter((r) => r === 'POST /api/v1/apps')).toHaveLength(1);
    });

    it('refuses a forged, altered or someone else’s state', async () => {
      const id = await channel('mastodon', '@camille3@demo');
      const start = await admin.post(`${base()}/channels/${id}/connection/oauth`).send({ serviceUrl: peers.mastodon.origin }).expect(200);
      const state = new URL(start.body.authorizationUrl).searchParams.get('state') ?? '';
      const [body, mac] = state.split('.');
      const forged = `${Buffer.from(Buffer.from(body, 'base64url').toString().replace(org.id, '00000000-0000-4000-8000-000000000000')).toString('base64url')}.${mac}`;
      expect((await admin.get('/api/publishing/oauth/callback').query({ code: 'x', state: forged }).expect(400)).body.code).toBe('OAUTH_STATE_INVALID');
      expect((await admin.get('/api/publishing/oauth/callback').query({ code: 'x', state: 'garbage' }).expect(400)).body.details[0].field).toBe('state');
      expect((await editor.get('/api/publishing/oauth/callback').query({ code: 'x', state }).expect(400)).body.code).toBe('OAUTH_STATE_INVALID');
      const refused = await admin.get('/api/publishing/oauth/callback').query({ error: 'access_denied', state }).expect(302);
      expect(refused.headers['location']).toContain('connection=refused');
    });

    it('accepts a pasted access token; failing credentials flag the channel and tell its admins once', async () => {
      const id = await channel('mastodon', '@camille4@demo');
      keep(await admin.put(`${base()}/channels/${id}/connection`).send({ serviceUrl: peers.mastodon.origin, fields: { accessToken: peers.camille.token } }).expect(200));
      peers.mastodon.injectFault('GET', /verify_credentials/, { kind: 'status', status: 401 }, 2);
      const failed = keep(await admin.post(`${base()}/channels/${id}/connection/verify`).expect(200)).body;
      expect(failed).toMatchObject({ ok: false, connection: { status: 'reconnect_required', lastError: 'The access token is invalid' } });
      expect(['reconnect_required', 'auth_expired']).toContain(failed.kind);
      await admin.post(`${base()}/channels/${id}/connection/verify`).expect(200);
      const channelRow = (await editor.get(`${base()}/channels`).expect(200)).body.items.find((c: { id: string }) => c.id === id);
      expect(channelRow).toMatchObject({ status: 'reconnect_required', connection: { status: 'reconnect_required' } });
      const told = (await admin.get(`${base()}/notifications`).expect(200)).body.items.filter((n: { kind: string }) => n.kind === 'channel_reconnect_required');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ title: '@camille4@demo', link: `/orgs/${org.id}/channels` });
      expect((await editor.get(`${base()}/notifications`).expect(200)).body.items.filter((n: { kind: string }) => n.kind === 'channel_reconnect_required')).toHaveLength(0);
      // Reconnecting clears the flag.
      await admin.put(`${base()}/channels/${id}/connection`).send({ serviceUrl: peers.mastodon.origin, fields: { accessToken: peers.camille.token } }).expect(200);
      expect((await admin.get(`${base()}/channels/${id}/connection`).expect(200)).body).toMatchObject({ status: 'connected', lastError: null });
    });

    it('disconnects: the sealed credentials are gone and the channel is not connected', async () => {
      const id = await channel('mastodon', '@camille5@demo');
      await admin.put(`${base()}/channels/${id}/connection`).send({ serviceUrl: peers.mastodon.origin, fields: { accessToken: peers.camille.token } }).expect(200);
      await admin.delete(`${base()}/channels/${id}/connection`).expect(204);
      expect(await sealedOf(id)).toBe('');
      expect((await admin.get(`${base()}/channels/${id}/connection`).expect(200)).body).toMatchObject({ status: 'not_connected', accountHandle: null });
      expect((await editor.get(`${base()}/channels`).expect(200)).body.items.find((c: { id: string }) => c.id === id)).toMatchObject({ status: 'not_connected', connection: { status: 'not_connected' } });
      expect((await admin.post(`${base()}/channels/${id}/connection/verify`).expect(409)).body.code).toBe('CHANNEL_NOT_CONNECTED');
    });
  });

  it('never answers or logs a credential', () => {
    const secrets = [peers.peer.accounts[0].appPassword, peers.peer.accounts[0].password, peers.camille.token, 'wrong-wrong-wrong'];
    const everything = [...answers.map((r) => JSON.stringify(r.body) + JSON.stringify(r.headers)), ...logs.lines].join('\n');
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+/);
  });
});
