import { PostStatus } from '@parvis/shared/domain';
import { PublicationState } from '../entities';

/** What « réessayer » depends on besides the publication itself. */
export interface RetryContext {
  /** The post's status (a cancelled or withdrawn post never goes out again). */
  postStatus: string;
  /** The channel's adapter can ask the network whether an earlier attempt went through. */
  reconcilable: boolean;
  /** The channel still waits for a person to connect it again. */
  reconnectPending: boolean;
}

/** Failures a new attempt may fix by itself (or after a reconnection, or a second hand-over). */
const RETRYABLE_KINDS = new Set(['transient', 'rate_limited', 'declined']);
const CREDENTIAL_KINDS = new Set(['auth_expired', 'reconnect_required']);
/**
 * A post whose publications may be sent again: failed (the state machine's retry), or still going out.
 * A post whose outcome is unknown is settled by reconciliation only (the state machine refuses a retry).
 */
const RETRYABLE_POST_STATUSES: readonly string[] = [PostStatus.Failed, PostStatus.Publishing];

/**
 * Whether « réessayer » is safe now: the one place that decides it (the DTO's `canRetry` and the
 * retry route both ask here). A failure the network explained (content refused) is never retried as
 * is; a lost answer is retried only through a reconciliation (never a blind write); credentials
 * only once the channel was connected again.
 */
export function canRetry(publication: { state: string; lastErrorKind: string | null }, context: RetryContext): boolean {
  if (!RETRYABLE_POST_STATUSES.includes(context.postStatus)) return false;
  if (publication.state === PublicationState.UnknownOutcome) return context.reconcilable;
  if (publication.state !== PublicationState.Failed) return false;
  const kind = publication.lastErrorKind ?? '';
  if (RETRYABLE_KINDS.has(kind)) return true;
  if (CREDENTIAL_KINDS.has(kind)) return !context.reconnectPending;
  return false;
}
