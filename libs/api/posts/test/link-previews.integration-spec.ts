import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '@parvis/api/testing';
import { IdentityFixtures, TestOrg } from '@parvis/api/identity/testing';
import type TestAgent from 'supertest/lib/agent';
import { PostsModule } from '../src';
import { jpeg } from './media-files';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Link previews through the SSRF-safe client, against local servers: one allow-listed, one not. */
describe('link previews (real PostgreSQL, local HTTP servers)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parvis-previews-'));
  let t: TestApp;
  let org: TestOrg;
  let editor: TestAgent;
  let site: Server;
  let other: Server;
  let sitePort: number;
  let otherPort: number;
  let pageHits = 0;
  const base = () => `/api/orgs/${org.id}`;

  beforeAll(async () => {
    const image = await jpeg(120, 63);
    site = createServer((req, res) => {
      if (req.url === '/agenda') {
        pageHits += 1;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html><head><title>Titre HTML</title>
          <meta property="og:title" content="Marché de Noël 2026">
          <meta property="og:description" content="Du 12 au 24 décembre, place de la mairie.">
          <meta property="og:site_name" content="Ville de Démo">
          <meta property="og:image" content="/images/carte.jpg"></head><body>…</body></html>`);
      } else if (req.url === '/images/carte.jpg') {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(image);
      } else if (req.url === '/vers-le-reseau-interne') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        res.end();
      } else if (req.url === '/vers-un-autre-port') {
        res.writeHead(302, { location: `http://127.0.0.1:${otherPort}/` });
        res.end();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    other = createServer((_req, res) => res.end('<html><head><meta property="og:title" content="Secret"></head></html>'));
    sitePort = await listen(site);
    otherPort = await listen(other);
    t = await createTestApp([PostsModule], { env: { DATA_DIR: dataDir, OUTBOUND_ALLOW_LIST: `127.0.0.1:${sitePort}` } });
    const fixtures = new IdentityFixtures(t.app);
    org = await fixtures.organization('Ville aux liens');
    editor = await fixtures.agentFor(org.members.editor.email);
  });
  afterAll(async () => {
    await t.close();
    site.close();
    other.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads the card of an allow-listed page, stores its image as a media, and answers the second ask from the cache', async () => {
    const url = `http://127.0.0.1:${sitePort}/agenda`;
    const response = await editor.post(`${base()}/link-previews`).send({ url });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ url, finalUrl: url, title: 'Marché de Noël 2026', description: 'Du 12 au 24 décembre, place de la mairie.', siteName: 'Ville de Démo' });
    expect(response.body.imageMediaId).toEqual(expect.any(String));
    const media = (await editor.get(`${base()}/media/${response.body.imageMediaId}`).expect(200)).body;
    expect(media).toMatchObject({ kind: 'image', width: 120, height: 63, fileName: 'carte.jpg' });
    const again = await editor.post(`${base()}/link-previews`).send({ url }).expect(200);
    expect(again.body).toEqual(response.body);
    expect(pageHits).toBe(1);
  });

  it('refuses a loopback address that is not allow-listed', async () => {
    const response = await editor.post(`${base()}/link-previews`).send({ url: `http://127.0.0.1:${otherPort}/` });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'LINK_PREVIEW_REFUSED', details: [{ field: 'url' }] });
  });

  it('refuses a redirect to a private or link-local address, and to a port not allow-listed', async () => {
    for (const path of ['/vers-le-reseau-interne', '/vers-un-autre-port']) {
      const response = await editor.post(`${base()}/link-previews`).send({ url: `http://127.0.0.1:${sitePort}${path}` });
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 400, code: 'LINK_PREVIEW_REFUSED' });
    }
  });

  it('answers LINK_PREVIEW_FAILED when the page cannot be read, and 400 naming url for a non-http address', async () => {
    const missing = await editor.post(`${base()}/link-previews`).send({ url: `http://127.0.0.1:${sitePort}/nulle-part` });
    expect(missing.status).toBe(502);
    expect(missing.body.code).toBe('LINK_PREVIEW_FAILED');
    const file = await editor.post(`${base()}/link-previews`).send({ url: 'file:///etc/passwd' });
    expect(file.status).toBe(400);
    expect(file.body.details[0].field).toBe('url');
  });
});
