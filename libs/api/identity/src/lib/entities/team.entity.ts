import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from './organization.entity';

/** A "service" of the organisation (Direction de la culture, Voirie…): groups members, scopes approval steps. */
@Entity({ name: 'team' })
@Index(['organizationId', 'name'], { unique: true })
export class TeamEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;
}
