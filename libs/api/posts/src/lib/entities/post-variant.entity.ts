import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { ChannelEntity } from '@parvis/api/planning';
import { PostEntity } from './post.entity';

/** What a variant stores of the network's options (validated per network by the service). */
export interface StoredVariantOptions {
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  spoilerText?: string;
  language?: string;
  languages?: string[];
  replyControl?: 'everyone' | 'following' | 'mentioned' | 'nobody';
  /** A paid boost on networks that sell them; refused during a réserve électorale. */
  sponsored?: boolean;
}

/** One channel's version of a post; its media are in post_variant_media. */
@Entity({ name: 'post_variant' })
@Index(['organizationId', 'postId', 'channelId'], { unique: true })
@Index(['organizationId', 'channelId'])
export class PostVariantEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  @Column({ type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('channel_id'))
  channel?: ChannelEntity;

  @Column({ type: 'text', default: '' })
  text!: string;

  /** The text is the master's until the variant is edited ("reset to master" sets it back). */
  @Column({ type: 'boolean', default: true })
  followsMaster!: boolean;

  /** A manual thread split; null: one part, or split automatically at publication. */
  @Column({ type: 'jsonb', nullable: true })
  threadParts!: string[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  link!: string | null;

  @Column({ type: 'jsonb' })
  options!: StoredVariantOptions;

  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;
}
