import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError, generateToken, hashToken, OrgBound } from '@parvis/api/core';
import { normalizeEmail, Role } from '@parvis/shared/domain';
import { InvitationPreviewDto, MeDto } from '../dto/auth.dto';
import { CreatedInvitationDto, InvitationDto } from '../dto/organization.dto';
import { toInvitationDto, toMeDto } from '../dto/mappers';
import { InvitationEntity } from '../entities';
import { IdentityRepositories, IdentityStore } from '../repositories/identity-store';
import { assertAcceptablePassword, IdentityErrorCode } from './identity.errors';
import { INVITATION_TTL_DAYS, LinksService } from './links.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

/** Pending invitations listed per organisation, newest first. */
export const MAX_PENDING_INVITATIONS = 500;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly store: IdentityStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly links: LinksService,
  ) {}

  /**
   * Creates an invitation; used by admins and, for the first admin, by the instance operator (inside
   * the organisation's creation: the transaction context makes it part of it).
   */
  async create(organizationId: string, rawEmail: string, role: Role, invitedByUserId: string | null): Promise<CreatedInvitationDto> {
    const repos = this.store.repos;
    const email = normalizeEmail(rawEmail);
    const existing = await repos.users.findByEmail(email);
    if (existing && (await this.store.forOrg({ organizationId }).memberships.findByUserId(existing.id))) {
      throw AppError.conflict(IdentityErrorCode.AlreadyMember, `${email} is already a member of this organisation`);
    }
    const token = generateToken();
    const invitation = await repos.invitations.create(organizationId, {
      email,
      role,
      tokenHash: hashToken(token),
      invitedByUserId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
    });
    return { invitation: toInvitationDto(invitation), acceptUrl: this.links.invitation(token) };
  }

  /** The open invitations, newest first (at most MAX_PENDING_INVITATIONS, stated in the API). */
  async listPending(scope: OrgBound): Promise<InvitationDto[]> {
    return (await this.store.forOrg(scope).invitations.listPending(MAX_PENDING_INVITATIONS)).map(toInvitationDto);
  }

  async revoke(scope: OrgBound, invitationId: string): Promise<void> {
    const invitations = this.store.forOrg(scope).invitations;
    if (!(await invitations.findById(invitationId))) throw AppError.notFound(IdentityErrorCode.InvitationNotFound, 'Invitation not found');
    await invitations.revoke(invitationId);
  }

  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.findOpen(this.store.repos, token);
    const existing = await this.store.repos.users.findByEmail(invitation.email);
    return {
      email: invitation.email,
      organizationName: invitation.organization?.name ?? '',
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      existingAccount: existing !== null,
    };
  }

  /**
   * New e-mail: creates the account with the given name and password. Known e-mail: the password
   * must be the account's own (nobody joins an organisation on someone else's behalf).
   */
  async accept(token: string, password: string, displayName: string | undefined, userAgent: string | null): Promise<{ token: string; me: MeDto }> {
    const userId = await this.store.transaction(async (repos) => {
      const invitation = await this.findOpen(repos, token);
      let user = await repos.users.findByEmail(invitation.email);
      if (user) {
        if (!(await this.hasher.verify(user.passwordHash, password))) {
          throw AppError.invalidField('password', 'password is not the password of this account', IdentityErrorCode.WrongPassword);
        }
      } else {
        if (!displayName || displayName.trim().length === 0) throw AppError.invalidField('displayName', 'displayName is required for a new account');
        assertAcceptablePassword('password', password, invitation.email);
        user = await repos.users.create({ email: invitation.email, displayName: displayName.trim(), passwordHash: await this.hasher.hash(password) });
      }
      if (!(await repos.invitations.markAccepted(invitation.id))) {
        throw new AppError(IdentityErrorCode.InvitationUsed, 'This invitation has already been used', HttpStatus.GONE);
      }
      if (!(await repos.memberships.findByUser(invitation.organizationId, user.id))) {
        await repos.memberships.create(invitation.organizationId, user.id, invitation.role);
      }
      return user.id;
    });
    const sessionToken = await this.sessions.open(userId, userAgent);
    const user = await this.store.repos.users.findById(userId);
    if (!user) throw new Error('Accepted user vanished');
    return { token: sessionToken, me: toMeDto(user, await this.store.repos.memberships.listForUser(userId)) };
  }

  private async findOpen(repos: IdentityRepositories, token: string): Promise<InvitationEntity> {
    const invitation = await repos.invitations.findByTokenHash(hashToken(token));
    if (!invitation || invitation.revokedAt) throw AppError.notFound(IdentityErrorCode.InvitationNotFound, 'This invitation link is not valid');
    if (invitation.acceptedAt) throw new AppError(IdentityErrorCode.InvitationUsed, 'This invitation has already been used', HttpStatus.GONE);
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw new AppError(IdentityErrorCode.InvitationExpired, 'This invitation has expired: ask an administrator for a new one', HttpStatus.GONE);
    }
    return invitation;
  }
}
