import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { SortKey } from '@parvis/api/core';
import { NotificationEntity } from './notification.entity';

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(NotificationEntity);
  }

  /** `manager`: the caller's transaction, so a notification is written with what it announces. */
  async create(
    organizationId: string,
    fields: { userId: string; kind: string; title: string; link: string | null },
    manager?: EntityManager,
  ): Promise<void> {
    const repo = this.repo(manager);
    await repo.save(repo.create({ organizationId, ...fields }));
  }

  async page(organizationId: string, userId: string, limit: number, after: SortKey | null): Promise<NotificationEntity[]> {
    const query = this.repo()
      .createQueryBuilder('n')
      .where('n.organization_id = :organizationId AND n.user_id = :userId', { organizationId, userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(limit);
    if (after) query.andWhere('(n.created_at, n.id) < (:at, :id)', { at: after.value, id: after.id });
    return query.getMany();
  }

  countUnread(organizationId: string, userId: string): Promise<number> {
    return this.repo().countBy({ organizationId, userId, readAt: IsNull() });
  }

  async markRead(organizationId: string, userId: string, notificationId: string | null): Promise<number> {
    const result = await this.repo().update(
      { organizationId, userId, readAt: IsNull(), ...(notificationId ? { id: notificationId } : {}) },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
  }

  async exists(organizationId: string, userId: string, notificationId: string): Promise<boolean> {
    return (await this.repo().countBy({ organizationId, userId, id: notificationId })) > 0;
  }
}
