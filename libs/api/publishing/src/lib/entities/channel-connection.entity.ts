import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { ChannelEntity } from '@parvis/api/planning';
import type { CapabilityOverrides } from '@parvis/shared/domain';

export enum ConnectionStatus {
  Connected = 'connected',
  ReconnectRequired = 'reconnect_required',
}

/**
 * How one channel is connected to its network: the account, the server, the instance's limits, and
 * the adapter's credentials (session, token) sealed with the SecretBox. One per channel; deleted on
 * disconnect. The sealed value's associated data is the channel, so a value copied elsewhere fails.
 */
@Entity({ name: 'channel_connection' })
@Unique(['organizationId', 'channelId'])
export class ChannelConnectionEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('channel_id'))
  channel?: ChannelEntity;

  /** The adapter's registry key (opaque here). */
  @Column({ type: 'varchar', length: 40 })
  network!: string;

  @Column({ type: 'enum', enum: ConnectionStatus, enumName: 'connection_status', default: ConnectionStatus.Connected })
  status!: ConnectionStatus;

  @Column({ type: 'varchar', length: 300 })
  accountRemoteId!: string;

  @Column({ type: 'varchar', length: 300 })
  accountHandle!: string;

  @Column({ type: 'varchar', length: 1000 })
  accountUrl!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  serviceUrl!: string | null;

  /** `SecretBox.seal(JSON credentials, associatedData(channel))`. */
  @Column({ type: 'text' })
  sealedCredentials!: string;

  /** The server's own limits (a Mastodon instance's characters, media count, URL weight). */
  @Column({ type: 'jsonb', nullable: true })
  limits!: CapabilityOverrides | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastVerifiedAt!: Date | null;

  /** The platform's words when the credentials last failed. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}

