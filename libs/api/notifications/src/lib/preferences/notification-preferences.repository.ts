import { Injectable } from '@nestjs/common';
import { OrgBound, OrgRepository, TransactionContext } from '@parvis/api/core';
import { EmailMode, NotificationPreferenceEntity } from './notification-preference.entity';

/** Who a notification's mail goes to, and how they want it. */
export interface MailRecipient {
  email: string;
  displayName: string;
  organizationName: string;
  timeZone: string;
  emailMode: EmailMode;
}

/** One organisation's e-mail preferences; a member reads and writes only their own (`userId` on every call). */
export class NotificationPreferencesRepository extends OrgRepository<NotificationPreferenceEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, NotificationPreferenceEntity, organizationId);
  }

  findForUser(userId: string, lock = false): Promise<NotificationPreferenceEntity | null> {
    const query = this.select().andWhere('row.user_id = :userId', { userId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** The first choice of a member; false when another request created it meanwhile. */
  async insertIfAbsent(userId: string, emailMode: EmailMode, digestThrough: Date | null): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ organizationId: this.organizationId, userId, emailMode, digestThrough })
      .orIgnore()
      .execute();
    // ON CONFLICT DO NOTHING returns no row when the member's row exists already.
    return Array.isArray(result.raw) && result.raw.length > 0;
  }

  /**
   * One member whose digest up to `cutoff` is due, locked (FOR UPDATE SKIP LOCKED: a second instance
   * takes another member or none); null when none is left in this organisation.
   */
  claimDueDigest(cutoff: Date): Promise<NotificationPreferenceEntity | null> {
    this.transactions.requireActive('Claiming a digest');
    return this.select()
      .andWhere('row.email_mode = :mode', { mode: EmailMode.DailyDigest })
      .andWhere('(row.digest_through IS NULL OR row.digest_through < :cutoff)', { cutoff })
      .orderBy('row.id')
      .limit(1)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
  }

  /** Bookkeeping of the job, not the member's choice: the version (the member's ETag) stays. */
  async markDigested(id: string, cutoff: Date): Promise<void> {
    await this.manager.query('UPDATE notification_preference SET digest_through = $3 WHERE organization_id = $1 AND id = $2', [this.organizationId, id, cutoff]);
  }

  /** The member's address and mode (`immediate` without a row); null when they are not a member. */
  async recipient(userId: string): Promise<MailRecipient | null> {
    const rows: MailRecipient[] = await this.manager.query(
      `SELECT u.email, u.display_name AS "displayName", o.name AS "organizationName", o.time_zone AS "timeZone",
              coalesce(p.email_mode::text, 'immediate') AS "emailMode"
         FROM membership m
         JOIN app_user u ON u.id = m.user_id
         JOIN organization o ON o.id = m.organization_id
         LEFT JOIN notification_preference p ON p.organization_id = m.organization_id AND p.user_id = m.user_id
        WHERE m.organization_id = $1 AND m.user_id = $2`,
      [this.organizationId, userId],
    );
    return rows[0] ?? null;
  }
}

@Injectable()
export class NotificationPreferenceRepositories {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): NotificationPreferencesRepository {
    return new NotificationPreferencesRepository(this.transactions, scope.organizationId);
  }

  /**
   * Cross-organisation on purpose (the digest job belongs to the instance): the organisations where
   * someone chose the digest, with their zone. Everything after this is org-bound.
   */
  async organizationsWithDigests(): Promise<{ organizationId: string; timeZone: string }[]> {
    return this.transactions.manager.query(
      `SELECT o.id AS "organizationId", o.time_zone AS "timeZone" FROM organization o
        WHERE EXISTS (SELECT 1 FROM notification_preference p WHERE p.organization_id = o.id AND p.email_mode = 'daily_digest')
        ORDER BY o.id`,
    );
  }
}
