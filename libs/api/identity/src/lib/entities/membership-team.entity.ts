import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { orgReference } from '@parvis/api/core';
import type { MembershipEntity } from './membership.entity';
import { TeamEntity } from './team.entity';

/** A member's place in a service; both ends belong to the same organisation (composite keys). */
@Entity({ name: 'membership_team' })
@Index(['membershipId'])
@Index(['teamId'])
export class MembershipTeamEntity {
  @PrimaryColumn({ type: 'uuid' })
  membershipId!: string;

  @PrimaryColumn({ type: 'uuid' })
  teamId!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne('MembershipEntity', { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('membership_id'))
  membership?: MembershipEntity;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn(orgReference('team_id'))
  team?: TeamEntity;
}
