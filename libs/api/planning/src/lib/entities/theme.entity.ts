import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';

/** A thématique of the editorial line, with its objectives and its colour on the calendar. */
@Entity({ name: 'theme' })
@Index(['organizationId', 'name'], { unique: true })
export class ThemeEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  objectives!: string;

  /** #RRGGBB */
  @Column({ type: 'char', length: 7 })
  color!: string;
}
