import { EntityManager } from 'typeorm';
import { Role } from '@parvis/shared/domain';
import type { SortKey } from '@parvis/api/core';
import { MembershipEntity, TeamEntity } from '../entities';

export interface MembershipAccess {
  membershipId: string;
  role: Role;
  timeZone: string;
  contentVersion: string;
}

export class MembershipsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(MembershipEntity);
  }

  findByUser(organizationId: string, userId: string): Promise<MembershipEntity | null> {
    return this.repo.findOneBy({ organizationId, userId });
  }

  /** What the access guard needs on every request, in one plain statement. */
  async findAccess(organizationId: string, userId: string): Promise<MembershipAccess | null> {
    const rows: MembershipAccess[] = await this.manager.query(
      `SELECT m.id AS "membershipId", m.role, o.time_zone AS "timeZone", o.content_version::text AS "contentVersion"
         FROM membership m JOIN organization o ON o.id = m.organization_id
        WHERE m.organization_id = $1 AND m.user_id = $2`,
      [organizationId, userId],
    );
    return rows[0] ?? null;
  }

  findById(organizationId: string, membershipId: string): Promise<MembershipEntity | null> {
    return this.repo.findOne({ where: { organizationId, id: membershipId }, relations: { user: true, teams: true } });
  }

  /** A user's memberships across organisations: "who am I" (scoped by the user, not by an org). */
  listForUser(userId: string): Promise<MembershipEntity[]> {
    return this.repo.find({ where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } });
  }

  /** Keyset page ordered by (display name, id): the order people look for a colleague in. */
  async page(organizationId: string, limit: number, after: SortKey | null): Promise<MembershipEntity[]> {
    const query = this.repo
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.user', 'u')
      .leftJoinAndSelect('m.teams', 't')
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .take(limit);
    if (after) query.andWhere('(u.display_name, m.id) > (:value, :id)', { value: after.value, id: after.id });
    return query.getMany();
  }

  countAdmins(organizationId: string): Promise<number> {
    return this.repo.countBy({ organizationId, role: Role.Admin });
  }

  create(organizationId: string, userId: string, role: Role): Promise<MembershipEntity> {
    return this.repo.save(this.repo.create({ organizationId, userId, role }));
  }

  async setRole(organizationId: string, membershipId: string, role: Role): Promise<void> {
    await this.repo.update({ organizationId, id: membershipId }, { role });
  }

  async setTeams(organizationId: string, membershipId: string, teams: TeamEntity[]): Promise<void> {
    const membership = await this.repo.findOne({ where: { organizationId, id: membershipId }, relations: { teams: true } });
    if (!membership) return;
    membership.teams = teams;
    await this.repo.save(membership);
  }

  async remove(organizationId: string, membershipId: string): Promise<void> {
    await this.repo.delete({ organizationId, id: membershipId });
  }

  countForUser(userId: string): Promise<number> {
    return this.repo.countBy({ userId });
  }
}
