import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@parvis/api/core';
import { PostStatus } from '@parvis/shared/domain';

export interface DuePost {
  organizationId: string;
  postId: string;
  timeZone: string;
}

/** Submitted posts still waiting for approval (or for scheduling) past their planned time. */
export const MISSABLE_STATUSES: readonly PostStatus[] = [PostStatus.InReview, PostStatus.ChangesRequested, PostStatus.Approved];

/**
 * The one cross-organisation read of this module (the missed-deadline job): it only finds the
 * candidates; each is then handled in its own organisation's transaction through org-bound repositories.
 */
@Injectable()
export class DuePostsRepository {
  constructor(private readonly transactions: TransactionContext) {}

  overdue(now: Date, limit: number): Promise<DuePost[]> {
    return this.transactions.manager.query(
      `SELECT p.organization_id AS "organizationId", p.id AS "postId", o.time_zone AS "timeZone"
         FROM post p JOIN organization o ON o.id = p.organization_id
        WHERE p.planned_at <= $1 AND p.status::text = ANY($2::text[])
        ORDER BY p.planned_at LIMIT $3`,
      [now, MISSABLE_STATUSES, limit],
    );
  }
}
