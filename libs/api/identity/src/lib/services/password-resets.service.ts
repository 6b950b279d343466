import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError, generateToken, hashToken } from '@parvis/api/core';
import { PasswordResetPreviewDto } from '../dto/auth.dto';
import { PasswordResetLinkDto } from '../dto/organization.dto';
import { PasswordResetEntity } from '../entities';
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
  ) {}

  /** Issues a single-use link (handed over by an admin or the operator until e-mail exists); earlier links stop working. */
  async issue(userId: string, issuedByUserId: string | null): Promise<PasswordResetLinkDto> {
    const token = generateToken();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_HOURS * 3600 * 1000);
    await this.store.transaction(async (repos) => {
      await repos.passwordResets.closeAllForUser(userId);
      await repos.passwordResets.create({ userId, tokenHash: hashToken(token), issuedByUserId, expiresAt });
    });
    return { resetUrl: this.links.passwordReset(token), expiresAt: expiresAt.toISOString() };
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

  private async findOpen(token: string): Promise<PasswordResetEntity> {
    const reset = await this.store.repos.passwordResets.findByTokenHash(hashToken(token));
    if (!reset) throw AppError.notFound(IdentityErrorCode.ResetNotFound, 'This password reset link is not valid');
    if (reset.usedAt || reset.expiresAt.getTime() <= Date.now()) {
      throw new AppError(IdentityErrorCode.ResetExpired, 'This password reset link has expired or was already used', HttpStatus.GONE);
    }
    return reset;
  }
}
