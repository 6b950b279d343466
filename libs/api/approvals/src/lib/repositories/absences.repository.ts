import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { ApproverAbsenceEntity } from '../entities';

export class AbsencesRepository extends OrgRepository<ApproverAbsenceEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, ApproverAbsenceEntity, organizationId);
  }

  /** Absences covering this local day. */
  onDay(day: string): Promise<ApproverAbsenceEntity[]> {
    return this.select().andWhere('row.starts_on <= :day AND row.ends_on >= :day', { day }).getMany();
  }

  forMember(membershipId: string, limit: number): Promise<ApproverAbsenceEntity[]> {
    return this.select()
      .andWhere('(row.membership_id = :membershipId OR row.substitute_membership_id = :membershipId)', { membershipId })
      .orderBy('row.starts_on', 'ASC')
      .limit(limit)
      .getMany();
  }
}
