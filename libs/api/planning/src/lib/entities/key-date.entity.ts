import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@parvis/api/identity';

/** A date the team plans around ("Journées du patrimoine", the town's festival), usually every year. */
@Entity({ name: 'key_date' })
@Index(['organizationId', 'date'])
export class KeyDateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
