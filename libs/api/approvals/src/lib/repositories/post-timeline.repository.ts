import type { TransactionContext } from '@parvis/api/core';

export interface TimelineRow {
  id: string;
  createdAt: Date;
  action: string;
  actorLabel: string;
  actorMembershipId: string | null;
  actorUserId: string | null;
  justification: string | null;
  contentHashBefore: string | null;
  contentHashAfter: string | null;
  details: Record<string, unknown>;
}

/**
 * A post's events in the organisation's audit log (core owns the table; this only reads it, bound to
 * the organisation). Events of one transaction share their instant: `seq`, the insertion order
 * PostgreSQL numbers, breaks the tie (never the heap's order, which PostgreSQL does not promise).
 */
export class PostTimelineRepository {
  constructor(
    private readonly transactions: TransactionContext,
    private readonly organizationId: string,
  ) {}

  /** The latest `limit` events of the post, oldest first. */
  latest(postId: string, limit: number): Promise<TimelineRow[]> {
    return this.transactions.manager.query(
      `SELECT id, "createdAt", action, "actorLabel", "actorMembershipId", "actorUserId", justification, "contentHashBefore", "contentHashAfter", details
         FROM (SELECT e.seq, e.id, e.created_at AS "createdAt", e.action, e.actor_label AS "actorLabel",
                      e.actor_membership_id AS "actorMembershipId", e.actor_user_id AS "actorUserId", e.justification,
                      e.content_hash_before AS "contentHashBefore", e.content_hash_after AS "contentHashAfter", e.details
                 FROM audit_event e
                WHERE e.organization_id = $1 AND e.object_type = 'post' AND e.object_id = $2
                ORDER BY e.created_at DESC, e.seq DESC
                LIMIT $3) latest
        ORDER BY "createdAt", seq`,
      [this.organizationId, postId, limit],
    );
  }
}
