import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';
import { PostEntity } from './post.entity';

/** An internal comment on a post; the members it mentions were notified. */
@Entity({ name: 'post_comment' })
@Index(['organizationId', 'postId', 'createdAt'])
export class PostCommentEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  @Column({ type: 'uuid', nullable: true })
  authorMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('author_membership_id'))
  author?: MembershipEntity | null;

  @Column({ type: 'varchar', length: 120 })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb' })
  mentionedMembershipIds!: string[];
}
