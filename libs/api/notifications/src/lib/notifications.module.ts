import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '@parvis/api/core';
import { MailClaimsRepository } from './mail/mail-claims.repository';
import { MailSender } from './mail/mail-sender';
import { MailSenderJob } from './mail/mail-sender.job';
import { MailTransport } from './mail/mail-transport';
import { MailOutboxEntity } from './mail/mail-outbox.entity';
import { MailOutbox } from './mail/mail-outbox';
import { MailOutboxRepositories } from './mail/mail-outbox.repository';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationRepositories } from './notifications.repository';
import { NotificationsService } from './notifications.service';

export const NOTIFICATION_ENTITIES = [NotificationEntity, MailOutboxEntity];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), JobsModule],
  controllers: [NotificationsController],
  providers: [NotificationRepositories, NotificationsService, MailOutboxRepositories, MailOutbox, MailClaimsRepository, MailTransport, MailSender, MailSenderJob],
  exports: [NotificationsService, MailOutbox],
})
export class NotificationsModule {}
