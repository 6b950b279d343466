import { EntityManager } from 'typeorm';
import { UserEntity } from '../entities';

export class UsersRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(UserEntity);
  }

  findById(userId: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id: userId });
  }

  /** `email` must already be normalised. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ email });
  }

  create(fields: Pick<UserEntity, 'email' | 'displayName' | 'passwordHash'> & { isInstanceAdmin?: boolean }): Promise<UserEntity> {
    return this.repo.save(this.repo.create({ ...fields, isInstanceAdmin: fields.isInstanceAdmin ?? false }));
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.repo.update({ id: userId }, { passwordHash });
  }

  async setDisplayName(userId: string, displayName: string): Promise<void> {
    await this.repo.update({ id: userId }, { displayName });
  }

  async setInstanceAdmin(userId: string, isInstanceAdmin: boolean): Promise<void> {
    await this.repo.update({ id: userId }, { isInstanceAdmin });
  }

  /** Remembers that a lock hit this account, to tell its owner at the next login. */
  async recordLockout(email: string): Promise<void> {
    await this.manager.query(
      'UPDATE app_user SET lockouts_since_login = lockouts_since_login + 1, last_lockout_at = now() WHERE email = $1',
      [email],
    );
  }

  /** The locks since the previous login, reset as they are read (told once). */
  async takeLockoutNotice(userId: string): Promise<{ lockouts: number; lastLockoutAt: Date } | null> {
    const [rows]: [{ lockouts: number; last_lockout_at: Date | null }[], number] = await this.manager.query(
      `UPDATE app_user u SET lockouts_since_login = 0
         FROM (SELECT id, lockouts_since_login, last_lockout_at FROM app_user WHERE id = $1 FOR UPDATE) before
        WHERE u.id = before.id AND before.lockouts_since_login > 0
        RETURNING before.lockouts_since_login AS lockouts, before.last_lockout_at`,
      [userId],
    );
    const row = rows[0];
    return row && row.last_lockout_at ? { lockouts: row.lockouts, lastLockoutAt: new Date(row.last_lockout_at) } : null;
  }
}
