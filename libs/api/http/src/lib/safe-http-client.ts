import { type Dispatcher } from 'undici';
import { OutboundLimitError, outboundRefusal } from './outbound-errors';
import { createSafeDispatcher, type SafeDispatcherOptions } from './safe-dispatcher';

export interface SafeHttpClientOptions extends SafeDispatcherOptions {
  /** Default cap on a body read with `getLimited`. */
  maxResponseBytes?: number;
  /** Default overall deadline of a `getLimited` call, redirects included. */
  totalTimeoutMs?: number;
  maxRedirects?: number;
}

export interface LimitedResponse {
  status: number;
  headers: Headers;
  /** The URL after redirects. */
  url: string;
  body: Buffer;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_TOTAL_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_REDIRECTS = 5;

export function assertHttpUrl(raw: string | URL): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw outboundRefusal('invalid_url', `not a valid URL: ${String(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw outboundRefusal('forbidden_scheme', `scheme ${url.protocol} is not allowed`);
  }
  return url;
}

/** Statuses whose answer has no body (a `Response` refuses one). */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The one way the API reaches user-supplied URLs (link previews, Mastodon instances, Bluesky PDSes).
 * `fetch` is Node's fetch bound to the safe dispatcher, for client libraries that take a fetch;
 * `xrpcFetch` the same contract for the AT Protocol client, cheaper and without redirects;
 * `dispatcher` is for those that take undici's `requestInit.dispatcher` (masto).
 */
export class SafeHttpClient {
  readonly dispatcher: Dispatcher;
  private readonly maxResponseBytes: number;
  private readonly totalTimeoutMs: number;
  private readonly maxRedirects: number;

  constructor(options: SafeHttpClientOptions = {}) {
    this.dispatcher = createSafeDispatcher(options);
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_BYTES;
    this.totalTimeoutMs = options.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS;
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  }

  /** Fetch options routing a library's own fetch calls through the safe dispatcher (masto's `requestInit`). */
  get requestInit(): RequestInit & { dispatcher: Dispatcher } {
    return { dispatcher: this.dispatcher };
  }

  readonly fetch: typeof globalThis.fetch = (input, init) => {
    assertHttpUrl(input instanceof Request ? input.url : input);
    const options: RequestInit & { dispatcher: Dispatcher } = { ...init, dispatcher: this.dispatcher };
    return globalThis.fetch(input, options);
  };

  /**
   * A fetch for XRPC clients (@atproto/api): the request goes through the safe dispatcher's own
   * `request()`, its answer is read whole (capped at `maxResponseBytes`) into a `Response`. Node's fetch
   * costs about 0.3 ms of CPU more per call (WHATWG streams both ways), paid on every publication.
   * Redirects are never followed (XRPC has none: a 3xx comes back as it is). Failures look as fetch's
   * do: `TypeError('fetch failed')` with the transport's error as its cause, or the signal's reason.
   */
  readonly xrpcFetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = assertHttpUrl(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    try {
      const body = request.body ? Buffer.from(await request.arrayBuffer()) : null;
      const answer = await this.dispatcher.request({ origin: url.origin, path: `${url.pathname}${url.search}`, method: request.method as Dispatcher.HttpMethod, headers, body, signal: request.signal });
      const bytes = await readCappedChunks(answer.body, this.maxResponseBytes);
      const responseHeaders = new Headers();
      for (const [name, value] of Object.entries(answer.headers)) for (const one of [value ?? []].flat()) responseHeaders.append(name, one);
      return new Response(NULL_BODY_STATUSES.has(answer.statusCode) ? null : bytes, { status: answer.statusCode, headers: responseHeaders });
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      if (error instanceof OutboundLimitError) throw error;
      throw new TypeError('fetch failed', { cause: error });
    }
  };

  /**
   * GET with the body capped and one deadline for the whole exchange. Redirects are followed here
   * (not by fetch) so each target's scheme is checked and the count bounded; hosts are checked by the
   * dispatcher on connect.
   */
  async getLimited(
    rawUrl: string,
    options: { maxBytes?: number; timeoutMs?: number; headers?: Record<string, string> } = {},
  ): Promise<LimitedResponse> {
    const maxBytes = options.maxBytes ?? this.maxResponseBytes;
    const signal = AbortSignal.timeout(options.timeoutMs ?? this.totalTimeoutMs);
    let url = assertHttpUrl(rawUrl);
    try {
      for (let hop = 0; ; hop += 1) {
        const response = await this.fetch(url, { redirect: 'manual', signal, headers: options.headers });
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel();
          if (hop >= this.maxRedirects) {
            throw outboundRefusal('too_many_redirects', `more than ${this.maxRedirects} redirects`);
          }
          url = assertHttpUrl(new URL(location, url));
          continue;
        }
        const body = await readCapped(response, maxBytes);
        return { status: response.status, headers: response.headers, url: url.toString(), body };
      }
    } catch (error) {
      if (signal.aborted) throw new OutboundLimitError('time', `no complete answer within the time limit`);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}

/** A body's chunks (an undici answer's, a fetch Response's), whole, refused past `maxBytes`; leaving the loop early cancels the stream. */
async function readCappedChunks(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new OutboundLimitError('size', `response larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new OutboundLimitError('size', `response larger than ${maxBytes} bytes`);
  }
  return response.body ? readCappedChunks(response.body, maxBytes) : Buffer.alloc(0);
}
