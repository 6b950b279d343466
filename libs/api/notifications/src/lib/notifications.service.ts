import { Injectable } from '@nestjs/common';
import { AppError, defineErrorCodes, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgBound, TransactionContext } from '@parvis/api/core';
import { NotificationMailer } from './mail/notification-mailer';
import { NotificationKind } from './notification-kind';
import { NotificationPageDto } from './notifications.dto';
import { NotificationRepositories } from './notifications.repository';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  link: string | null;
  /** The member who did what is announced. */
  actorUserId: string | null;
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
  constructor(
    private readonly repositories: NotificationRepositories,
    private readonly transactions: TransactionContext,
    private readonly mailer: NotificationMailer,
  ) {}

  /**
   * Written in the caller's transaction, with what it announces: called outside one, it throws
   * (a notification about a change that may still roll back must not exist on its own). Its e-mail,
   * for a member who wants them at once, joins the same transaction through the outbox.
   */
  async notify(scope: OrgBound, notification: NewNotification): Promise<void> {
    this.transactions.requireActive('A notification');
    await this.repositories.forOrg(scope).insert(notification);
    await this.mailer.mailNow(scope, notification);
  }

  /** Several at once (one statement), under the same rule: inside the caller's transaction, mailed as each recipient wants. */
  async notifyMany(scope: OrgBound, notifications: readonly NewNotification[]): Promise<void> {
    this.transactions.requireActive('A notification');
    await this.repositories.forOrg(scope).insertMany(notifications);
    for (const notification of notifications) await this.mailer.mailNow(scope, notification);
  }

  async page(scope: OrgBound, userId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<NotificationPageDto> {
    const after = cursor ? decodeCursor(cursor) : null;
    if (cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const repository = this.repositories.forOrg(scope);
    const rows = await repository.page(userId, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        link: n.link,
        actorName: n.actor?.displayName ?? null,
        readAt: n.readAt ? n.readAt.toISOString() : null,
        createdAt: n.createdAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: last.createdAt.toISOString(), id: last.id }) : null,
      unreadCount: await repository.countUnread(userId),
    };
  }

  async markRead(scope: OrgBound, userId: string, notificationId: string): Promise<void> {
    const repository = this.repositories.forOrg(scope);
    if (!(await repository.exists(userId, notificationId))) {
      throw AppError.notFound(NotificationsErrorCode.NotificationNotFound, 'Notification not found');
    }
    await repository.markRead(userId, notificationId);
  }

  async markAllRead(scope: OrgBound, userId: string): Promise<void> {
    await this.repositories.forOrg(scope).markRead(userId, null);
  }
}
