import type { PublishOutcome, ReconcileOutcome } from '@parvis/api/platform';
import { MAX_PUBLISH_ATTEMPTS, nextAttemptAt } from '@parvis/shared/domain';
import type { QueryDeepPartialEntity } from 'typeorm';
import { PublicationState, type PublicationEntity } from '../entities';

export type RecordedOutcome = { changes: QueryDeepPartialEntity<PublicationEntity>; reconnect: string | null };

/**
 * What an attempt's outcome does to its publication (pure): published; retried later (transient, rate
 * limited, a lost answer the adapter can reconcile); stopped with the platform's words.
 */
export function outcomeChanges(outcome: PublishOutcome | ReconcileOutcome, attempts: number, canReconcile: boolean, now = new Date()): RecordedOutcome {
  switch (outcome.status) {
    case 'published':
      return {
        changes: { state: PublicationState.Published, remoteId: outcome.remoteId, remoteUrl: outcome.url, publishedParts: [...outcome.parts], publishedAt: now, lastError: null, lastErrorKind: null, reconcileFirst: false },
        reconnect: null,
      };
    case 'handed_over':
      return { changes: { state: PublicationState.HandedOver, handoverText: outcome.instructions, lastError: null, lastErrorKind: null }, reconnect: null };
    case 'not_published':
      // Reconciliation found nothing (or only the first parts): safe to write again at once.
      return { changes: { state: PublicationState.Pending, publishedParts: [...outcome.parts], reconcileFirst: false, nextAttemptAt: now }, reconnect: null };
    case 'failed':
      break;
  }
  const base = { lastError: outcome.message.slice(0, 4000), lastErrorKind: outcome.kind, publishedParts: [...outcome.parts] };
  const retryable = outcome.kind === 'transient' || outcome.kind === 'rate_limited' || (outcome.kind === 'unknown_outcome' && canReconcile);
  if (retryable && attempts < MAX_PUBLISH_ATTEMPTS) {
    return {
      changes: { ...base, state: PublicationState.Pending, reconcileFirst: outcome.kind === 'unknown_outcome', nextAttemptAt: nextAttemptAt(now, attempts, outcome.retryAfter ?? null) },
      reconnect: null,
    };
  }
  if (outcome.kind === 'unknown_outcome') return { changes: { ...base, state: PublicationState.UnknownOutcome }, reconnect: null };
  const reconnect = outcome.kind === 'reconnect_required' || outcome.kind === 'auth_expired' ? outcome.message : null;
  return { changes: { ...base, state: PublicationState.Failed }, reconnect };
}
