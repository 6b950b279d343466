import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity, OrganizationEntity } from '@parvis/api/identity';
import { BriefStatus } from '@parvis/shared/domain';
import { CampaignEntity } from './campaign.entity';
import { ThemeEntity } from './theme.entity';

/**
 * A subject planned in the calendar: what, for whom, when, on which channels, by whom. Its theme,
 * campaign and assignee are composite references: they can only be rows of the same organisation.
 * Audiences and channels are in brief_audience / brief_channel.
 */
@Entity({ name: 'brief' })
@Index(['organizationId', 'plannedAt', 'id'])
@Index(['organizationId', 'assigneeMembershipId', 'status'])
export class BriefEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  themeId!: string | null;

  // ON DELETE SET NULL (theme_id) in the migration: the organisation id stays.
  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('theme_id'))
  theme?: ThemeEntity | null;

  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('campaign_id'))
  campaign?: CampaignEntity | null;

  /** The planned publication instant; shown and moved in the organisation's zone. */
  @Column({ type: 'timestamptz' })
  plannedAt!: Date;

  /**
   * The wall-clock time (HH:mm) the brief is meant for. It differs from plannedAt's local time only
   * when a DST gap skipped it (02:30 becomes 03:30 that night); moves to another day use it.
   * Null: as plannedAt shows.
   */
  @Column({ type: 'varchar', length: 5, nullable: true })
  plannedTime!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  draftDueAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('assignee_membership_id'))
  assignee?: MembershipEntity | null;

  @Column({ type: 'enum', enum: BriefStatus, enumName: 'brief_status', default: BriefStatus.Idea })
  status!: BriefStatus;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
