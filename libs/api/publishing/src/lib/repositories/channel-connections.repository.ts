import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { ChannelConnectionEntity } from '../entities';

/** One organisation's channel connections (at most one per channel). */
export class ChannelConnectionsRepository extends OrgRepository<ChannelConnectionEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, ChannelConnectionEntity, organizationId);
  }

  findByChannel(channelId: string): Promise<ChannelConnectionEntity | null> {
    return this.select().andWhere('row.channel_id = :channelId', { channelId }).getOne();
  }

  /** Locks the channel's connection until the transaction ends (two reconnections of one channel queue). */
  lockByChannel(channelId: string): Promise<ChannelConnectionEntity | null> {
    this.transactions.requireActive('Locking a channel connection');
    return this.select().andWhere('row.channel_id = :channelId', { channelId }).setLock('pessimistic_write').getOne();
  }

  async findByChannels(channelIds: string[]): Promise<ChannelConnectionEntity[]> {
    if (channelIds.length === 0) return [];
    return this.select().andWhere('row.channel_id IN (:...channelIds)', { channelIds }).getMany();
  }

  async deleteByChannel(channelId: string): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .where('organization_id = :organizationId AND channel_id = :channelId', { organizationId: this.organizationId, channelId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
