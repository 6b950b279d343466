import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';
import { PostEntity } from '@parvis/api/posts';

export type ExternalDecisionKind = 'approve' | 'request_changes';

/**
 * A signed, expiring, single-use link an editor sent to someone without an account (an élu, the
 * cabinet) to decide at an external step of a post's review. Bound to the post's content hash, the
 * round and the step at sending: an edit voids it. The token is never stored: only the sha256 of its
 * random part (to find the row) — its signature is recomputed from the row (external-review-tokens).
 */
@Entity({ name: 'external_review_link' })
@Index(['organizationId', 'postId', 'createdAt'])
export class ExternalReviewLinkEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  /** sha256 (hex) of the token's random part. */
  @Column({ type: 'char', length: 64, unique: true })
  lookupHash!: string;

  @Column({ type: 'integer' })
  round!: number;

  @Column({ type: 'integer' })
  step!: number;

  /** The post's content hash when the link was sent. */
  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  // ON DELETE SET NULL (created_by_membership_id) in the migration: the link outlives its sender's membership.
  @Column({ type: 'uuid', nullable: true })
  createdByMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('created_by_membership_id'))
  createdBy?: MembershipEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** When the decision was made through it (single use). */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision!: ExternalDecisionKind | null;

  /** The name and e-mail the person gave when deciding, and the client address (TRUST_PROXY aware). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  deciderName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  deciderEmail!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  deciderAddress!: string | null;
}
