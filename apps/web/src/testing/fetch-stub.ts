import { vi } from 'vitest';

/** A stubbed network: the only test double we use (at the global fetch boundary). */
export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function json(status: number, body?: unknown): Response {
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function apiError(status: number, code: string, message: string, details?: unknown): Response {
  return json(status, { code, message, details });
}

export class FetchStub {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Handler>();

  on(method: string, path: string, handler: Handler | Response | unknown): this {
    this.routes.set(`${method} ${path}`, (request) => {
      if (typeof handler === 'function') return (handler as Handler)(request);
      if (handler instanceof Response) return handler.clone();
      return json(200, handler);
    });
    return this;
  }

  /** Requests sent with the given method and path. */
  sent(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  install(): this {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const request = input instanceof Request ? input : new Request(String(input), { method: 'GET' });
        const url = new URL(request.url);
        const text = await request.text();
        const recorded: RecordedRequest = {
          method: request.method,
          path: url.pathname,
          search: url.searchParams,
          body: text ? JSON.parse(text) : undefined,
        };
        this.requests.push(recorded);
        const handler = this.routes.get(`${recorded.method} ${recorded.path}`);
        return handler ? handler(recorded) : apiError(404, 'NOT_FOUND', `No stub for ${recorded.method} ${recorded.path}`);
      }),
    );
    return this;
  }
}
