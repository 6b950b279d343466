import { EntityManager, LessThan } from 'typeorm';
import { UserSessionEntity } from '../entities';

export class SessionsRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(UserSessionEntity);
  }

  create(fields: { userId: string; tokenHash: string; expiresAt: Date; userAgent: string | null }): Promise<UserSessionEntity> {
    return this.repo.save(this.repo.create({ ...fields, lastSeenAt: new Date() }));
  }

  findByTokenHash(tokenHash: string): Promise<UserSessionEntity | null> {
    return this.repo.findOne({ where: { tokenHash }, relations: { user: true } });
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

  async deleteExpired(): Promise<void> {
    await this.repo.delete({ expiresAt: LessThan(new Date()) });
  }
}
