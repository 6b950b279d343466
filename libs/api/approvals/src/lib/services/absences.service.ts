import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { can, isLocalDate } from '@parvis/shared/domain';
import type { AbsenceDto, CreateAbsenceDto } from '../dto/settings.dto';
import type { ApproverAbsenceEntity } from '../entities';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import { ApprovalsErrorCode } from '../approvals.errors';
import { memberActor } from './actors';

export const ABSENCES_LIMIT = 200;

const toDto = (a: ApproverAbsenceEntity): AbsenceDto => ({ id: a.id, version: a.version, absentMembershipId: a.membershipId, substituteMembershipId: a.substituteMembershipId, startsOn: a.startsOn, endsOn: a.endsOn });

/** An approver's absences and substitutes: meanwhile their steps go to the substitute. */
@Injectable()
export class AbsencesService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly transactions: TransactionContext,
    private readonly audit: AuditLog,
  ) {}

  /** The caller's absences and those they stand in for; an admin sees everyone's. */
  async list(scope: OrgScope): Promise<AbsenceDto[]> {
    const absences = this.repositories.forOrg(scope).absences;
    const rows = can(scope.role, 'members.manage') ? await absences.list([['startsOn', 'ASC']], ABSENCES_LIMIT) : await absences.forMember(scope.membershipId, ABSENCES_LIMIT);
    return rows.map(toDto);
  }

  async create(scope: OrgScope, user: AuthenticatedUser, body: CreateAbsenceDto): Promise<AbsenceDto> {
    const absent = body.absentMembershipId ?? scope.membershipId;
    if (absent !== scope.membershipId && !can(scope.role, 'members.manage')) throw AppError.invalidField('absentMembershipId', 'only an admin declares someone else’s absence');
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const substitute = body.substituteMembershipId;
      const found = await repos.directory.byIds(substitute ? [absent, substitute] : [absent]);
      if (!found.some((m) => m.membershipId === absent)) throw AppError.invalidField('absentMembershipId', 'absentMembershipId is unknown in this organisation');
      if (substitute && !found.some((m) => m.membershipId === substitute)) throw AppError.invalidField('substituteMembershipId', 'substituteMembershipId is unknown in this organisation');
      if (!substitute || substitute === absent) throw AppError.invalidField('substituteMembershipId', 'substituteMembershipId is required: another member who decides meanwhile');
      if (!isLocalDate(body.startsOn)) throw AppError.invalidField('startsOn', 'startsOn must be an existing date YYYY-MM-DD');
      if (!isLocalDate(body.endsOn) || body.endsOn < body.startsOn) throw AppError.invalidField('endsOn', 'endsOn must be an existing date, on or after startsOn');
      const absence = await repos.absences.insert({ membershipId: absent, substituteMembershipId: substitute, startsOn: body.startsOn, endsOn: body.endsOn });
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'absence', objectId: absence.id, action: 'absence.declare', details: { ...toDto(absence) } });
      return toDto(absence);
    });
  }

  async remove(scope: OrgScope, user: AuthenticatedUser, absenceId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const absences = this.repositories.forOrg(scope).absences;
      const current = await absences.lockById(absenceId);
      if (!current || (current.membershipId !== scope.membershipId && !can(scope.role, 'members.manage'))) throw AppError.notFound(ApprovalsErrorCode.AbsenceNotFound, 'Absence not found');
      await assertVersion(ifMatch, current.version, async () => toDto(current));
      await absences.delete(absenceId);
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'absence', objectId: absenceId, action: 'absence.delete' });
    });
  }
}
