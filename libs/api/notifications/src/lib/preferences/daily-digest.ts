import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, JobRunner, OrgBound, ScheduledJob, TransactionContext } from '@parvis/api/core';
import { MailOutbox } from '../mail/mail-outbox';
import { PREFERENCES_PATH } from '../mail/notification-mailer';
import { digestMail, notificationUrl } from '../mail/notification-mail';
import { NotificationRepositories } from '../notifications.repository';
import { digestCutoff, previousDigestCutoff } from './digest-cutoff';
import { NotificationPreferenceRepositories } from './notification-preferences.repository';

/** Notifications listed in one digest; the rest are counted. */
const DIGEST_MAX_ITEMS = 50;

/**
 * The daily digest: for each member who chose it, once their organisation's clock has passed 07:00,
 * one mail listing the notifications since their last digest (at most a day back), written in the
 * same transaction that moves their `digest_through` to that 07:00: exactly one digest a day, however
 * many instances run the job. An empty day sends nothing.
 */
@Injectable()
export class DailyDigests {
  constructor(
    private readonly preferences: NotificationPreferenceRepositories,
    private readonly notifications: NotificationRepositories,
    private readonly outbox: MailOutbox,
    private readonly transactions: TransactionContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many digests were written. */
  async sendDue(now: Date = new Date()): Promise<number> {
    if (!this.outbox.enabled) return 0;
    let written = 0;
    for (const org of await this.preferences.organizationsWithDigests()) {
      const cutoff = digestCutoff(now, org.timeZone);
      // One member per short transaction, until none is due in this organisation.
      for (;;) {
        const outcome = await this.transactions.run(() => this.digestOne(org, org.timeZone, cutoff));
        if (outcome === null) break;
        if (outcome) written++;
      }
    }
    return written;
  }

  /** null: nobody left; true: a digest was written; false: an empty day (only the cut-off moved). */
  private async digestOne(scope: OrgBound, zone: string, cutoff: Date): Promise<boolean | null> {
    const preferences = this.preferences.forOrg(scope);
    const row = await preferences.claimDueDigest(cutoff);
    if (!row) return null;
    const dayBefore = previousDigestCutoff(cutoff, zone);
    const after = row.digestThrough && row.digestThrough > dayBefore ? row.digestThrough : dayBefore;
    const { items, total } = await this.notifications.forOrg(scope).between(row.userId, after, cutoff, DIGEST_MAX_ITEMS);
    const recipient = total > 0 ? await preferences.recipient(row.userId) : null;
    if (recipient) {
      const home = `${this.config.publicUrl}/`;
      const mail = digestMail(
        { recipientName: recipient.displayName, organizationName: recipient.organizationName, preferencesUrl: `${this.config.publicUrl}${PREFERENCES_PATH}` },
        zone,
        cutoff,
        items.map((n) => ({ at: n.createdAt, title: n.title, url: notificationUrl(this.config.publicUrl, n.link) })),
        total - items.length,
        home,
      );
      await this.outbox.enqueue(scope, { to: recipient.email, toName: recipient.displayName, ...mail });
    }
    await preferences.markDigested(row.id, cutoff);
    return recipient !== null;
  }
}

/** Every 5 minutes: the digests whose 07:00 has come (the first run after 07:00 of each zone sends them). */
@Injectable()
export class DailyDigestJob implements ScheduledJob, OnModuleInit {
  readonly name = 'notifications.daily-digest';
  readonly everySeconds = 300;

  constructor(
    private readonly digests: DailyDigests,
    private readonly runner: JobRunner,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  async run(): Promise<string> {
    return `${await this.digests.sendDue()} digest(s) written`;
  }
}
