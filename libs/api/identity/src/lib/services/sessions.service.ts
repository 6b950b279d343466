import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthenticatedUser, generateToken, hashToken } from '@parvis/api/core';
import { IdentityStore } from '../repositories/identity-store';

/** Sliding sessions are extended at most this often, so reads do not write on every request. */
const EXTEND_AFTER_MS = 5 * 60 * 1000;

@Injectable()
export class SessionsService {
  constructor(
    private readonly store: IdentityStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3600 * 1000;
  }

  /** Opens a session and returns the token for the cookie (only its hash is stored). */
  async open(userId: string, userAgent: string | null): Promise<string> {
    const token = generateToken();
    await this.store.repos.sessions.create({
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
      userAgent: userAgent ? userAgent.slice(0, 255) : null,
    });
    return token;
  }

  async resolve(token: string): Promise<AuthenticatedUser | null> {
    const session = await this.store.repos.sessions.findActiveByTokenHash(hashToken(token));
    if (!session) return null;
    const now = Date.now();
    if (new Date(session.expiresAt).getTime() <= now) {
      await this.store.repos.sessions.delete(session.sessionId);
      return null;
    }
    if (now - new Date(session.lastSeenAt).getTime() > EXTEND_AFTER_MS) {
      await this.store.repos.sessions.extend(session.sessionId, new Date(now + this.ttlMs));
    }
    return { id: session.userId, email: session.email, displayName: session.displayName, isInstanceAdmin: session.isInstanceAdmin, sessionId: session.sessionId };
  }

  close(sessionId: string): Promise<void> {
    return this.store.repos.sessions.delete(sessionId);
  }
}
