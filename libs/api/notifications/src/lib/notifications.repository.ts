import { Injectable } from '@nestjs/common';
import { OrgBound, OrgRepository, SortKey, TransactionContext } from '@parvis/api/core';
import { NotificationEntity } from './notification.entity';

/** One organisation's notifications; a person reads only their own (`userId` on every call). */
export class NotificationsRepository extends OrgRepository<NotificationEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, NotificationEntity, organizationId);
  }

  private mine(userId: string, alias = 'row') {
    return this.select(alias).andWhere(`${alias}.user_id = :userId`, { userId });
  }

  async page(userId: string, limit: number, after: SortKey | null): Promise<NotificationEntity[]> {
    const query = this.mine(userId).leftJoinAndSelect('row.actor', 'actor').orderBy('row.created_at', 'DESC').addOrderBy('row.id', 'DESC').limit(limit);
    if (after) query.andWhere('(row.created_at, row.id) < (:at, :id)', { at: after.value, id: after.id });
    return query.getMany();
  }

  /** A digest's notifications, created in `(after, upTo]`, oldest first, at most `limit`; and how many there are. */
  async between(userId: string, after: Date, upTo: Date, limit: number): Promise<{ items: NotificationEntity[]; total: number }> {
    const query = this.mine(userId).andWhere('row.created_at > :after AND row.created_at <= :upTo', { after, upTo });
    const [items, total] = await query.orderBy('row.created_at', 'ASC').addOrderBy('row.id', 'ASC').take(limit).getManyAndCount();
    return { items, total };
  }

  countUnread(userId: string): Promise<number> {
    return this.mine(userId).andWhere('row.read_at IS NULL').getCount();
  }

  async exists(userId: string, notificationId: string): Promise<boolean> {
    return (await this.mine(userId).andWhere('row.id = :notificationId', { notificationId }).getCount()) > 0;
  }

  async markRead(userId: string, notificationId: string | null): Promise<number> {
    const query = this.repo
      .createQueryBuilder()
      .update()
      .set({ readAt: new Date() })
      .where('organization_id = :organizationId AND user_id = :userId AND read_at IS NULL', { organizationId: this.organizationId, userId });
    if (notificationId) query.andWhere('id = :notificationId', { notificationId });
    return (await query.execute()).affected ?? 0;
  }
}

@Injectable()
export class NotificationRepositories {
  constructor(private readonly transactions: TransactionContext) {}

  forOrg(scope: OrgBound): NotificationsRepository {
    return new NotificationsRepository(this.transactions, scope.organizationId);
  }
}
