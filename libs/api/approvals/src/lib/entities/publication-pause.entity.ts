import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';

/** "Tout suspendre": while `paused`, nothing of the organisation goes out. Who and why: the audit log. */
@Entity({ name: 'publication_pause' })
@Index(['organizationId'], { unique: true })
export class PublicationPauseEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'boolean', default: false })
  paused!: boolean;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The name of who switched it last, as shown on the banner. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  changedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  changedAt!: Date | null;
}
