import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, CommonErrorCode, OrgBound, TransactionContext } from '@parvis/api/core';
import { TeamDto } from '../dto/organization.dto';
import { IdentityStore } from '../repositories/identity-store';
import { IdentityErrorCode } from './identity.errors';

/** An organisation has at most this many services (stated in the API description). */
export const MAX_TEAMS = 500;

/** The organisation's services (teams). */
@Injectable()
export class TeamsService {
  constructor(
    private readonly store: IdentityStore,
    private readonly transactions: TransactionContext,
  ) {}

  async list(scope: OrgBound): Promise<TeamDto[]> {
    return (await this.store.forOrg(scope).teams.listWithCounts(MAX_TEAMS)).map(({ team, memberCount }) => ({
      id: team.id,
      name: team.name,
      memberCount,
      version: team.version,
    }));
  }

  async create(scope: OrgBound, rawName: string): Promise<TeamDto> {
    const name = rawName.trim();
    const teams = this.store.forOrg(scope).teams;
    await this.assertNameFree(scope, name);
    if ((await teams.listWithCounts(MAX_TEAMS)).length >= MAX_TEAMS) {
      throw AppError.conflict(CommonErrorCode.Conflict, `An organisation has at most ${MAX_TEAMS} services`);
    }
    const team = await teams.insert({ name });
    return { id: team.id, name: team.name, memberCount: 0, version: team.version };
  }

  async rename(scope: OrgBound, teamId: string, rawName: string, ifMatch?: number): Promise<TeamDto> {
    const name = rawName.trim();
    await this.transactions.run(async () => {
      const teams = this.store.forOrg(scope).teams;
      const team = await teams.lockById(teamId);
      if (!team) throw AppError.notFound(IdentityErrorCode.TeamNotFound, 'Service not found');
      await assertVersion(ifMatch, team.version, () => this.get(scope, teamId));
      if (team.name !== name) await this.assertNameFree(scope, name);
      await teams.update(teamId, { name });
    });
    return this.get(scope, teamId);
  }

  async remove(scope: OrgBound, teamId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const teams = this.store.forOrg(scope).teams;
      const team = await teams.lockById(teamId);
      if (!team) throw AppError.notFound(IdentityErrorCode.TeamNotFound, 'Service not found');
      await assertVersion(ifMatch, team.version, () => this.get(scope, teamId));
      await teams.delete(teamId);
    });
  }

  private async get(scope: OrgBound, teamId: string): Promise<TeamDto> {
    const listed = (await this.list(scope)).find((t) => t.id === teamId);
    if (!listed) throw AppError.notFound(IdentityErrorCode.TeamNotFound, 'Service not found');
    return listed;
  }

  private async assertNameFree(scope: OrgBound, name: string): Promise<void> {
    if (name.length === 0) throw AppError.invalidField('name', 'name must not be empty');
    if (await this.store.forOrg(scope).teams.findByName(name)) {
      throw AppError.conflict(IdentityErrorCode.TeamNameTaken, `A service named "${name}" already exists`);
    }
  }
}
