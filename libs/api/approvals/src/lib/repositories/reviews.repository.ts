import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { PostDecisionEntity, PostReviewEntity } from '../entities';

export class ReviewsRepository extends OrgRepository<PostReviewEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PostReviewEntity, organizationId);
  }

  findByPost(postId: string): Promise<PostReviewEntity | null> {
    return this.select().andWhere('row.post_id = :postId', { postId }).getOne();
  }

  /** Every decision on the post queues here: one at a time, so a quorum is never over-filled. */
  lockByPost(postId: string): Promise<PostReviewEntity | null> {
    this.transactions.requireActive('Locking a review');
    return this.select().andWhere('row.post_id = :postId', { postId }).setLock('pessimistic_write').getOne();
  }
}

export class DecisionsRepository extends OrgRepository<PostDecisionEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PostDecisionEntity, organizationId);
  }

  forStep(postId: string, round: number, step: number): Promise<PostDecisionEntity[]> {
    return this.select()
      .andWhere('row.post_id = :postId AND row.round = :round AND row.step = :step', { postId, round, step })
      .orderBy('row.created_at', 'ASC')
      .getMany();
  }

  /** The post's decisions, oldest first (every round: the post's history shows them all). */
  forPost(postId: string, limit: number): Promise<PostDecisionEntity[]> {
    return this.select().andWhere('row.post_id = :postId', { postId }).orderBy('row.created_at', 'ASC').addOrderBy('row.id', 'ASC').limit(limit).getMany();
  }
}
