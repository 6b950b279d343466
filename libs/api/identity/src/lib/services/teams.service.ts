import { Injectable } from '@nestjs/common';
import { AppError } from '@parvis/api/core';
import { TeamDto } from '../dto/organization.dto';
import { IdentityStore } from '../repositories/identity-store';
import { IdentityErrorCode } from './identity.errors';

/** The organisation's services (teams). */
@Injectable()
export class TeamsService {
  constructor(private readonly store: IdentityStore) {}

  async list(organizationId: string): Promise<TeamDto[]> {
    return (await this.store.repos.teams.list(organizationId)).map(({ team, memberCount }) => ({ id: team.id, name: team.name, memberCount }));
  }

  async create(organizationId: string, rawName: string): Promise<TeamDto> {
    const name = rawName.trim();
    await this.assertNameFree(organizationId, name);
    const team = await this.store.repos.teams.create(organizationId, name);
    return { id: team.id, name: team.name, memberCount: 0 };
  }

  async rename(organizationId: string, teamId: string, rawName: string): Promise<TeamDto> {
    const name = rawName.trim();
    const team = await this.store.repos.teams.findById(organizationId, teamId);
    if (!team) throw AppError.notFound(IdentityErrorCode.TeamNotFound, 'Service not found');
    if (team.name !== name) await this.assertNameFree(organizationId, name);
    await this.store.repos.teams.rename(organizationId, teamId, name);
    const listed = (await this.list(organizationId)).find((t) => t.id === teamId);
    return listed ?? { id: teamId, name, memberCount: 0 };
  }

  async remove(organizationId: string, teamId: string): Promise<void> {
    const team = await this.store.repos.teams.findById(organizationId, teamId);
    if (!team) throw AppError.notFound(IdentityErrorCode.TeamNotFound, 'Service not found');
    await this.store.repos.teams.remove(organizationId, teamId);
  }

  private async assertNameFree(organizationId: string, name: string): Promise<void> {
    if (name.length === 0) throw AppError.invalidField('name', 'name must not be empty');
    if (await this.store.repos.teams.findByName(organizationId, name)) {
      throw AppError.conflict(IdentityErrorCode.TeamNameTaken, `A service named "${name}" already exists`);
    }
  }
}
