import { classifyTransportError, findRefusal } from '@parvis/api/http';
import { failed, type FailedOutcome, type PublishedPart } from '@parvis/api/platform';
import { MastoHttpError, MastoTimeoutError, MastoUnexpectedError } from 'masto';

/** Where the failure happened: only a status creation can leave an unknown outcome behind. */
export type CallPhase = 'media' | 'status' | 'read';

/** Retry-After (seconds or an HTTP date), else X-RateLimit-Reset (ISO 8601), else one minute. */
export function retryAfterOf(headers: Headers | null, now: Date): Date {
  const retryAfter = headers?.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return new Date(now.getTime() + seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return new Date(date);
  }
  const reset = Date.parse(headers?.get('x-ratelimit-reset') ?? '');
  if (Number.isFinite(reset) && reset > now.getTime()) return new Date(reset);
  return new Date(now.getTime() + 60_000);
}

function responseHeaders(error: MastoHttpError): Headers | null {
  const cause: unknown = error.cause;
  return typeof cause === 'object' && cause !== null && 'headers' in cause && cause.headers instanceof Headers ? cause.headers : null;
}

/**
 * Maps what the instance answered to the contract's kinds, with Mastodon's own `error` text. A status
 * creation carries an Idempotency-Key, so a 5xx is `transient` (a retry within the key's hour cannot
 * duplicate); a timeout or a connection lost after sending is `unknown_outcome` (reconcile first).
 */
export function toFailure(error: unknown, phase: CallPhase, parts: readonly PublishedPart[], now = new Date()): FailedOutcome {
  const refusal = findRefusal(error);
  if (refusal) return failed('reconnect_required', `the instance address is not allowed: ${refusal.message}`, parts);
  if (error instanceof MastoHttpError) {
    const message = error.message || `HTTP ${error.statusCode}`;
    if (error.statusCode === 401) return failed('auth_expired', message, parts);
    if (error.statusCode === 403) return failed('reconnect_required', message, parts);
    if (error.statusCode === 429) return failed('rate_limited', message, parts, retryAfterOf(responseHeaders(error), now));
    if (error.statusCode === 422 || error.statusCode === 404 || error.statusCode === 413 || error.statusCode === 400) return failed('invalid_content', message, parts);
    if (error.statusCode >= 500) return failed('transient', message, parts);
    return failed(phase === 'status' ? 'unknown_outcome' : 'transient', message, parts);
  }
  const message = error instanceof Error ? error.message : String(error);
  // Media upload or processing timing out leaves at most an unattached media: nothing was posted.
  if (phase !== 'status') return failed('transient', message, parts);
  if (error instanceof MastoTimeoutError || error instanceof MastoUnexpectedError) return failed('unknown_outcome', message, parts);
  return failed(classifyTransportError(error) === 'not_sent' ? 'transient' : 'unknown_outcome', message, parts);
}
