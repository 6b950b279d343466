import createClient from 'openapi-fetch';
import type { paths } from './contract';
import { ApiError, toApiError } from './api-error';

/**
 * Resolves the relative URLs built from `baseUrl: ''` against the document, as
 * browsers do; runtimes whose Request needs absolute URLs (tests) then agree.
 */
class SameOriginRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    const base = globalThis.location?.href;
    super(typeof input === 'string' && base ? new URL(input, base) : input, init);
  }
}

/** Same-origin client: the session lives in an httpOnly cookie. */
export const apiClient = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  Request: SameOriginRequest,
  // Resolved at call time so a stubbed global fetch (tests) is honoured.
  fetch: (request: Request) => globalThis.fetch(request),
});

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its body, or throws an ApiError. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: cause instanceof Error ? cause.message : 'Network error',
    });
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

/** Same as unwrap, for answers without body (204). */
export async function unwrapEmpty(call: Promise<ClientResult<unknown>>): Promise<void> {
  await unwrap(call);
}
