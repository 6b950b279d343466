import { EntityManager, In } from 'typeorm';
import { TeamEntity } from '../entities';

export interface TeamWithCount {
  team: TeamEntity;
  memberCount: number;
}

export class TeamsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(TeamEntity);
  }

  async list(organizationId: string): Promise<TeamWithCount[]> {
    const rows = await this.repo
      .createQueryBuilder('t')
      .leftJoin('membership_team', 'mt', 'mt.team_id = t.id')
      .where('t.organization_id = :organizationId', { organizationId })
      .select(['t.id AS id', 't.name AS name', 't.created_at AS created_at', 't.organization_id AS organization_id'])
      .addSelect('count(mt.membership_id)', 'member_count')
      .groupBy('t.id')
      .orderBy('t.name', 'ASC')
      .limit(500)
      .getRawMany<{ id: string; name: string; created_at: Date; organization_id: string; member_count: string }>();
    return rows.map((row) => ({
      team: Object.assign(new TeamEntity(), { id: row.id, name: row.name, createdAt: row.created_at, organizationId: row.organization_id }),
      memberCount: Number(row.member_count),
    }));
  }

  findById(organizationId: string, teamId: string): Promise<TeamEntity | null> {
    return this.repo.findOneBy({ organizationId, id: teamId });
  }

  findByName(organizationId: string, name: string): Promise<TeamEntity | null> {
    return this.repo.findOneBy({ organizationId, name });
  }

  findManyByIds(organizationId: string, teamIds: string[]): Promise<TeamEntity[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return this.repo.findBy({ organizationId, id: In(teamIds) });
  }

  create(organizationId: string, name: string): Promise<TeamEntity> {
    return this.repo.save(this.repo.create({ organizationId, name }));
  }

  async rename(organizationId: string, teamId: string, name: string): Promise<void> {
    await this.repo.update({ organizationId, id: teamId }, { name });
  }

  async remove(organizationId: string, teamId: string): Promise<void> {
    await this.repo.delete({ organizationId, id: teamId });
  }
}
