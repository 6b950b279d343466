import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyTransportError, findRefusal, normaliseServiceUrl, OutboundLimitError, type OutboundRefusal, SafeHttpClient, type ResolveAll } from '../src';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function startServer(handler: Handler): Promise<{ server: Server; port: number; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, port, origin: `http://127.0.0.1:${port}` };
}

/** The refusal buried in fetch's `TypeError('fetch failed', { cause })`, or the error itself. */
async function refusalOf(promise: Promise<unknown>): Promise<OutboundRefusal | null> {
  try {
    await promise;
  } catch (error) {
    return findRefusal(error);
  }
  throw new Error('expected the request to be refused');
}

describe('SafeHttpClient against real local servers', () => {
  let target: Awaited<ReturnType<typeof startServer>>;
  let redirector: Awaited<ReturnType<typeof startServer>>;
  let hits: string[];

  beforeAll(async () => {
    hits = [];
    target = await startServer((request, response) => {
      hits.push(request.url ?? '');
      if (request.url === '/big') {
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.end(Buffer.alloc(64 * 1024));
        return;
      }
      if (request.url === '/echo') {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          response.writeHead(201, { 'content-type': 'application/json', 'ratelimit-remaining': '99' });
          response.end(JSON.stringify({ method: request.method, authorization: request.headers.authorization, type: request.headers['content-type'], body: Buffer.concat(chunks).toString() }));
        });
        return;
      }
      if (request.url === '/empty') {
        response.writeHead(204);
        response.end();
        return;
      }
      if (request.url === '/slow') {
        const timer = setTimeout(() => response.end('late'), 2_000);
        response.on('close', () => clearTimeout(timer));
        return;
      }
      response.end('secret');
    });
    redirector = await startServer((request, response) => {
      const to = new URL(request.url ?? '/', 'http://x').searchParams.get('to') ?? '';
      response.writeHead(302, { location: to });
      response.end();
    });
  });

  afterAll(async () => {
    target.server.closeAllConnections();
    await new Promise((resolve) => target.server.close(resolve));
    await new Promise((resolve) => redirector.server.close(resolve));
  });

  it('refuses loopback, private and metadata addresses in every spelling, without connecting', async () => {
    const client = new SafeHttpClient();
    for (const host of ['127.0.0.1', '0x7f000001', '2130706433', '[::1]', '[::ffff:127.0.0.1]', '0.0.0.0', '10.1.2.3', '100.64.1.1', '169.254.169.254', '[fd00::1]']) {
      const refusal = await refusalOf(client.fetch(`http://${host}:${target.port}/`));
      expect(refusal?.code).toBe('ERR_OUTBOUND_REFUSED');
      expect(refusal?.reason).toBe('forbidden_address');
    }
    expect(hits).toEqual([]);
    await client.close();
  });

  it('refuses a DNS name that resolves to a private address (localhost)', async () => {
    const client = new SafeHttpClient();
    const refusal = await refusalOf(client.fetch(`http://localhost:${target.port}/`));
    expect(refusal?.reason).toBe('forbidden_address');
    expect(hits).toEqual([]);
    await client.close();
  });

  it('refuses a host when any of its addresses is private (DNS rebinding)', async () => {
    const answers: Record<string, string[]> = { 'mixed.example': ['1.1.1.1', '127.0.0.1'] };
    const resolveAll: ResolveAll = (hostname, _options, callback) =>
      callback(null, (answers[hostname] ?? []).map((address) => ({ address, family: 4 })));
    const client = new SafeHttpClient({ resolveAll });
    const refusal = await refusalOf(client.fetch(`http://mixed.example:${target.port}/`));
    expect(refusal?.reason).toBe('forbidden_address');
    expect(hits).toEqual([]);
    await client.close();
  });

  it('refuses non-http schemes', async () => {
    const client = new SafeHttpClient();
    await expect(client.getLimited('file:///etc/passwd')).rejects.toMatchObject({ reason: 'forbidden_scheme' });
    await expect(client.getLimited('ftp://example.org/')).rejects.toMatchObject({ reason: 'forbidden_scheme' });
    await client.close();
  });

  it('allows an allow-listed loopback server, and only that host:port', async () => {
    const client = new SafeHttpClient({ allowList: [`127.0.0.1:${target.port}`] });
    const response = await client.getLimited(`${target.origin}/hello`);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('secret');
    const refusal = await refusalOf(client.fetch(`http://localhost:${target.port}/`));
    expect(refusal?.code).toBe('ERR_OUTBOUND_REFUSED');
    await client.close();
  });

  it('refuses a redirect from an allowed server to 127.0.0.1 (getLimited and plain fetch)', async () => {
    const client = new SafeHttpClient({ allowList: [`127.0.0.1:${redirector.port}`] });
    const to = encodeURIComponent(`http://127.0.0.1:${target.port}/stolen`);
    const viaLimited = await refusalOf(client.getLimited(`${redirector.origin}/r?to=${to}`));
    expect(viaLimited?.reason).toBe('forbidden_address');
    const viaFetch = await refusalOf(client.fetch(`${redirector.origin}/r?to=${to}`));
    expect(viaFetch?.reason).toBe('forbidden_address');
    expect(hits).not.toContain('/stolen');
    const toFile = await refusalOf(client.getLimited(`${redirector.origin}/r?to=${encodeURIComponent('file:///etc/passwd')}`));
    expect(toFile?.reason).toBe('forbidden_scheme');
    await client.close();
  });

  it('caps the body size and the total time', async () => {
    const client = new SafeHttpClient({ allowList: [`127.0.0.1:${target.port}`] });
    await expect(client.getLimited(`${target.origin}/big`, { maxBytes: 1024 })).rejects.toBeInstanceOf(OutboundLimitError);
    await expect(client.getLimited(`${target.origin}/slow`, { timeoutMs: 200 })).rejects.toMatchObject({ limit: 'time' });
    await client.close();
  });

  it('classifies transport failures: refused, not sent, maybe sent', async () => {
    const closed = await startServer(() => undefined);
    await new Promise((resolve) => closed.server.close(resolve));
    const client = new SafeHttpClient({ allowList: [`127.0.0.1:${closed.port}`, `127.0.0.1:${target.port}`], responseTimeoutMs: 200 });
    expect(classifyTransportError(await client.fetch('http://10.0.0.1/').catch((error: unknown) => error))).toBe('refused');
    const notSent = await client.fetch(`${closed.origin}/`).catch((error: unknown) => error);
    expect(classifyTransportError(notSent)).toBe('not_sent');
    const maybeSent = await client.fetch(`${target.origin}/slow`).catch((error: unknown) => error);
    expect(classifyTransportError(maybeSent)).toBe('maybe_sent');
    expect(classifyTransportError(new Error('plain'))).toBeNull();
    await client.close();
  });

  it('xrpcFetch answers as fetch does, through the same guard, without following redirects', async () => {
    const closed = await startServer(() => undefined);
    await new Promise((resolve) => closed.server.close(resolve));
    const client = new SafeHttpClient({ allowList: [`127.0.0.1:${target.port}`, `127.0.0.1:${redirector.port}`, `127.0.0.1:${closed.port}`], maxResponseBytes: 1024, responseTimeoutMs: 300 });
    const init = { method: 'POST', headers: { authorization: 'Bearer jeton', 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Conseil municipal à 18 h' }) };
    const [viaXrpc, viaFetch] = await Promise.all([client.xrpcFetch(new Request(`${target.origin}/echo`, init)), client.fetch(`${target.origin}/echo`, init)]);
    expect(viaXrpc.status).toBe(201);
    expect(viaXrpc.headers.get('ratelimit-remaining')).toBe(viaFetch.headers.get('ratelimit-remaining'));
    expect(await viaXrpc.json()).toEqual(await viaFetch.json());
    expect((await client.xrpcFetch(`${target.origin}/empty`)).status).toBe(204);
    // The guard is the dispatcher's: a host off the allow list is refused, as with fetch.
    expect((await refusalOf(client.xrpcFetch(`http://localhost:${target.port}/`)))?.code).toBe('ERR_OUTBOUND_REFUSED');
    // A redirect comes back as it is: nothing is requested from where it points.
    const to = encodeURIComponent(`${target.origin}/followed`);
    expect((await client.xrpcFetch(`${redirector.origin}/r?to=${to}`)).status).toBe(302);
    expect(hits).not.toContain('/followed');
    // Capped, and failing as fetch fails: the transport's error as the cause, the signal's reason when aborted.
    await expect(client.xrpcFetch(`${target.origin}/big`)).rejects.toBeInstanceOf(OutboundLimitError);
    expect(classifyTransportError(await client.xrpcFetch(`${closed.origin}/`).catch((error: unknown) => error))).toBe('not_sent');
    expect(classifyTransportError(await client.xrpcFetch(`${target.origin}/slow`).catch((error: unknown) => error))).toBe('maybe_sent');
    await expect(client.xrpcFetch(`${target.origin}/slow`, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' });
    await client.close();
  });
});

describe('normaliseServiceUrl', () => {
  it('adds https, drops the trailing slash, query and fragment', () => {
    expect(normaliseServiceUrl(' mastodon.social/ ', { allowHttp: false })).toBe('https://mastodon.social');
    expect(normaliseServiceUrl('https://pds.example/?x=1#y', { allowHttp: false })).toBe('https://pds.example');
  });

  it('refuses http unless allowed, other schemes and credentials', () => {
    expect(() => normaliseServiceUrl('http://pds.example', { allowHttp: false })).toThrow(expect.objectContaining({ code: 'ERR_OUTBOUND_REFUSED' }));
    expect(normaliseServiceUrl('http://127.0.0.1:2583', { allowHttp: true })).toBe('http://127.0.0.1:2583');
    expect(() => normaliseServiceUrl('javascript://alert(1)', { allowHttp: true })).toThrow(expect.objectContaining({ code: 'ERR_OUTBOUND_REFUSED' }));
    expect(() => normaliseServiceUrl('https://u:p@pds.example', { allowHttp: false })).toThrow(expect.objectContaining({ code: 'ERR_OUTBOUND_REFUSED' }));
  });
});
