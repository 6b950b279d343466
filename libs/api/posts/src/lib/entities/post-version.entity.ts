import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';
import type { PostSnapshotData } from '../dto/post-snapshot';
import { PostEntity } from './post.entity';

/** A post as it was after one save: written in the save's transaction, never changed afterwards. */
@Entity({ name: 'post_version' })
@Index(['organizationId', 'postId', 'number'], { unique: true })
export class PostVersionEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  /** The post's version this snapshot is. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  snapshot!: PostSnapshotData;

  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;

  /** channelId → the variant's content hash. */
  @Column({ type: 'jsonb' })
  variantHashes!: Record<string, string>;

  @Column({ type: 'uuid', nullable: true })
  authorMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('author_membership_id'))
  author?: MembershipEntity | null;

  /** Kept so the history still names a member who left. */
  @Column({ type: 'varchar', length: 120 })
  authorName!: string;
}
