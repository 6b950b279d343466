import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, defineErrorCodes } from '@parvis/api/core';
import { NotificationPageDto } from './notifications.dto';
import { NotificationsRepository } from './notifications.repository';

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  link: string | null;
}


export const NotificationsErrorCode = defineErrorCodes('notifications', {
  NotificationNotFound: 'NOTIFICATION_NOT_FOUND',
});

declare module '@parvis/api/core' {
  interface ErrorCodeRegistry {
    notifications: typeof NotificationsErrorCode;
  }
}

/** The in-app notification centre every feature writes to. */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  notify(organizationId: string, notification: NewNotification, manager?: EntityManager): Promise<void> {
    return this.repository.create(organizationId, notification, manager);
  }

  async page(organizationId: string, userId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<NotificationPageDto> {
    const after = cursor ? decodeCursor(cursor) : null;
    if (cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const rows = await this.repository.page(organizationId, userId, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        link: n.link,
        readAt: n.readAt ? n.readAt.toISOString() : null,
        createdAt: n.createdAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: last.createdAt.toISOString(), id: last.id }) : null,
      unreadCount: await this.repository.countUnread(organizationId, userId),
    };
  }

  async markRead(organizationId: string, userId: string, notificationId: string): Promise<void> {
    if (!(await this.repository.exists(organizationId, userId, notificationId))) {
      throw AppError.notFound(NotificationsErrorCode.NotificationNotFound, 'Notification not found');
    }
    await this.repository.markRead(organizationId, userId, notificationId);
  }

  async markAllRead(organizationId: string, userId: string): Promise<void> {
    await this.repository.markRead(organizationId, userId, null);
  }
}
