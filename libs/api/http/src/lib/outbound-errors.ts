/** Why the SSRF-safe client refused an outbound request before any byte was sent. */
export type OutboundRefusalReason = 'forbidden_address' | 'forbidden_scheme' | 'invalid_url' | 'too_many_redirects';

export const OUTBOUND_REFUSED = 'ERR_OUTBOUND_REFUSED';

export interface OutboundRefusal extends Error {
  code: typeof OUTBOUND_REFUSED;
  reason: OutboundRefusalReason;
}

/**
 * A plain `Error` with a code, not a subclass: fetch keeps errors whose constructor is `Error` as the
 * `cause` it reports, but replaces other objects from another realm (Jest) with a bare message.
 */
export function outboundRefusal(reason: OutboundRefusalReason, message: string): OutboundRefusal {
  return Object.assign(new Error(message), { code: OUTBOUND_REFUSED, reason } as const);
}

export function isOutboundRefusal(value: unknown): value is OutboundRefusal {
  return typeof value === 'object' && value !== null && (value as { code?: unknown }).code === OUTBOUND_REFUSED;
}

/** A response that broke a limit of the client (size or time). */
export class OutboundLimitError extends Error {
  override readonly name = 'OutboundLimitError';
  constructor(
    readonly limit: 'size' | 'time',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Where a failed call stands, which decides whether a retry may duplicate a write:
 * - `refused`: our policy stopped it (nothing sent; retrying will not help);
 * - `not_sent`: the connection never opened (DNS, refused, connect timeout): safe to retry;
 * - `maybe_sent`: the request may have reached the server (reset, socket closed, response timeout).
 */
export type TransportFailure = 'refused' | 'not_sent' | 'maybe_sent';

const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

/** Errors thrown by Node's fetch come from another realm under Jest: duck-type instead of `instanceof Error`. */
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && 'message' in value;
}

/** The errors of an error's `cause` chain, outermost first. */
export function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let current = error; isErrorLike(current) && chain.length < 8; current = current.cause) chain.push(current);
  return chain;
}

/** Our own refusal, wherever it sits in the chain (fetch wraps it in `TypeError('fetch failed')`). */
export function findRefusal(error: unknown): OutboundRefusal | null {
  const found = causeChain(error).find(isOutboundRefusal);
  return isOutboundRefusal(found) ? found : null;
}

/** Classifies a fetch/undici error by walking its `cause` chain; null when it is not a transport error. */
export function classifyTransportError(error: unknown): TransportFailure | null {
  let sawFetchFailure = false;
  for (const entry of causeChain(error)) {
    if (isOutboundRefusal(entry)) return 'refused';
    if (typeof entry.code === 'string') {
      if (NOT_SENT_CODES.has(entry.code)) return 'not_sent';
      if (entry.code.startsWith('UND_ERR') || entry.code.startsWith('ECONN') || entry.code === 'EPIPE' || entry.code === 'ETIMEDOUT') return 'maybe_sent';
    }
    if (entry.name === 'AbortError' || entry.name === 'TimeoutError') return 'maybe_sent';
    if (entry.message === 'fetch failed') sawFetchFailure = true;
  }
  return sawFetchFailure ? 'maybe_sent' : null;
}
