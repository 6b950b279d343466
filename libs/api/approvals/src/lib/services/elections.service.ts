import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, AuthenticatedUser, OrgScope, TransactionContext } from '@parvis/api/core';
import { electionDeclarationErrors, electionsInReserveAt, electoralReserveWindow, Role, type CircuitStep } from '@parvis/shared/domain';
import type { CreateElectionDto, ElectionDto, ElectionListDto } from '../dto/settings.dto';
import type { ElectionDeclarationEntity } from '../entities';
import { ApprovalsRepositories } from '../repositories/approvals-repositories';
import { ApprovalsErrorCode } from '../approvals.errors';
import { memberActor } from './actors';

export const ELECTIONS_LIMIT = 200;

const declarationOf = (e: ElectionDeclarationEntity) => ({ type: e.type, firstRound: e.firstRound, secondRound: e.secondRound, territory: e.territory });

function toDto(e: ElectionDeclarationEntity, zone: string): ElectionDto {
  const window = electoralReserveWindow(declarationOf(e), zone);
  return { ...declarationOf(e), id: e.id, version: e.version, legalApproverMembershipId: e.legalApproverMembershipId, reserveFirstDay: window.firstDay, reserveLastDay: window.lastDay };
}

/** The step each election adds during its réserve: its named legal adviser or DGS decides. */
export function reserveStep(election: ElectionDeclarationEntity): CircuitStep {
  const approvers: CircuitStep['approvers'] = election.legalApproverMembershipId
    ? { kind: 'members', membershipIds: [election.legalApproverMembershipId] }
    : { kind: 'role', role: Role.Admin };
  return { name: `Réserve électorale (${election.territory})`, approvers, quorum: { kind: 'any' }, deadlineHours: null };
}

/** Elections declared by the organisation's admins, and the réserve électorale they open. */
@Injectable()
export class ElectionsService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly transactions: TransactionContext,
    private readonly audit: AuditLog,
  ) {}

  async list(scope: OrgScope): Promise<ElectionListDto> {
    const all = await this.all(scope);
    return { items: all.map((e) => toDto(e, scope.timeZone)), inReserveNow: this.inReserve(all, new Date(), scope.timeZone).length > 0 };
  }

  /** The declared elections whose réserve covers this instant. */
  async inReserveAt(scope: OrgScope, instant: Date): Promise<ElectionDeclarationEntity[]> {
    return this.inReserve(await this.all(scope), instant, scope.timeZone);
  }

  async create(scope: OrgScope, user: AuthenticatedUser, body: CreateElectionDto): Promise<ElectionDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const approverId = body.legalApproverMembershipId;
      if (approverId && (await repos.directory.byIds([approverId])).length === 0) {
        throw AppError.invalidField('legalApproverMembershipId', 'legalApproverMembershipId is unknown in this organisation');
      }
      if (!approverId) throw AppError.invalidField('legalApproverMembershipId', 'legalApproverMembershipId is required: who approves the extra step');
      const declaration = { type: body.type, firstRound: body.firstRound, secondRound: body.secondRound ?? null, territory: body.territory.trim() };
      const [wrong] = electionDeclarationErrors(declaration);
      if (wrong) throw AppError.invalidField(wrong, `${wrong} is not valid (an existing date YYYY-MM-DD; the second round after the first)`);
      const election = await repos.elections.insert({ ...declaration, legalApproverMembershipId: approverId });
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'election', objectId: election.id, action: 'election.declare', details: { election: declaration } });
      return toDto(election, scope.timeZone);
    });
  }

  async remove(scope: OrgScope, user: AuthenticatedUser, electionId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const current = await repos.elections.lockById(electionId);
      if (!current) throw AppError.notFound(ApprovalsErrorCode.ElectionNotFound, 'Election not found');
      await assertVersion(ifMatch, current.version, async () => toDto(current, scope.timeZone));
      await repos.elections.delete(electionId);
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'election', objectId: electionId, action: 'election.delete', details: { election: declarationOf(current) } });
    });
  }

  private all(scope: OrgScope): Promise<ElectionDeclarationEntity[]> {
    return this.repositories.forOrg(scope).elections.list([['firstRound', 'ASC']], ELECTIONS_LIMIT);
  }

  private inReserve(all: ElectionDeclarationEntity[], instant: Date, zone: string): ElectionDeclarationEntity[] {
    return electionsInReserveAt(instant, all.map((e) => ({ ...declarationOf(e), entity: e })), zone).map((d) => d.entity);
  }
}
