import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError, AuthenticatedUser, hashToken } from '@parvis/api/core';
import { InvitationPreviewDto, MeDto } from '../dto/auth.dto';
import { toMeDto } from '../dto/mappers';
import { InvitationEntity } from '../entities';
import { IdentityRepositories, IdentityStore } from '../repositories/identity-store';
import { assertAcceptablePassword, IdentityErrorCode } from './identity.errors';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

/**
 * The invitation link's side. A new e-mail creates its account here; an e-mail that has an account
 * joins only once logged in (the login's limits and locks apply: no password is ever checked here).
 * The preview says nothing about whether the e-mail has an account.
 */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    private readonly store: IdentityStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  async preview(token: string): Promise<InvitationPreviewDto> {
    const invitation = await this.findOpen(this.store.repos, token);
    return {
      email: invitation.email,
      organizationName: invitation.organization?.name ?? '',
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  async acceptAsNewAccount(token: string, password: string, displayName: string, userAgent: string | null): Promise<{ token: string; me: MeDto }> {
    const me = await this.createAccount(token, password, displayName);
    return { token: await this.sessions.open(me.user.id, userAgent), me };
  }

  /** The invited e-mail's new account and membership, without opening a session (the link's page opens one; the demo seed needs none). */
  async createAccount(token: string, password: string, displayName: string): Promise<MeDto> {
    const invitation = await this.findOpen(this.store.repos, token);
    const name = displayName.trim();
    if (name.length === 0) throw AppError.invalidField('displayName', 'displayName must not be empty');
    assertAcceptablePassword('password', password, { email: invitation.email, organizationName: invitation.organization?.name ?? [] });
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.store.transaction(async (repos) => {
      const open = await this.findOpen(repos, token);
      if (await repos.users.findByEmail(open.email)) {
        throw AppError.conflict(IdentityErrorCode.InvitationLoginRequired, 'This e-mail already has an account: log in with it, then accept the invitation');
      }
      const user = await repos.users.create({ email: open.email, displayName: name, passwordHash });
      await this.consume(repos, open, user.id);
      return user.id;
    });
    return this.me(userId);
  }

  /** The logged-in account joins, if the invitation was sent to its e-mail. */
  async join(token: string, user: AuthenticatedUser): Promise<MeDto> {
    await this.store.transaction(async (repos) => {
      const invitation = await this.findOpen(repos, token);
      if (invitation.email !== user.email) {
        throw AppError.forbidden(IdentityErrorCode.InvitationOtherAccount, 'This invitation was sent to another e-mail address: log in with that one');
      }
      await this.consume(repos, invitation, user.id);
    });
    return this.me(user.id);
  }

  private async consume(repos: IdentityRepositories, invitation: InvitationEntity, userId: string): Promise<void> {
    if (!(await repos.invitations.markAccepted(invitation.id))) {
      throw new AppError(IdentityErrorCode.InvitationUsed, 'This invitation has already been used', HttpStatus.GONE);
    }
    if (!(await repos.memberships.findByUser(invitation.organizationId, userId))) {
      await repos.memberships.create(invitation.organizationId, userId, invitation.role);
    }
  }

  private async me(userId: string): Promise<MeDto> {
    const user = await this.store.repos.users.findById(userId);
    if (!user) throw new Error('Accepted user vanished');
    return toMeDto(user, await this.store.repos.memberships.listForUser(userId));
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
