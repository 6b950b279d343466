import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AppError, AuthenticatedUser, CommonErrorCode, TransactionContext } from '@parvis/api/core';
import { loginLockDelays, normalizeEmail } from '@parvis/shared/domain';
import { LoginResultDto, MeDto } from '../dto/auth.dto';
import { toMeDto } from '../dto/mappers';
import { IdentityStore } from '../repositories/identity-store';
import { assertAcceptablePassword, IdentityErrorCode } from './identity.errors';
import { passwordContextOf } from './password-context';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { SignInAudit } from './sign-in-audit';

function lockedError(lockedUntil: Date): AppError {
  return new AppError(
    IdentityErrorCode.AccountLocked,
    `Too many failed attempts from this address: try again after ${lockedUntil.toISOString()}`,
    HttpStatus.LOCKED,
    { lockedUntil: lockedUntil.toISOString() },
    { retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000)) },
  );
}

@Injectable()
export class AuthService {
  constructor(
    private readonly store: IdentityStore,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionContext,
    private readonly signIns: SignInAudit,
  ) {}

  /**
   * Checks the credentials. Failures are counted per (e-mail, client address), known e-mail or not,
   * and lock that pair only, for longer each time; the owner is told at their next login.
   */
  async login(rawEmail: string, password: string, clientAddress: string, userAgent: string | null): Promise<{ token: string; me: LoginResultDto }> {
    const email = normalizeEmail(rawEmail);
    const locked = await this.store.repos.loginThrottle.lockedUntil(email, clientAddress);
    const user = await this.store.repos.users.findByEmail(email);
    if (locked) {
      if (user) await this.transactions.run(() => this.signIns.record(user, 'auth.login_failed', { reason: 'locked' }));
      throw lockedError(locked);
    }
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      // The failure is counted and, for a known account, logged in its organisations, together.
      const { lockedUntil } = await this.transactions.run(async () => {
        const counted = await this.store.repos.loginThrottle.recordFailure(email, clientAddress, this.config.loginMaxFailures, loginLockDelays(this.config.loginLockMinutes));
        if (user) await this.signIns.record(user, 'auth.login_failed', { reason: counted.lockedUntil ? 'locked_now' : 'wrong_password' });
        return counted;
      });
      if (lockedUntil) {
        if (user) await this.store.repos.users.recordLockout(email);
        throw lockedError(lockedUntil);
      }
      throw new AppError(IdentityErrorCode.InvalidCredentials, 'Incorrect e-mail or password', HttpStatus.UNAUTHORIZED);
    }
    const { token, notice } = await this.transactions.run(async () => {
      await this.store.repos.loginThrottle.clearFailures(email, clientAddress);
      const lockouts = await this.store.repos.users.takeLockoutNotice(user.id);
      const opened = await this.sessions.open(user.id, userAgent);
      await this.signIns.record(user, 'auth.login');
      return { token: opened, notice: lockouts };
    });
    const securityNotice = notice ? { lockouts: notice.lockouts, lastLockoutAt: notice.lastLockoutAt.toISOString() } : null;
    return { token, me: { ...(await this.me(user.id)), securityNotice } };
  }

  logout(user: AuthenticatedUser): Promise<void> {
    return this.transactions.run(async () => {
      await this.sessions.close(user.sessionId);
      await this.signIns.record(user, 'auth.logout');
    });
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
    assertAcceptablePassword('newPassword', newPassword, await passwordContextOf(this.store.repos, user));
    await this.store.repos.users.setPassword(user.id, await this.hasher.hash(newPassword));
    await this.store.repos.sessions.deleteAllForUser(user.id, current.sessionId);
  }
}
