import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { BriefCommentEntity } from '../entities';

/** The discussion under a brief. */
export class BriefCommentsRepository extends OrgRepository<BriefCommentEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, BriefCommentEntity, organizationId);
  }

  /** The first `limit` comments, oldest first. */
  listForBrief(briefId: string, limit: number): Promise<BriefCommentEntity[]> {
    return this.select()
      .leftJoinAndSelect('row.author', 'author')
      .andWhere('row.brief_id = :briefId', { briefId })
      .orderBy('row.created_at', 'ASC')
      .addOrderBy('row.id', 'ASC')
      .limit(limit)
      .getMany();
  }
}
