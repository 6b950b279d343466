import { EntityManager, LessThan } from 'typeorm';
import { LoginThrottleEntity } from '../entities/login-throttle.entity';

export interface FailureOutcome {
  /** Set when this failure started a lock. */
  lockedUntil: Date | null;
}

export class LoginThrottleRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(LoginThrottleEntity);
  }

  async lockedUntil(accountKey: string, clientAddress: string): Promise<Date | null> {
    const row = await this.repo.findOneBy({ accountKey, clientAddress });
    return row?.lockedUntil && row.lockedUntil.getTime() > Date.now() ? row.lockedUntil : null;
  }

  /**
   * Counts a failure in one statement (concurrent attempts lose no count). On the `maxFailures`-th,
   * the pair is locked for `delays[lockouts]` minutes (the last delay once past the list) and the
   * count starts again.
   */
  async recordFailure(accountKey: string, clientAddress: string, maxFailures: number, delays: number[]): Promise<FailureOutcome> {
    const [row]: { locked_until: Date | null; locking: boolean }[] = await this.manager.query(
      `INSERT INTO login_throttle AS t (account_key, client_address, failures, lockouts, locked_until, updated_at)
       VALUES ($1, $2, CASE WHEN $3 <= 1 THEN 0 ELSE 1 END, CASE WHEN $3 <= 1 THEN 1 ELSE 0 END,
               CASE WHEN $3 <= 1 THEN now() + make_interval(mins => ($4::int[])[1]) END, now())
       ON CONFLICT (account_key, client_address) DO UPDATE SET
         failures = CASE WHEN t.failures + 1 >= $3 THEN 0 ELSE t.failures + 1 END,
         lockouts = CASE WHEN t.failures + 1 >= $3 THEN t.lockouts + 1 ELSE t.lockouts END,
         locked_until = CASE WHEN t.failures + 1 >= $3
                             THEN now() + make_interval(mins => ($4::int[])[LEAST(t.lockouts + 1, cardinality($4::int[]))])
                             ELSE t.locked_until END,
         updated_at = now()
       RETURNING locked_until, (failures = 0 AND locked_until > now()) AS locking`,
      [accountKey, clientAddress, maxFailures, delays],
    );
    return { lockedUntil: row?.locking && row.locked_until ? new Date(row.locked_until) : null };
  }

  /** A successful login from this address forgets its failures (not its past locks elsewhere). */
  async clearFailures(accountKey: string, clientAddress: string): Promise<void> {
    await this.repo.update({ accountKey, clientAddress }, { failures: 0, lockedUntil: null });
  }

  /** Rows untouched for longer than any lock: nothing left to remember. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    const result = await this.repo.delete({ updatedAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }
}
