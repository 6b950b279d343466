import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationRepositories } from './notifications.repository';
import { NotificationsService } from './notifications.service';

export const NOTIFICATION_ENTITIES = [NotificationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  controllers: [NotificationsController],
  providers: [NotificationRepositories, NotificationsService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
