import { EntityManager } from 'typeorm';
import { OrgRepository, SortKey, TransactionContext } from '@parvis/api/core';
import { Role } from '@parvis/shared/domain';
import { MembershipEntity } from '../entities';

export interface MembershipAccess {
  membershipId: string;
  role: Role;
  timeZone: string;
  contentVersion: string;
}

const MEMBERSHIP_TEAM = { table: 'membership_team', owner: 'membership_id', target: 'team_id' };

/** The members of one organisation. */
export class MembershipsRepository extends OrgRepository<MembershipEntity> {
  constructor(transactions: TransactionContext, organizationId: string) {
    super(transactions, MembershipEntity, organizationId);
  }

  private withPerson(alias = 'row') {
    return this.select(alias).innerJoinAndSelect(`${alias}.user`, 'u').leftJoinAndSelect(`${alias}.teamLinks`, 'tl').leftJoinAndSelect('tl.team', 't');
  }

  /** The member with their account and services. */
  findWithPerson(membershipId: string): Promise<MembershipEntity | null> {
    return this.withPerson().andWhere('row.id = :membershipId', { membershipId }).getOne();
  }

  findByUserId(userId: string): Promise<MembershipEntity | null> {
    return this.select().andWhere('row.user_id = :userId', { userId }).getOne();
  }

  /** Keyset page ordered by (display name, id): the order people look for a colleague in. */
  async page(limit: number, after: SortKey | null): Promise<MembershipEntity[]> {
    const ids = this.select('m').innerJoin('m.user', 'pu').select('m.id', 'id').orderBy('pu.display_name', 'ASC').addOrderBy('m.id', 'ASC').limit(limit);
    if (after) ids.andWhere('(pu.display_name, m.id) > (:value, :id)', { value: after.value, id: after.id });
    const page: { id: string }[] = await ids.getRawMany();
    if (page.length === 0) return [];
    return this.withPerson()
      .andWhere('row.id IN (:...ids)', { ids: page.map((p) => p.id) })
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('row.id', 'ASC')
      .getMany();
  }

  countAdmins(): Promise<number> {
    return this.select().andWhere('row.role = :role', { role: Role.Admin }).getCount();
  }

  setTeams(membershipId: string, teamIds: string[]): Promise<void> {
    return this.replaceLinks(MEMBERSHIP_TEAM, membershipId, teamIds);
  }
}

/**
 * Memberships looked up by the person, across organisations, before any organisation scope
 * exists: the access guard, "who am I", accepting an invitation. Scoped by the user on purpose.
 */
export class UserMembershipsRepository {
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

  /** A user's memberships across organisations: "who am I". */
  listForUser(userId: string): Promise<MembershipEntity[]> {
    return this.repo.find({ where: { userId }, relations: { organization: true }, order: { createdAt: 'ASC' } });
  }

  /** Joins an organisation the caller has proved access to (a new organisation, a valid invitation). */
  create(organizationId: string, userId: string, role: Role): Promise<MembershipEntity> {
    return this.repo.save(this.repo.create({ organizationId, userId, role }));
  }

  countForUser(userId: string): Promise<number> {
    return this.repo.countBy({ userId });
  }
}
