import type { TransactionContext } from '@parvis/api/core';
import type { Role } from '@parvis/shared/domain';

export interface ApproverCandidate {
  membershipId: string;
  userId: string;
  role: Role;
  displayName: string;
}

/**
 * Reads the organisation's members as approval steps need them (identity owns these tables; this
 * is read-only and always bound to the organisation).
 */
export class ApproverDirectory {
  constructor(
    private readonly transactions: TransactionContext,
    private readonly organizationId: string,
  ) {}

  /** Members holding one of these roles. */
  withRoles(roles: readonly Role[]): Promise<ApproverCandidate[]> {
    return this.transactions.manager.query(
      `SELECT m.id AS "membershipId", m.user_id AS "userId", m.role, u.display_name AS "displayName"
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.role::text = ANY($2::text[]) ORDER BY m.id`,
      [this.organizationId, roles],
    );
  }

  byIds(membershipIds: readonly string[]): Promise<ApproverCandidate[]> {
    if (membershipIds.length === 0) return Promise.resolve([]);
    return this.transactions.manager.query(
      `SELECT m.id AS "membershipId", m.user_id AS "userId", m.role, u.display_name AS "displayName"
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.id = ANY($2::uuid[]) ORDER BY m.id`,
      [this.organizationId, membershipIds],
    );
  }

  /** Members of the author's services holding one of these roles: the head of the author's service. */
  serviceHeads(authorMembershipId: string, roles: readonly Role[]): Promise<ApproverCandidate[]> {
    return this.transactions.manager.query(
      `SELECT DISTINCT m.id AS "membershipId", m.user_id AS "userId", m.role, u.display_name AS "displayName"
         FROM membership_team mine
         JOIN membership_team peer ON peer.organization_id = mine.organization_id AND peer.team_id = mine.team_id
         JOIN membership m ON m.organization_id = peer.organization_id AND m.id = peer.membership_id
         JOIN app_user u ON u.id = m.user_id
        WHERE mine.organization_id = $1 AND mine.membership_id = $2 AND m.id <> $2 AND m.role::text = ANY($3::text[])
        ORDER BY m.id`,
      [this.organizationId, authorMembershipId, roles],
    );
  }
}
