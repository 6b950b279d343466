import { Injectable } from '@nestjs/common';
import { AppError, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, OrgScope } from '@parvis/api/core';
import { wouldRemoveLastAdmin } from '@parvis/shared/domain';
import { MemberDto, MemberPageDto, PasswordResetLinkDto, UpdateMemberDto } from '../dto/organization.dto';
import { toMemberDto } from '../dto/mappers';
import { MembershipEntity, UserEntity } from '../entities';
import { IdentityRepositories, IdentityStore } from '../repositories/identity-store';
import { IdentityErrorCode } from './identity.errors';
import { PasswordResetsService } from './password-resets.service';

type MembershipWithUser = MembershipEntity & { user: UserEntity };

@Injectable()
export class MembersService {
  constructor(
    private readonly store: IdentityStore,
    private readonly passwordResets: PasswordResetsService,
  ) {}

  async page(organizationId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<MemberPageDto> {
    const after = cursor ? decodeCursor(cursor, 'text') : null;
    if (cursor && !after) throw AppError.invalidField('cursor', 'cursor must be a cursor returned by a previous page');
    const rows = await this.store.repos.memberships.page(organizationId, limit + 1, after);
    const items = rows.slice(0, limit) as MembershipWithUser[];
    const last = items[items.length - 1];
    return {
      items: items.map(toMemberDto),
      nextCursor: rows.length > limit && last ? encodeCursor({ value: last.user.displayName, id: last.id }) : null,
    };
  }

  async update(scope: OrgScope, membershipId: string, changes: UpdateMemberDto): Promise<MemberDto> {
    const { organizationId } = scope;
    await this.store.transaction(async (repos) => {
      const membership = await this.find(repos, organizationId, membershipId);
      if (changes.role !== undefined && changes.role !== membership.role) {
        if (wouldRemoveLastAdmin(membership.role, changes.role, await repos.memberships.countAdmins(organizationId))) {
          throw AppError.conflict(IdentityErrorCode.LastAdmin, 'The organisation must keep at least one administrator');
        }
        await repos.memberships.setRole(organizationId, membershipId, changes.role);
      }
      if (changes.serviceIds !== undefined) {
        const teams = await repos.teams.findManyByIds(organizationId, changes.serviceIds);
        if (teams.length !== changes.serviceIds.length) {
          throw AppError.invalidField('serviceIds', 'serviceIds contains a service that does not exist in this organisation');
        }
        await repos.memberships.setTeams(organizationId, membershipId, teams);
      }
    });
    return toMemberDto(await this.find(this.store.repos, organizationId, membershipId));
  }

  /** Removal ends the member's access at once: their sessions stay, but no membership means 404 everywhere here. */
  async remove(scope: OrgScope, membershipId: string): Promise<void> {
    await this.store.transaction(async (repos) => {
      const membership = await this.find(repos, scope.organizationId, membershipId);
      if (wouldRemoveLastAdmin(membership.role, null, await repos.memberships.countAdmins(scope.organizationId))) {
        throw AppError.conflict(IdentityErrorCode.LastAdmin, 'The organisation must keep at least one administrator');
      }
      await repos.memberships.remove(scope.organizationId, membershipId);
    });
  }

  /**
   * An org admin may issue a reset link only for someone who belongs to no other organisation:
   * otherwise an admin of one collectivité could take over an account used in another.
   */
  async issuePasswordReset(scope: OrgScope, membershipId: string, issuedByUserId: string): Promise<PasswordResetLinkDto> {
    const membership = await this.find(this.store.repos, scope.organizationId, membershipId);
    if ((await this.store.repos.memberships.countForUser(membership.userId)) > 1 || membership.user.isInstanceAdmin) {
      throw AppError.conflict(
        IdentityErrorCode.ResetUserInOtherOrgs,
        'This person also belongs to another organisation: ask the instance operator to reset the password',
      );
    }
    return this.passwordResets.issue(membership.userId, issuedByUserId);
  }

  private async find(repos: IdentityRepositories, organizationId: string, membershipId: string): Promise<MembershipWithUser> {
    const membership = await repos.memberships.findById(organizationId, membershipId);
    if (!membership || !membership.user) throw AppError.notFound(IdentityErrorCode.MemberNotFound, 'Member not found');
    return membership as MembershipWithUser;
  }
}
