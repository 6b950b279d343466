import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, OrgBound } from '@parvis/api/core';
import { EmailMode } from '../preferences/notification-preference.entity';
import { NotificationPreferenceRepositories } from '../preferences/notification-preferences.repository';
import { MailOutbox } from './mail-outbox';
import { immediateMail, notificationUrl } from './notification-mail';

/** The page where a member chooses how they get mail. */
export const PREFERENCES_PATH = '/account';

/** Turns an in-app notification into its e-mail, in the same transaction, for members who want it at once. */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly preferences: NotificationPreferenceRepositories,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mailNow(scope: OrgBound, notification: { userId: string; title: string; link: string | null }): Promise<void> {
    if (!this.outbox.enabled) return;
    const recipient = await this.preferences.forOrg(scope).recipient(notification.userId);
    if (!recipient || recipient.emailMode !== EmailMode.Immediate) return;
    const mail = immediateMail(
      { recipientName: recipient.displayName, organizationName: recipient.organizationName, preferencesUrl: `${this.config.publicUrl}${PREFERENCES_PATH}` },
      notification.title,
      notificationUrl(this.config.publicUrl, notification.link),
    );
    await this.outbox.enqueue(scope, { to: recipient.email, toName: recipient.displayName, ...mail });
  }
}
