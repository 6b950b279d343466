import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity, OrganizationEntity } from '@parvis/api/identity';
import { BriefEntity, CampaignEntity, ThemeEntity } from '@parvis/api/planning';
import { PostStatus } from '@parvis/shared/domain';

/**
 * A post: the master text and what it is about, for whom and when; one variant per target channel
 * (post_variant) holds what each network gets. Every reference is composite (same organisation).
 * The status enum carries the whole lifecycle (approvals and publishing move it further).
 */
@Entity({ name: 'post' })
@Index(['organizationId', 'plannedAt', 'id'])
@Index(['organizationId', 'authorMembershipId'])
@Index(['organizationId', 'briefId'])
export class PostEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: PostStatus, enumName: 'post_status', default: PostStatus.Draft })
  status!: PostStatus;

  @Column({ type: 'text', default: '' })
  masterText!: string;

  @Column({ type: 'uuid', nullable: true })
  briefId!: string | null;

  // ON DELETE SET NULL (brief_id) in the migration: the post outlives its brief.
  @ManyToOne(() => BriefEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('brief_id'))
  brief?: BriefEntity | null;

  @Column({ type: 'uuid', nullable: true })
  themeId!: string | null;

  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('theme_id'))
  theme?: ThemeEntity | null;

  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('campaign_id'))
  campaign?: CampaignEntity | null;

  @Column({ type: 'uuid', nullable: true })
  authorMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('author_membership_id'))
  author?: MembershipEntity | null;

  /** The planned publication instant (null: not planned yet). */
  @Column({ type: 'timestamptz', nullable: true })
  plannedAt!: Date | null;

  /** The wall-clock the author meant in the organisation's zone ("2026-03-29T09:00"), kept across DST. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  plannedLocal!: string | null;

  /** postContentHash of the variants (what approvals bind to). */
  @Column({ type: 'varchar', length: 64 })
  contentHash!: string;
}
