import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { orgReference } from '@parvis/api/core';
import { AudienceEntity } from './audience.entity';
import { BriefEntity } from './brief.entity';
import { CampaignEntity } from './campaign.entity';
import { ChannelEntity } from './channel.entity';

/*
 * Join tables between org-owned rows. Each carries organization_id and references both ends with
 * composite keys, so a link across organisations cannot exist. Written by the repositories
 * (OrgRepository.replaceLinks), never through TypeORM relations.
 */

@Entity({ name: 'brief_audience' })
@Index(['briefId'])
@Index(['audienceId'])
export class BriefAudienceEntity {
  @PrimaryColumn({ type: 'uuid' }) briefId!: string;
  @PrimaryColumn({ type: 'uuid' }) audienceId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;

  @ManyToOne(() => BriefEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('brief_id'))
  brief?: BriefEntity;

  @ManyToOne(() => AudienceEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('audience_id'))
  audience?: AudienceEntity;
}

@Entity({ name: 'brief_channel' })
@Index(['briefId'])
@Index(['channelId'])
export class BriefChannelEntity {
  @PrimaryColumn({ type: 'uuid' }) briefId!: string;
  @PrimaryColumn({ type: 'uuid' }) channelId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;

  @ManyToOne(() => BriefEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('brief_id'))
  brief?: BriefEntity;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('channel_id'))
  channel?: ChannelEntity;
}

@Entity({ name: 'campaign_audience' })
@Index(['campaignId'])
@Index(['audienceId'])
export class CampaignAudienceEntity {
  @PrimaryColumn({ type: 'uuid' }) campaignId!: string;
  @PrimaryColumn({ type: 'uuid' }) audienceId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('campaign_id'))
  campaign?: CampaignEntity;

  @ManyToOne(() => AudienceEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('audience_id'))
  audience?: AudienceEntity;
}

@Entity({ name: 'channel_audience' })
@Index(['channelId'])
@Index(['audienceId'])
export class ChannelAudienceEntity {
  @PrimaryColumn({ type: 'uuid' }) channelId!: string;
  @PrimaryColumn({ type: 'uuid' }) audienceId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('channel_id'))
  channel?: ChannelEntity;

  @ManyToOne(() => AudienceEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('audience_id'))
  audience?: AudienceEntity;
}
