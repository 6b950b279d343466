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

/**
 * The one way the API reaches user-supplied URLs (link previews, Mastodon instances, Bluesky PDSes).
 * `fetch` is Node's fetch bound to the safe dispatcher, for client libraries that take a fetch;
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

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new OutboundLimitError('size', `response larger than ${maxBytes} bytes`);
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new OutboundLimitError('size', `response larger than ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
