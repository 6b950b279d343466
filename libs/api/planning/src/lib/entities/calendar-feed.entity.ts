import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';

/** A member's secret iCalendar subscription URL; replaced or revoked at will. */
@Entity({ name: 'calendar_feed' })
@Index(['membershipId'], { unique: true })
export class CalendarFeedEntity extends OrgOwnedEntity {
  /** Tied to the membership: removing the member kills the feed. */
  @Column({ type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('membership_id'))
  membership?: MembershipEntity;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;
}
