import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, AuthenticatedUser, OrgBound, OrgScope, TransactionContext } from '@parvis/api/core';
import { assertOwnedAll, PlanningRepositories } from '@parvis/api/planning';
import { CircuitDefinition, circuitStepErrors, CircuitStep, DEFAULT_CIRCUIT_STEPS } from '@parvis/shared/domain';
import type { CircuitConditionDto, CircuitDto, CircuitStepDto, CreateCircuitDto, UpdateCircuitDto } from '../dto/circuit.dto';
import type { CircuitEntity } from '../entities';
import { ApprovalsRepos, ApprovalsRepositories } from '../repositories/approvals-repositories';
import { ApprovalsErrorCode } from '../approvals.errors';
import { memberActor } from './actors';

export const DEFAULT_CIRCUIT_NAME = 'Circuit par défaut';

/** An organisation keeps at most this many circuits. */
export const CIRCUITS_LIMIT = 100;

export function stepToDto(step: CircuitStep): CircuitStepDto {
  const a = step.approvers;
  return {
    name: step.name,
    approverKind: a.kind,
    ...(a.kind === 'role' ? { role: a.role } : {}),
    ...(a.kind === 'members' ? { membershipIds: [...a.membershipIds] } : {}),
    quorum: step.quorum.kind,
    ...(step.quorum.kind === 'count' ? { quorumCount: step.quorum.count } : {}),
    deadlineHours: step.deadlineHours,
  };
}

function stepFromDto(dto: CircuitStepDto, index: number): CircuitStep {
  const field = `steps.${index}`;
  let approvers: CircuitStep['approvers'];
  if (dto.approverKind === 'role') {
    if (!dto.role) throw AppError.invalidField(`${field}.role`, 'role is required when approverKind is role');
    approvers = { kind: 'role', role: dto.role };
  } else if (dto.approverKind === 'members') {
    if (!dto.membershipIds || dto.membershipIds.length === 0) throw AppError.invalidField(`${field}.membershipIds`, 'membershipIds is required when approverKind is members');
    approvers = { kind: 'members', membershipIds: [...new Set(dto.membershipIds)] };
  } else if (dto.approverKind === 'external') {
    approvers = { kind: 'external' };
  } else {
    approvers = { kind: 'service_head' };
  }
  if (dto.quorum === 'count' && dto.quorumCount === undefined) throw AppError.invalidField(`${field}.quorumCount`, 'quorumCount is required when quorum is count');
  const quorum: CircuitStep['quorum'] = dto.quorum === 'count' ? { kind: 'count', count: dto.quorumCount ?? 1 } : { kind: dto.quorum };
  const step: CircuitStep = { name: dto.name.trim(), approvers, quorum, deadlineHours: dto.deadlineHours ?? null };
  const [wrong] = circuitStepErrors(step, index);
  if (wrong) throw AppError.invalidField(wrong, `${wrong} is not valid for this step`);
  return step;
}

const toDto = (c: CircuitEntity): CircuitDto => ({
  id: c.id,
  version: c.version,
  name: c.name,
  kind: c.kind,
  isDefault: c.isDefault,
  priority: c.priority,
  condition: {
    ...c.condition,
    themeIds: c.condition.themeIds ? [...c.condition.themeIds] : undefined,
    networks: c.condition.networks ? [...c.condition.networks] : undefined,
    channelIds: c.condition.channelIds ? [...c.condition.channelIds] : undefined,
  },
  steps: c.steps.map(stepToDto),
});

export const toDefinition = (c: CircuitEntity): CircuitDefinition => ({ id: c.id, name: c.name, kind: c.kind, isDefault: c.isDefault, priority: c.priority, condition: c.condition, steps: c.steps });

/** Approval circuits, configured by an admin; every organisation has a default one. */
@Injectable()
export class CircuitsService {
  constructor(
    private readonly repositories: ApprovalsRepositories,
    private readonly planning: PlanningRepositories,
    private readonly transactions: TransactionContext,
    private readonly audit: AuditLog,
  ) {}

  async list(scope: OrgBound): Promise<CircuitDto[]> {
    return (await this.definitions(scope)).map(toDto);
  }

  /** Every circuit, the default one created first if the organisation has none yet (organisations created after the migration). */
  async definitions(scope: OrgBound): Promise<CircuitEntity[]> {
    const circuits = this.repositories.forOrg(scope).circuits;
    const all = await circuits.list([['priority', 'DESC'], ['name', 'ASC']], CIRCUITS_LIMIT);
    if (all.some((c) => c.isDefault)) return all;
    await circuits.ensureDefault(DEFAULT_CIRCUIT_NAME, DEFAULT_CIRCUIT_STEPS);
    return circuits.list([['priority', 'DESC'], ['name', 'ASC']], CIRCUITS_LIMIT);
  }

  async create(scope: OrgScope, user: AuthenticatedUser, body: CreateCircuitDto): Promise<CircuitDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const steps = await this.validSteps(scope, repos, body.steps);
      const condition = await this.validCondition(scope, body.condition ?? {});
      const circuit = await repos.circuits.insert({ name: body.name.trim(), kind: body.kind ?? 'base', isDefault: false, priority: body.priority ?? 0, condition, steps });
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'circuit', objectId: circuit.id, action: 'circuit.create', details: { circuit: toDto(circuit) } });
      return toDto(circuit);
    });
  }

  async update(scope: OrgScope, user: AuthenticatedUser, circuitId: string, body: UpdateCircuitDto, ifMatch?: number): Promise<CircuitDto> {
    return this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const current = await this.lock(repos, circuitId, ifMatch);
      if (current.isDefault && body.kind === 'addition') throw AppError.invalidField('kind', 'the default circuit is a base circuit');
      await repos.circuits.update(circuitId, {
        name: body.name?.trim(),
        kind: body.kind,
        priority: body.priority,
        condition: body.condition ? await this.validCondition(scope, body.condition) : undefined,
        steps: body.steps ? await this.validSteps(scope, repos, body.steps) : undefined,
      });
      const saved = await repos.circuits.findById(circuitId);
      if (!saved) throw AppError.notFound(ApprovalsErrorCode.CircuitNotFound, 'Circuit not found');
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'circuit', objectId: circuitId, action: 'circuit.update', details: { before: toDto(current), after: toDto(saved) } });
      return toDto(saved);
    });
  }

  async remove(scope: OrgScope, user: AuthenticatedUser, circuitId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      const current = await this.lock(repos, circuitId, ifMatch);
      if (current.isDefault) throw AppError.conflict(ApprovalsErrorCode.DefaultCircuitRequired, 'The default circuit can be changed, not deleted');
      await repos.circuits.delete(circuitId);
      await this.audit.record(scope, { actor: memberActor(scope, user), objectType: 'circuit', objectId: circuitId, action: 'circuit.delete', details: { circuit: toDto(current) } });
    });
  }

  private async lock(repos: ApprovalsRepos, circuitId: string, ifMatch: number | undefined): Promise<CircuitEntity> {
    const current = await repos.circuits.lockById(circuitId);
    if (!current) throw AppError.notFound(ApprovalsErrorCode.CircuitNotFound, 'Circuit not found');
    await assertVersion(ifMatch, current.version, async () => toDto(current));
    return current;
  }

  private async validSteps(scope: OrgBound, repos: ApprovalsRepos, dtos: CircuitStepDto[]): Promise<CircuitStep[]> {
    if (dtos.length === 0) throw AppError.invalidField('steps', 'a circuit has at least one step');
    const steps = dtos.map(stepFromDto);
    for (const [index, step] of steps.entries()) {
      if (step.approvers.kind !== 'members') continue;
      const found = await repos.directory.byIds(step.approvers.membershipIds);
      if (found.length !== step.approvers.membershipIds.length) throw AppError.invalidField(`steps.${index}.membershipIds`, 'membershipIds contains a member unknown in this organisation');
    }
    return steps;
  }

  private async validCondition(scope: OrgBound, condition: CircuitConditionDto): Promise<CircuitConditionDto> {
    const planning = this.planning.forOrg(scope);
    await assertOwnedAll(planning.themes, condition.themeIds, 'condition.themeIds');
    await assertOwnedAll(planning.channels, condition.channelIds, 'condition.channelIds');
    return Object.fromEntries(Object.entries(condition).filter(([, v]) => v !== undefined)) as CircuitConditionDto;
  }
}
