import type { OrgBound } from '@parvis/api/core';

/**
 * What the moves on a post (approvals: schedule, unschedule, the urgent path, an edit sending it back
 * to review) ask of the publication queue. Declared here, below both, and provided by publishing, so
 * approvals and publishing never import each other. Every call joins the caller's transaction.
 */
export interface PostPublicationsPort {
  /** One publication per variant, due at `dueAt`; those not yet attempted move to `dueAt`. */
  ensureFor(scope: OrgBound, postId: string, dueAt: Date): Promise<void>;
  /** Drops the publications never attempted; attempted ones stay, held while the post is not scheduled. */
  cancelNotStarted(scope: OrgBound, postId: string): Promise<number>;
}

export const POST_PUBLICATIONS = Symbol('POST_PUBLICATIONS');
