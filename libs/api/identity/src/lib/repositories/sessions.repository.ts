import { EntityManager, LessThan } from 'typeorm';
import { UserSessionEntity } from '../entities';

export interface ActiveSession {
  sessionId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  email: string;
  displayName: string;
  isInstanceAdmin: boolean;
}

export class SessionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(UserSessionEntity);
  }

  create(fields: { userId: string; tokenHash: string; expiresAt: Date; userAgent: string | null }): Promise<UserSessionEntity> {
    return this.repo.save(this.repo.create({ ...fields, lastSeenAt: new Date() }));
  }

  /** Runs on every authenticated request: one plain statement rather than the ORM's query building. */
  async findActiveByTokenHash(tokenHash: string): Promise<ActiveSession | null> {
    const rows: ActiveSession[] = await this.manager.query(
      `SELECT s.id AS "sessionId", s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt",
              u.id AS "userId", u.email, u.display_name AS "displayName", u.is_instance_admin AS "isInstanceAdmin"
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async extend(sessionId: string, expiresAt: Date): Promise<void> {
    await this.repo.update({ id: sessionId }, { lastSeenAt: new Date(), expiresAt });
  }

  async delete(sessionId: string): Promise<void> {
    await this.repo.delete({ id: sessionId });
  }

  async deleteAllForUser(userId: string, exceptSessionId?: string): Promise<void> {
    const query = this.repo.createQueryBuilder().delete().where('user_id = :userId', { userId });
    if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await query.execute();
  }

  /** Returns how many were removed. */
  async deleteExpired(): Promise<number> {
    return (await this.repo.delete({ expiresAt: LessThan(new Date()) })).affected ?? 0;
  }
}
