import { vi } from 'vitest';

/** A stubbed network: the only test double we use (at the global fetch boundary). */
export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
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

  /** Answers with a handler, a Response, or a JSON body (200). */
  on(method: string, path: string, handler: Handler): this;
  on(method: string, path: string, response: Response | object): this;
  on(method: string, path: string, answer: Handler | Response | object): this {
    this.routes.set(`${method} ${path}`, (request) => {
      if (typeof answer === 'function') return answer(request);
      if (answer instanceof Response) return answer.clone();
      return json(200, answer);
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
          headers: request.headers,
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
