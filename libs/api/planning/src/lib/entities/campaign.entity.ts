import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@parvis/api/identity';
import { AudienceEntity } from './audience.entity';
import { ThemeEntity } from './theme.entity';

/** A dated operation ("Été culturel 2026"). */
@Entity({ name: 'campaign' })
@Index(['organizationId', 'startsOn'])
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

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
  @JoinColumn({ name: 'theme_id' })
  theme?: ThemeEntity | null;

  /** Local dates in the organisation's zone. */
  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @ManyToMany(() => AudienceEntity, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'campaign_audience', joinColumn: { name: 'campaign_id' }, inverseJoinColumn: { name: 'audience_id' } })
  audiences?: AudienceEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
