import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { OrganizationEntity, UserEntity } from '@parvis/api/identity';
import { NotificationKind } from './notification-kind';

/** One entry of a person's in-app notification centre, within one organisation. */
@Entity({ name: 'notification' })
@Index(['organizationId', 'userId', 'createdAt'])
export class NotificationEntity extends OrgOwnedEntity {
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The SPA words it in the reader's language. */
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  /** Who did what is announced ("Étienne vous a attribué…"); null for the system or a deleted account. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: UserEntity | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** SPA path the notification opens. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
