import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';
import type { CampaignAudienceEntity } from './links.entity';
import { ThemeEntity } from './theme.entity';

/** A dated operation ("Été culturel 2026"). */
@Entity({ name: 'campaign' })
@Index(['organizationId', 'startsOn'])
export class CampaignEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ type: 'text', default: '' })
  objective!: string;

  @Column({ type: 'uuid', nullable: true })
  themeId!: string | null;

  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('theme_id'))
  theme?: ThemeEntity | null;

  /** Local dates in the organisation's zone. */
  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @OneToMany('CampaignAudienceEntity', (link: CampaignAudienceEntity) => link.campaign)
  audienceLinks?: CampaignAudienceEntity[];
}
