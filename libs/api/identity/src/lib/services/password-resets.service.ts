import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError, generateToken, hashToken } from '@parvis/api/core';
import { normalizeEmail } from '@parvis/shared/domain';
import { PasswordResetPreviewDto } from '../dto/auth.dto';
import { PasswordResetLinkDto } from '../dto/organization.dto';
import { PasswordResetEntity } from '../entities';
import { IdentityMails } from '../mail/identity-mails';
import { IdentityStore } from '../repositories/identity-store';
import { assertAcceptablePassword, IdentityErrorCode } from './identity.errors';
import { LinksService, PASSWORD_RESET_TTL_HOURS } from './links.service';
import { passwordContextOf } from './password-context';
import { PasswordHasher } from './password-hasher';

@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly store: IdentityStore,
    private readonly hasher: PasswordHasher,
    private readonly links: LinksService,
    private readonly mails: IdentityMails,
  ) {}

  /**
   * Issues a single-use link (handed over by an admin or the operator, and mailed to the account when
   * mail is configured, in the same transaction as the link's row); earlier links stop working.
   */
  async issue(userId: string, issuedByUserId: string | null): Promise<PasswordResetLinkDto> {
    const token = generateToken();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_HOURS * 3600 * 1000);
    const resetUrl = this.links.passwordReset(token);
    const mailed = await this.store.transaction(async (repos) => {
      await repos.passwordResets.closeAllForUser(userId);
      await repos.passwordResets.create({ userId, tokenHash: hashToken(token), issuedByUserId, expiresAt });
      return this.mailTo(userId, resetUrl);
    });
    return { resetUrl, expiresAt: expiresAt.toISOString(), mailed };
  }

  /**
   * « Mot de passe oublié » (public, rate-limited per client): mails a link to the account with this
   * address, if there is one and mail is configured. The caller learns nothing either way.
   */
  async request(rawEmail: string): Promise<void> {
    if (!this.mails.enabled) return;
    const user = await this.store.repos.users.findByEmail(normalizeEmail(rawEmail));
    if (!user) return;
    await this.issue(user.id, null);
  }

  async preview(token: string): Promise<PasswordResetPreviewDto> {
    const reset = await this.findOpen(token);
    return { email: reset.user?.email ?? '', expiresAt: reset.expiresAt.toISOString() };
  }

  /** Sets the new password, consumes the link and every other one of the account, closes every session. */
  async confirm(token: string, newPassword: string): Promise<void> {
    const reset = await this.findOpen(token);
    assertAcceptablePassword('newPassword', newPassword, await passwordContextOf(this.store.repos, { id: reset.userId, email: reset.user?.email ?? '' }));
    const passwordHash = await this.hasher.hash(newPassword);
    await this.store.transaction(async (repos) => {
      if (!(await repos.passwordResets.markUsed(reset.id))) {
        throw new AppError(IdentityErrorCode.ResetExpired, 'This link has already been used', HttpStatus.GONE);
      }
      await repos.passwordResets.closeAllForUser(reset.userId);
      await repos.users.setPassword(reset.userId, passwordHash);
      await repos.sessions.deleteAllForUser(reset.userId);
    });
  }

  /**
   * A member's mail goes in their first organisation's outbox; an instance operator in none gets it
   * from the instance's own outbox. Any other account in no organisation gets none.
   */
  private async mailTo(userId: string, resetUrl: string): Promise<boolean> {
    const repos = this.store.repos;
    const user = await repos.users.findById(userId);
    if (!user) return false;
    const [first] = await repos.memberships.listForUser(userId);
    if (first) return this.mails.passwordReset({ organizationId: first.organizationId }, user.email, user.displayName, resetUrl);
    if (user.isInstanceAdmin) return this.mails.passwordReset('instance', user.email, user.displayName, resetUrl);
    return false;
  }

  private async findOpen(token: string): Promise<PasswordResetEntity> {
    const reset = await this.store.repos.passwordResets.findByTokenHash(hashToken(token));
    if (!reset) throw AppError.notFound(IdentityErrorCode.ResetNotFound, 'This password reset link is not valid');
    if (reset.usedAt || reset.expiresAt.getTime() <= Date.now()) {
      throw new AppError(IdentityErrorCode.ResetExpired, 'This password reset link has expired or was already used', HttpStatus.GONE);
    }
    return reset;
  }
}
