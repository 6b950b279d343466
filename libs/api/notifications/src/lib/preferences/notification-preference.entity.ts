import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';

/** How a member hears of their notifications by e-mail, per organisation. */
export enum EmailMode {
  /** One mail per notification, at once (the default: no row means this). */
  Immediate = 'immediate',
  /** One mail a day at 07:00 in the organisation's zone, listing the notifications of the day before. */
  DailyDigest = 'daily_digest',
  Off = 'off',
}

export const ALL_EMAIL_MODES = Object.values(EmailMode);

/**
 * A member's choice in one organisation. It references the membership itself (composite key
 * `(organization_id, user_id)`): leaving the organisation removes it, and PostgreSQL refuses a row
 * for a non-member or across organisations.
 */
@Entity({ name: 'notification_preference' })
@Index(['organizationId', 'userId'], { unique: true })
export class NotificationPreferenceEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId' },
    { name: 'user_id', referencedColumnName: 'userId' },
  ])
  membership?: MembershipEntity;

  @Column({ type: 'enum', enum: EmailMode, enumName: 'notification_email_mode', default: EmailMode.Immediate })
  emailMode!: EmailMode;

  /** Notifications up to this instant are in a digest already (or were mailed before the member chose the digest). */
  @Column({ type: 'timestamptz', nullable: true })
  digestThrough!: Date | null;
}
