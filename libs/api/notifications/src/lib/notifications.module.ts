import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '@parvis/api/core';
import { IDENTITY_MAIL } from '@parvis/api/identity';
import { InstanceMailEntity } from './mail/instance-mail.entity';
import { MailClaimsRepository } from './mail/mail-claims.repository';
import { MailOutboxEntity } from './mail/mail-outbox.entity';
import { MailOutbox } from './mail/mail-outbox';
import { MailOutboxRepositories } from './mail/mail-outbox.repository';
import { MailSender } from './mail/mail-sender';
import { MailSenderJob } from './mail/mail-sender.job';
import { MailTransport } from './mail/mail-transport';
import { NotificationMailer } from './mail/notification-mailer';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationRepositories } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { DailyDigestJob, DailyDigests } from './preferences/daily-digest';
import { NotificationPreferenceEntity } from './preferences/notification-preference.entity';
import { NotificationPreferencesController } from './preferences/notification-preferences.controller';
import { NotificationPreferenceRepositories } from './preferences/notification-preferences.repository';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';

export const NOTIFICATION_ENTITIES = [NotificationEntity, MailOutboxEntity, InstanceMailEntity, NotificationPreferenceEntity];

/**
 * The notification centre, its e-mails (outbox, sender, daily digest) and each member's e-mail preference.
 * Global for the IDENTITY_MAIL port (identity mails invitations and reset links without importing this module).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), JobsModule],
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [
    NotificationRepositories,
    NotificationsService,
    MailOutboxRepositories,
    MailOutbox,
    MailClaimsRepository,
    MailTransport,
    MailSender,
    MailSenderJob,
    NotificationPreferenceRepositories,
    NotificationPreferencesService,
    NotificationMailer,
    DailyDigests,
    DailyDigestJob,
    { provide: IDENTITY_MAIL, useExisting: MailOutbox },
  ],
  exports: [NotificationsService, MailOutbox, IDENTITY_MAIL],
})
export class NotificationsModule {}
