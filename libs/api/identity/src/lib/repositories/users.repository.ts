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
    await this.repo.update({ id: userId }, { passwordHash, failedLoginCount: 0, lockedUntil: null });
  }

  async setDisplayName(userId: string, displayName: string): Promise<void> {
    await this.repo.update({ id: userId }, { displayName });
  }

  async setInstanceAdmin(userId: string, isInstanceAdmin: boolean): Promise<void> {
    await this.repo.update({ id: userId }, { isInstanceAdmin });
  }

  /**
   * Counts a failed login in one statement (concurrent attempts cannot lose a count) and locks the
   * account when the count reaches `maxFailures`. Returns the lock end, or null.
   */
  async recordFailedLogin(userId: string, maxFailures: number, lockMinutes: number): Promise<Date | null> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's query().
    const [rows]: [{ locked_until: Date | null }[], number] = await this.manager.query(
      `UPDATE app_user
          SET failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
              locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
        WHERE id = $1
        RETURNING locked_until`,
      [userId, maxFailures, lockMinutes],
    );
    const lockedUntil = rows[0]?.locked_until ?? null;
    return lockedUntil && new Date(lockedUntil).getTime() > Date.now() ? new Date(lockedUntil) : null;
  }

  async clearFailedLogins(userId: string): Promise<void> {
    await this.repo.update({ id: userId }, { failedLoginCount: 0, lockedUntil: null });
  }
}
