import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';

/** The organisation's publishing preferences (one row, created on first change). */
@Entity({ name: 'post_settings' })
@Index(['organizationId'], { unique: true })
export class PostSettingsEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** Links get utm_source (the network), utm_medium=social and utm_campaign (the campaign's slug). */
  @Column({ type: 'boolean', default: false })
  utmTagging!: boolean;
}
