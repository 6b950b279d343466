import { Injectable } from '@nestjs/common';
import { AppError, assertVersion, AuditLog, AuthenticatedUser, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgBound, OrgScope, TransactionContext } from '@parvis/api/core';
import { Role, wouldRemoveLastAdmin } from '@parvis/shared/domain';
import { MemberDto, MemberPageDto, PasswordResetLinkDto, UpdateMemberDto } from '../dto/organization.dto';
import { toMemberDto } from '../dto/mappers';
import { MembershipEntity, UserEntity } from '../entities';
import { IdentityOrgRepos, IdentityStore } from '../repositories/identity-store';
import { IdentityErrorCode } from './identity.errors';
import { PasswordResetsService } from './password-resets.service';

type MembershipWithUser = MembershipEntity & { user: UserEntity };

/** What other modules know of a member (planning assigns briefs to them). */
export interface MemberRef {
  membershipId: string;
  userId: string;
  displayName: string;
  email: string;
  role: Role;
}

const DIRECTORY_PAGE = 500;

const toRef = (m: MembershipWithUser): MemberRef => ({ membershipId: m.id, userId: m.userId, displayName: m.user.displayName, email: m.user.email, role: m.role });

/** The members of an organisation: the only way other modules reach memberships. */
@Injectable()
export class MembersService {
  constructor(
    private readonly store: IdentityStore,
    private readonly transactions: TransactionContext,
    private readonly passwordResets: PasswordResetsService,
    private readonly audit: AuditLog,
  ) {}

  async page(scope: OrgBound, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<MemberPageDto> {
    const after = cursor ? decodeCursor(cursor, 'text') : null;
    if (cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const rows = await this.store.forOrg(scope).memberships.page(limit + 1, after);
    const items = rows.slice(0, limit) as MembershipWithUser[];
    const last = items[items.length - 1];
    return {
      items: items.map(toMemberDto),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: last.user.displayName, id: last.id }) : null,
    };
  }

  /** One member of this organisation, or null (an id of another organisation is unknown here). */
  async find(scope: OrgBound, membershipId: string): Promise<MemberRef | null> {
    const membership = await this.store.forOrg(scope).memberships.findWithPerson(membershipId);
    return membership?.user ? toRef(membership as MembershipWithUser) : null;
  }

  /** Every member (the CSV exchange matches them by e-mail), read page by page. */
  async directory(scope: OrgBound): Promise<MemberRef[]> {
    const repository = this.store.forOrg(scope).memberships;
    const all: MemberRef[] = [];
    for (let after: { value: string; id: string } | null = null; ; ) {
      const rows = (await repository.page(DIRECTORY_PAGE, after)) as MembershipWithUser[];
      all.push(...rows.map(toRef));
      const last = rows[rows.length - 1];
      if (rows.length < DIRECTORY_PAGE || !last) return all;
      after = { value: last.user.displayName, id: last.id };
    }
  }

  /** `actor`: who changes it, for the audit log (a role change is recorded with before and after). */
  async update(scope: OrgScope, membershipId: string, changes: UpdateMemberDto, ifMatch?: number, actor?: AuthenticatedUser): Promise<MemberDto> {
    await this.transactions.run(async () => {
      const repos = this.store.forOrg(scope);
      const membership = await this.lock(repos, membershipId);
      await assertVersion(ifMatch, membership.version, () => this.get(repos, membershipId));
      if (changes.role !== undefined && changes.role !== membership.role) {
        if (wouldRemoveLastAdmin(membership.role, changes.role, await repos.memberships.countAdmins())) {
          throw AppError.conflict(IdentityErrorCode.LastAdmin, 'The organisation must keep at least one administrator');
        }
      }
      if (changes.serviceIds !== undefined) {
        const teams = await repos.teams.findManyByIds(changes.serviceIds);
        if (teams.length !== changes.serviceIds.length) {
          throw AppError.invalidField('serviceIds', 'serviceIds contains a service that does not exist in this organisation');
        }
        await repos.memberships.setTeams(membershipId, changes.serviceIds);
      }
      await repos.memberships.update(membershipId, { role: changes.role });
      if (changes.role !== undefined && changes.role !== membership.role) {
        await this.audit.record(scope, {
          actor: actor ? { membershipId: scope.membershipId, userId: actor.id, label: actor.displayName } : 'system',
          objectType: 'membership',
          objectId: membershipId,
          action: 'member.role_change',
          details: { from: membership.role, to: changes.role },
        });
      }
    });
    return this.get(this.store.forOrg(scope), membershipId);
  }

  /** Removal ends the member's access at once: their sessions stay, but no membership means 404 everywhere here. */
  async remove(scope: OrgScope, membershipId: string, ifMatch?: number): Promise<void> {
    await this.transactions.run(async () => {
      const repos = this.store.forOrg(scope);
      const membership = await this.lock(repos, membershipId);
      await assertVersion(ifMatch, membership.version, () => this.get(repos, membershipId));
      if (wouldRemoveLastAdmin(membership.role, null, await repos.memberships.countAdmins())) {
        throw AppError.conflict(IdentityErrorCode.LastAdmin, 'The organisation must keep at least one administrator');
      }
      await repos.memberships.delete(membershipId);
    });
  }

  /**
   * An org admin may issue a reset link only for someone who belongs to no other organisation:
   * otherwise an admin of one collectivité could take over an account used in another.
   */
  async issuePasswordReset(scope: OrgScope, membershipId: string, issuedByUserId: string): Promise<PasswordResetLinkDto> {
    const membership = await this.findWithPerson(this.store.forOrg(scope), membershipId);
    if ((await this.store.repos.memberships.countForUser(membership.userId)) > 1 || membership.user.isInstanceAdmin) {
      throw AppError.conflict(
        IdentityErrorCode.ResetUserInOtherOrgs,
        'This person also belongs to another organisation: ask the instance operator to reset the password',
      );
    }
    return this.passwordResets.issue(membership.userId, issuedByUserId);
  }

  private async get(repos: IdentityOrgRepos, membershipId: string): Promise<MemberDto> {
    return toMemberDto(await this.findWithPerson(repos, membershipId));
  }

  private async lock(repos: IdentityOrgRepos, membershipId: string): Promise<MembershipEntity> {
    const membership = await repos.memberships.lockById(membershipId);
    if (!membership) throw AppError.notFound(IdentityErrorCode.MemberNotFound, 'Member not found');
    return membership;
  }

  private async findWithPerson(repos: IdentityOrgRepos, membershipId: string): Promise<MembershipWithUser> {
    const membership = await repos.memberships.findWithPerson(membershipId);
    if (!membership || !membership.user) throw AppError.notFound(IdentityErrorCode.MemberNotFound, 'Member not found');
    return membership as MembershipWithUser;
  }
}
