import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity } from '@parvis/api/identity';
import { ChannelStatus, Network } from '@parvis/shared/domain';
import type { ChannelAudienceEntity } from './links.entity';

/** An account of the organisation on one network; credentials come with publishing. */
@Entity({ name: 'channel' })
@Index(['organizationId', 'network', 'handle'], { unique: true })
export class ChannelEntity extends OrgOwnedEntity {
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

  @OneToMany('ChannelAudienceEntity', (link: ChannelAudienceEntity) => link.channel)
  audienceLinks?: ChannelAudienceEntity[];
}
