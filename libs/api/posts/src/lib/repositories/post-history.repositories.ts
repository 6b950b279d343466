import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { PostCommentEntity, PostVersionEntity } from '../entities';

/** The saved versions of a post, newest first. */
export class PostVersionsRepository extends OrgRepository<PostVersionEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PostVersionEntity, organizationId);
  }

  listForPost(postId: string, limit: number): Promise<PostVersionEntity[]> {
    return this.select().select(['row.id', 'row.number', 'row.createdAt', 'row.contentHash', 'row.authorMembershipId', 'row.authorName'])
      .andWhere('row.post_id = :postId', { postId }).orderBy('row.number', 'DESC').limit(limit).getMany();
  }

  findNumber(postId: string, number: number): Promise<PostVersionEntity | null> {
    return this.select().andWhere('row.post_id = :postId AND row.number = :number', { postId, number }).getOne();
  }
}

export class PostCommentsRepository extends OrgRepository<PostCommentEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, PostCommentEntity, organizationId);
  }

  listForPost(postId: string, limit: number): Promise<PostCommentEntity[]> {
    return this.select().andWhere('row.post_id = :postId', { postId }).orderBy('row.created_at', 'ASC').addOrderBy('row.id', 'ASC').limit(limit).getMany();
  }
}
