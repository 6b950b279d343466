import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { ChannelEntity } from '@parvis/api/planning';
import type { PublishedPart } from '@parvis/api/platform';
import { PostEntity, PostVariantEntity } from '@parvis/api/posts';

export enum PublicationState {
  /** Waiting for its time (or for its next attempt). */
  Pending = 'pending',
  /** An instance holds the lease and is calling the network. */
  Publishing = 'publishing',
  Published = 'published',
  /** Stopped with the platform's words (content refused, credentials gone): a person acts. */
  Failed = 'failed',
  /** The network may or may not have it and cannot tell: shown to the user, never retried blindly. */
  UnknownOutcome = 'unknown_outcome',
  /** A manual channel: handed to a person, who reports back. */
  HandedOver = 'handed_over',
}

/**
 * The truth about one variant going out on its channel. The idempotency keys (Bluesky record keys,
 * Mastodon Idempotency-Keys, one per thread part) are minted at the first attempt and stored before
 * any call; every retry and reconciliation reuses them.
 */
@Entity({ name: 'publication' })
@Unique(['organizationId', 'variantId'])
@Index(['state', 'nextAttemptAt'])
@Index(['organizationId', 'postId'])
@Index(['organizationId', 'dueAt', 'id'])
// The claim's walk through an organisation's waiting rows of one network in due order (it stops after a few).
@Index('IDX_publication_pending_due', ['organizationId', 'network', 'nextAttemptAt', 'id'], { where: `"state" = 'pending'` })
export class PublicationEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  @Column({ type: 'uuid' })
  variantId!: string;

  @ManyToOne(() => PostVariantEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('variant_id'))
  variant?: PostVariantEntity;

  @Column({ type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('channel_id'))
  channel?: ChannelEntity;

  /**
   * The adapter key of the channel's connection ('' when none). Set by the database (migration
   * PublicationNetwork: a publication takes its channel's connection's key, a connection change sets
   * its channel's publications'); whatever is written here is replaced.
   */
  @Column({ type: 'varchar', length: 40, default: '' })
  network!: string;

  @Column({ type: 'enum', enum: PublicationState, enumName: 'publication_state', default: PublicationState.Pending })
  state!: PublicationState;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** One idempotency key per part, minted at the first attempt; null before it. */
  @Column({ type: 'jsonb', nullable: true })
  partKeys!: string[] | null;

  /** Parts already live (a thread resumes after them). */
  @Column({ type: 'jsonb' })
  publishedParts!: PublishedPart[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  remoteId!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  remoteUrl!: string | null;

  /** The adapter's failure kind and the platform's own words. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  lastErrorKind!: string | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** When it is due: the post's planned time, or the moment of « publier maintenant » (the queue sorts on it). */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  /** The next attempt may start from then on (the due time, then the backoff). */
  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** While `publishing`: past it, the instance is considered dead and the row is reconciled. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  attemptStartedAt!: Date | null;

  /** An earlier attempt may have gone through: ask the network before writing again. */
  @Column({ type: 'boolean', default: false })
  reconcileFirst!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** A manual channel's hand-over: the final text (UTM-tagged as sent) the assignee copies. */
  @Column({ type: 'text', nullable: true })
  handoverText!: string | null;
}
