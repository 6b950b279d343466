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

  /**
   * The newest saved version holding this content (the post's current content hash: its latest
   * version; an approval's hash: what was approved). Null when no saved version has it.
   * The post's own `version` also counts status moves, so it is not a version number.
   */
  async newestWithHash(postId: string, contentHash: string): Promise<number | null> {
    const row = await this.select().select(['row.id', 'row.number'])
      .andWhere('row.post_id = :postId AND row.content_hash = :contentHash', { postId, contentHash }).orderBy('row.number', 'DESC').getOne();
    return row?.number ?? null;
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
