import { Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '@parvis/api/identity';
import { ChannelStatus, Network } from '@parvis/shared/domain';
import { AudienceEntity } from './audience.entity';

/** An account of the organisation on one network; credentials come with publishing. */
@Entity({ name: 'channel' })
@Index(['organizationId', 'network', 'handle'], { unique: true })
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: Network, enumName: 'network' })
  network!: Network;

  @Column({ type: 'varchar', length: 200 })
  handle!: string;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'enum', enum: ChannelStatus, enumName: 'channel_status', default: ChannelStatus.NotConnected })
  status!: ChannelStatus;

  @ManyToMany(() => AudienceEntity, { onDelete: 'CASCADE' })
  @JoinTable({ name: 'channel_audience', joinColumn: { name: 'channel_id' }, inverseJoinColumn: { name: 'audience_id' } })
  audiences?: AudienceEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
