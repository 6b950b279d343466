import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { PostEntity } from '@parvis/api/posts';
import type { CircuitStep, NeutralityCriterion } from '@parvis/shared/domain';

/**
 * A post's way through review: the steps it was routed to when submitted (a copy), the step under
 * review and the round (each edit after an approval starts a new round at the first step: the
 * decisions of earlier rounds no longer count). Its row is locked by every decision on the post.
 */
@Entity({ name: 'post_review' })
@Index(['organizationId', 'postId'], { unique: true })
export class PostReviewEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  @Column({ type: 'varchar', length: 300 })
  circuitName!: string;

  @Column({ type: 'jsonb' })
  steps!: CircuitStep[];

  /** 0-based step under review; null when not in review. */
  @Column({ type: 'integer', nullable: true })
  currentStep!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  stepStartedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  round!: number;

  /** Content hash the last step approved (what the scheduler may publish). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  approvedContentHash!: string | null;

  @Column({ type: 'boolean', default: false })
  sensitive!: boolean;

  /** Published at once through the urgent path: reviewed afterwards. */
  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  /** The round and step whose approvers were last reminded of a near deadline (one reminder per post × step × round). */
  @Column({ type: 'integer', nullable: true })
  remindedRound!: number | null;

  @Column({ type: 'integer', nullable: true })
  remindedStep!: number | null;

  /** The neutrality criteria the author confirmed (réserve électorale). */
  @Column({ type: 'jsonb', default: {} })
  neutrality!: Partial<Record<NeutralityCriterion, boolean>>;
}
