import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';

/** A date the team plans around ("Journées du patrimoine", the town's festival), usually every year. */
@Entity({ name: 'key_date' })
@Index(['organizationId', 'date'])
export class KeyDateEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 120 })
  label!: string;

  /** YYYY-MM-DD; for a yearly date, its month and day repeat every year from this year on. */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'boolean', default: true })
  recurringYearly!: boolean;
}
