import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { OrgOwnedEntity, orgReference } from '@parvis/api/core';
import { MembershipEntity } from '@parvis/api/identity';
import { ElectionType } from '@parvis/shared/domain';

/** An election the organisation declared: its réserve électorale window follows (Code électoral L52-1). */
@Entity({ name: 'election_declaration' })
@Index(['organizationId', 'firstRound'])
export class ElectionDeclarationEntity extends OrgOwnedEntity {
  @Column({ type: 'enum', enum: ElectionType, enumName: 'election_type' })
  type!: ElectionType;

  @Column({ type: 'date' })
  firstRound!: string;

  @Column({ type: 'date', nullable: true })
  secondRound!: string | null;

  @Column({ type: 'varchar', length: 200 })
  territory!: string;

  /**
   * The legal adviser or DGS who approves the extra step during the window. ON DELETE SET NULL
   * (legal_approver_membership_id) in the migration: the declaration stays, an admin names another.
   */
  @Column({ type: 'uuid', nullable: true })
  legalApproverMembershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn(orgReference('legal_approver_membership_id'))
  legalApprover?: MembershipEntity;
}
