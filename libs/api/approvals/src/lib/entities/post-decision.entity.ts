import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';
import { PostEntity } from '@parvis/api/posts';

export type DecisionKind = 'approve' | 'request_changes' | 'reject';

/** One approver's decision at one step of one round, bound to the content hash they saw. */
@Entity({ name: 'post_decision' })
// One decision per member per step and round: a double click cannot count twice.
@Index(['organizationId', 'postId', 'round', 'step', 'membershipId'], { unique: true })
export class PostDecisionEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('post_id'))
  post?: PostEntity;

  @Column({ type: 'integer' })
  round!: number;

  @Column({ type: 'integer' })
  step!: number;

  @Column({ type: 'varchar', length: 20 })
  kind!: DecisionKind;

  // ON DELETE SET NULL (membership_id) in the migration: the decision outlives the membership.
  @Column({ type: 'uuid', nullable: true })
  membershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('membership_id'))
  membership?: MembershipEntity | null;

  /** A substitute's decision counts for the absent approver named here. */
  @Column({ type: 'uuid', nullable: true })
  onBehalfOfMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('on_behalf_of_membership_id'))
  onBehalfOf?: MembershipEntity | null;

  @Column({ type: 'varchar', length: 200 })
  deciderName!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;
}
