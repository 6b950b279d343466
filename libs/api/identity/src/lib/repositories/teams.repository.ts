import { OrgRepository, TransactionContext } from '@parvis/api/core';
import { TeamEntity } from '../entities';

export interface TeamWithCount {
  team: TeamEntity;
  memberCount: number;
}

/** The organisation's services (teams). */
export class TeamsRepository extends OrgRepository<TeamEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, TeamEntity, organizationId);
  }

  /** At most `limit` services, by name, with their member counts. */
  async listWithCounts(limit: number): Promise<TeamWithCount[]> {
    const teams = await this.list([['name', 'ASC']], limit);
    if (teams.length === 0) return [];
    const counts: { team_id: string; count: string }[] = await this.manager.query(
      'SELECT team_id, count(*)::text AS count FROM membership_team WHERE organization_id = $1 AND team_id = ANY($2::uuid[]) GROUP BY team_id',
      [this.organizationId, teams.map((t) => t.id)],
    );
    const byTeam = new Map(counts.map((row) => [row.team_id, Number(row.count)]));
    return teams.map((team) => ({ team, memberCount: byTeam.get(team.id) ?? 0 }));
  }

  findByName(name: string): Promise<TeamEntity | null> {
    return this.select().andWhere('row.name = :name', { name }).getOne();
  }
}
