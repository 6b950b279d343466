import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';
import type { CircuitCondition, CircuitKind, CircuitStep } from '@parvis/shared/domain';

/**
 * An approval circuit of the organisation, set up by an admin. Its steps and condition are a value
 * (jsonb, validated by the service: named members are checked to belong to the organisation);
 * a submitted post keeps its own copy of the steps (post_review), so editing a circuit never strands one.
 */
@Entity({ name: 'approval_circuit' })
// One default circuit per organisation.
@Index(['organizationId'], { unique: true, where: '"is_default"' })
export class CircuitEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 16, default: 'base' })
  kind!: CircuitKind;

  @Column({ type: 'boolean', default: false })
  isDefault!: boolean;

  @Column({ type: 'integer', default: 0 })
  priority!: number;

  @Column({ type: 'jsonb', default: {} })
  condition!: CircuitCondition;

  @Column({ type: 'jsonb' })
  steps!: CircuitStep[];
}
