import { XRPCError } from '@atproto/api';
import { classifyTransportError, findRefusal } from '@parvis/api/http';
import { failed, type FailedOutcome, type PublishedPart } from '@parvis/api/platform';

/** Set by the session handler when the PDS refused to refresh the session: only a reconnection helps. */
export interface SessionState {
  expired: boolean;
}

function retryAfterOf(error: XRPCError, now: Date): Date {
  const reset = Number(error.headers?.['ratelimit-reset']);
  if (Number.isFinite(reset) && reset * 1000 > now.getTime()) return new Date(reset * 1000);
  return new Date(now.getTime() + 60_000);
}

/**
 * Maps what the PDS (or the way to it) answered to the contract's failure kinds, keeping its own words.
 * A write with a fixed record key and `swapRecord: null` is safe to repeat, so server errors are
 * `transient`; only a connection lost after the request left is `unknown_outcome` (reconcile first).
 */
export function toFailure(error: unknown, session: SessionState, parts: readonly PublishedPart[], now = new Date()): FailedOutcome {
  if (session.expired) return failed('reconnect_required', 'the Bluesky session expired and could not be refreshed: reconnect the account', parts);
  const refusal = findRefusal(error);
  if (refusal) return failed('reconnect_required', `the server address is not allowed: ${refusal.message}`, parts);
  if (error instanceof XRPCError) {
    const text = error.message || error.error;
    if (error.status === 401 || error.error === 'ExpiredToken' || error.error === 'InvalidToken') return failed('auth_expired', text, parts);
    if (error.error === 'AccountTakedown' || error.error === 'AccountDeactivated' || error.status === 403) return failed('reconnect_required', text, parts);
    if (error.status === 429) return failed('rate_limited', text, parts, retryAfterOf(error, now));
    if (error.status === 400 || error.status === 413 || error.status === 415) return failed('invalid_content', text, parts);
    if (error.status >= 500) return failed('transient', text, parts);
  }
  const transport = classifyTransportError(error);
  const message = error instanceof Error ? error.message : String(error);
  if (transport === 'not_sent') return failed('transient', message, parts);
  return failed('unknown_outcome', message, parts);
}
