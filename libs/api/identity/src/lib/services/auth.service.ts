import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AppError, AuthenticatedUser, CommonErrorCode } from '@parvis/api/core';
import { normalizeEmail } from '@parvis/shared/domain';
import { MeDto } from '../dto/auth.dto';
import { toMeDto } from '../dto/mappers';
import { IdentityStore } from '../repositories/identity-store';
import { assertAcceptablePassword, IdentityErrorCode } from './identity.errors';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

function lockedError(lockedUntil: Date): AppError {
  return new AppError(
    IdentityErrorCode.AccountLocked,
    `This account is locked after too many failed attempts, until ${lockedUntil.toISOString()}`,
    HttpStatus.LOCKED,
    { lockedUntil: lockedUntil.toISOString() },
  );
}

@Injectable()
export class AuthService {
  constructor(
    private readonly store: IdentityStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the credentials, counts failures, locks after too many; returns a session token. */
  async login(rawEmail: string, password: string, userAgent: string | null): Promise<{ token: string; me: MeDto }> {
    const user = await this.store.repos.users.findByEmail(normalizeEmail(rawEmail));
    if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) throw lockedError(user.lockedUntil);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      if (user) {
        const lockedUntil = await this.store.repos.users.recordFailedLogin(user.id, this.config.loginMaxFailures, this.config.loginLockMinutes);
        if (lockedUntil) throw lockedError(lockedUntil);
      }
      throw new AppError(IdentityErrorCode.InvalidCredentials, 'Incorrect e-mail or password', HttpStatus.UNAUTHORIZED);
    }
    if (user.failedLoginCount > 0 || user.lockedUntil) await this.store.repos.users.clearFailedLogins(user.id);
    const token = await this.sessions.open(user.id, userAgent);
    return { token, me: await this.me(user.id) };
  }

  logout(user: AuthenticatedUser): Promise<void> {
    return this.sessions.close(user.sessionId);
  }

  async me(userId: string): Promise<MeDto> {
    const user = await this.store.repos.users.findById(userId);
    if (!user) throw new AppError(CommonErrorCode.AuthRequired, 'Authentication required', HttpStatus.UNAUTHORIZED);
    return toMeDto(user, await this.store.repos.memberships.listForUser(userId));
  }

  /** Changing one's password closes every other session (a stolen session dies with the old password). */
  async changePassword(current: AuthenticatedUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.store.repos.users.findById(current.id);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw AppError.invalidField('currentPassword', 'currentPassword is not the current password', IdentityErrorCode.WrongPassword);
    }
    assertAcceptablePassword('newPassword', newPassword, user.email);
    await this.store.repos.users.setPassword(user.id, await this.hasher.hash(newPassword));
    await this.store.repos.sessions.deleteAllForUser(user.id, current.sessionId);
  }
}
