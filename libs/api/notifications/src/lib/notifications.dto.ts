import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { OrgParamsDto } from '@parvis/api/core';
import { ALL_NOTIFICATION_KINDS, NotificationKind } from './notification-kind';

export class NotificationParamsDto extends OrgParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'notificationId must be a UUID' })
  notificationId!: string;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ALL_NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind!: NotificationKind;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Display name of the member who did it' }) actorName!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty() unreadCount!: number;
}
