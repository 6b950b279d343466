import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';

/** An approver away between two local days (inclusive): their steps go to the substitute meanwhile. */
@Entity({ name: 'approver_absence' })
@Index(['organizationId', 'membershipId', 'startsOn'])
@Index(['organizationId', 'substituteMembershipId'])
export class ApproverAbsenceEntity extends OrgOwnedEntity {
  @Column({ type: 'uuid' })
  membershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('membership_id'))
  membership?: MembershipEntity;

  @Column({ type: 'uuid' })
  substituteMembershipId!: string;

  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('substitute_membership_id'))
  substitute?: MembershipEntity;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;
}
