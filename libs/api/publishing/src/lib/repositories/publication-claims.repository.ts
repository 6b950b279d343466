import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@parvis/api/core';
import type { PublishedPart } from '@parvis/api/platform';
import { PostStatus } from '@parvis/shared/domain';

/** A post's publications go out while it is scheduled, and go on once the first one started it publishing. */
const SENDABLE_POST_STATUSES: string[] = [PostStatus.Scheduled, PostStatus.Publishing];

/** A publication this instance now holds the lease of. */
export interface ClaimedPublication {
  id: string;
  organizationId: string;
  postId: string;
  variantId: string;
  channelId: string;
  /** This attempt's number: the outcome is recorded only if the row still has it. */
  attempts: number;
  partKeys: string[] | null;
  publishedParts: PublishedPart[];
  reconcileFirst: boolean;
  attemptStartedAt: Date;
}

/**
 * The scheduler's claim, across organisations on purpose (the publication queue belongs to the
 * instance): one short transaction takes due rows with FOR UPDATE SKIP LOCKED, so any number of
 * instances share the queue, records the attempt and the lease, and commits before any network call.
 * Rows whose lease expired (their instance died mid-call) come first, and are reconciled.
 */
@Injectable()
export class PublicationClaimsRepository {
  constructor(private readonly transactions: TransactionContext) {}

  async claim(limit: number, leaseSeconds: number): Promise<ClaimedPublication[]> {
    return this.transactions.run(async () => {
      const [rows]: [ClaimedPublication[], number] = await this.transactions.manager.query(
        `WITH due AS (
           SELECT p.id FROM publication p
             JOIN post ON post.organization_id = p.organization_id AND post.id = p.post_id
            WHERE ((p.state = 'publishing' AND p.lease_until < now())
                OR (p.state = 'pending' AND p.next_attempt_at <= now() AND post.status::text = ANY($3::text[])))
              -- "Tout suspendre" holds everything, reconciliations included (they may write): the
              -- pause table is read by name so publishing does not import approvals.
              AND NOT EXISTS (SELECT 1 FROM publication_pause pause WHERE pause.organization_id = p.organization_id AND pause.paused)
            ORDER BY (p.state = 'publishing') DESC, p.next_attempt_at, p.id
            LIMIT $1
            FOR UPDATE OF p SKIP LOCKED)
         UPDATE publication p
            SET state = 'publishing', attempts = p.attempts + 1, lease_until = now() + make_interval(secs => $2),
                attempt_started_at = now(), reconcile_first = p.reconcile_first OR p.state = 'publishing',
                version = p.version + 1, updated_at = now()
           FROM due WHERE p.id = due.id
        RETURNING p.id, p.organization_id AS "organizationId", p.post_id AS "postId", p.variant_id AS "variantId", p.channel_id AS "channelId",
                  p.attempts, p.part_keys AS "partKeys", p.published_parts AS "publishedParts", p.reconcile_first AS "reconcileFirst",
                  p.attempt_started_at AS "attemptStartedAt"`,
        [limit, leaseSeconds, SENDABLE_POST_STATUSES],
      );
      return rows;
    });
  }
}
