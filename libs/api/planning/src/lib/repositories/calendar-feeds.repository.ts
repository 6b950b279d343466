import { Injectable } from '@nestjs/common';
import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { CalendarFeedEntity } from '../entities';

/** One feed per membership: a new one replaces the old (the old URL stops working). */
export class CalendarFeedsRepository extends OrgRepository<CalendarFeedEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, CalendarFeedEntity, organizationId);
  }

  async removeForMember(membershipId: string): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .delete()
      .where('organization_id = :organizationId AND membership_id = :membershipId', { organizationId: this.organizationId, membershipId })
      .execute();
    return result.affected ?? 0;
  }

  async existsForMember(membershipId: string): Promise<boolean> {
    return (await this.select().andWhere('row.membership_id = :membershipId', { membershipId }).getCount()) > 0;
  }
}

/**
 * The public lookup of a feed by the secret in its URL, before any organisation is known: the
 * token hash is the scope. The one cross-organisation read of planning, on purpose.
 */
@Injectable()
export class CalendarFeedLookup {
  constructor(private readonly transactions: TransactionContext) {}

  findByTokenHash(tokenHash: string): Promise<CalendarFeedEntity | null> {
    return this.transactions.manager.getRepository(CalendarFeedEntity).findOne({ where: { tokenHash }, relations: { membership: { organization: true } } });
  }
}
