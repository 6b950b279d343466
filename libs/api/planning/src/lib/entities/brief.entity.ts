import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MembershipEntity, OrganizationEntity } from '@parvis/api/identity';
import { BriefStatus } from '@parvis/shared/domain';
import { AudienceEntity } from './audience.entity';
import { CampaignEntity } from './campaign.entity';
import { ChannelEntity } from './channel.entity';
import { ThemeEntity } from './theme.entity';

/** A subject planned in the calendar: what, for whom, when, on which channels, by whom. */
@Entity({ name: 'brief' })
@Index(['organizationId', 'plannedAt', 'id'])
@Index(['organizationId', 'assigneeMembershipId', 'status'])
export class BriefEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  themeId!: string | null;

  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'theme_id' })
  theme?: ThemeEntity | null;

  @Column({ type: 'uuid', nullable: true })
  campaignId!: string | null;

  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity | null;

  /** The planned publication instant; shown and moved in the organisation's zone. */
  @Column({ type: 'timestamptz' })
  plannedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  draftDueAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_membership_id' })
  assignee?: MembershipEntity | null;

  @Column({ type: 'enum', enum: BriefStatus, enumName: 'brief_status', default: BriefStatus.Idea })
  status!: BriefStatus;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToMany(() => AudienceEntity, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'brief_audience', joinColumn: { name: 'brief_id' }, inverseJoinColumn: { name: 'audience_id' } })
  audiences?: AudienceEntity[];

  @ManyToMany(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'brief_channel', joinColumn: { name: 'brief_id' }, inverseJoinColumn: { name: 'channel_id' } })
  channels?: ChannelEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
