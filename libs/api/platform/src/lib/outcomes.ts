import type { PublishedPart } from './publish-request';

/**
 * - `auth_expired`: the stored session/token was refused; a refresh or a reconnection may fix it;
 * - `reconnect_required`: the channel must be connected again by a person (revoked, account gone);
 * - `rate_limited`: try again after `retryAfter`;
 * - `invalid_content`: the network refused the content (its own words in `message`): never retried;
 * - `transient`: nothing was written (5xx before acceptance, connection refused): safe to retry;
 * - `unknown_outcome`: the request may have been applied (timeout, reset after sending): reconcile first;
 * - `declined`: a person did not complete a manual publication (the reason in `message`).
 */
export type FailureKind = 'auth_expired' | 'reconnect_required' | 'rate_limited' | 'invalid_content' | 'transient' | 'unknown_outcome' | 'declined';

export const RETRYABLE_FAILURES: readonly FailureKind[] = ['rate_limited', 'transient'];

export interface PublishedOutcome {
  status: 'published';
  /** The first part's id and URL: what the post links to. */
  remoteId: string;
  url: string;
  parts: readonly PublishedPart[];
}

export interface FailedOutcome {
  status: 'failed';
  kind: FailureKind;
  /** The platform's own words, shown to the user. */
  message: string;
  retryAfter?: Date;
  /** Parts that went out before the failure (a thread resumes after them). */
  parts: readonly PublishedPart[];
}

/** A manual channel: the publication was handed to a person, who reports back later. */
export interface HandedOverOutcome {
  status: 'handed_over';
  instructions: string;
}

export type PublishOutcome = PublishedOutcome | FailedOutcome | HandedOverOutcome;

/** What reconciliation found: every part live, some (or none) live, or an error while looking. */
export type ReconcileOutcome = PublishedOutcome | { status: 'not_published'; parts: readonly PublishedPart[] } | FailedOutcome;

/** What the person a manual publication was handed to reports: done with the live URL, or not done with a reason. */
export type ManualReport = { done: true; url: string } | { done: false; reason: string };

export function failed(kind: FailureKind, message: string, parts: readonly PublishedPart[] = [], retryAfter?: Date): FailedOutcome {
  return { status: 'failed', kind, message, parts, ...(retryAfter ? { retryAfter } : {}) };
}

export function published(parts: readonly PublishedPart[]): PublishedOutcome {
  if (parts.length === 0) throw new Error('a published outcome needs at least one part');
  return { status: 'published', remoteId: parts[0].remoteId, url: parts[0].url, parts };
}
