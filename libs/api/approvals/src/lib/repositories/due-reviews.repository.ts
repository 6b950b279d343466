import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@parvis/api/core';
import { PostStatus } from '@parvis/shared/domain';

export interface DueReview {
  organizationId: string;
  postId: string;
  timeZone: string;
}

/** A review is due for a reminder when its step's deadline, or the post's planned time, is this close (or past). */
export const REMINDER_WINDOW_HOURS = 24;

/**
 * The reminders job's one cross-organisation read: it only finds candidates (under review, the
 * current step's deadline or the planned time within the window, this round and step not yet
 * reminded); each is then handled in its own organisation's transaction through org-bound repositories.
 */
@Injectable()
export class DueReviewsRepository {
  constructor(private readonly transactions: TransactionContext) {}

  dueForReminder(now: Date, limit: number): Promise<DueReview[]> {
    return this.transactions.manager.query(
      `SELECT r.organization_id AS "organizationId", r.post_id AS "postId", o.time_zone AS "timeZone"
         FROM post_review r
         JOIN post p ON p.organization_id = r.organization_id AND p.id = r.post_id
         JOIN organization o ON o.id = r.organization_id
        WHERE r.current_step IS NOT NULL AND p.status = $1
          AND (r.reminded_round IS DISTINCT FROM r.round OR r.reminded_step IS DISTINCT FROM r.current_step)
          AND (p.planned_at <= $2::timestamptz + make_interval(hours => $3)
               OR r.step_started_at + make_interval(hours => (r.steps -> r.current_step ->> 'deadlineHours')::int) <= $2::timestamptz + make_interval(hours => $3))
        ORDER BY r.organization_id, r.post_id
        LIMIT $4`,
      [PostStatus.InReview, now, REMINDER_WINDOW_HOURS, limit],
    );
  }
}
