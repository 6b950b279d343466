import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The claims of scheduled jobs; deliberately cross-organisation (jobs belong to the instance). */
@Injectable()
export class JobRunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims the job's current occurrence in one statement: true for exactly one caller among any
   * number of instances, once the previous occurrence is due and no live run holds the lease.
   */
  async claim(name: string, everySeconds: number, leaseSeconds: number): Promise<boolean> {
    await this.dataSource.query('INSERT INTO job_run (name) VALUES ($1) ON CONFLICT (name) DO NOTHING', [name]);
    const [rows]: [{ name: string }[], number] = await this.dataSource.query(
      `UPDATE job_run
          SET next_run_at = now() + make_interval(secs => $2), lease_until = now() + make_interval(secs => $3), last_started_at = now()
        WHERE name = $1 AND next_run_at <= now() AND (lease_until IS NULL OR lease_until < now())
        RETURNING name`,
      [name, everySeconds, leaseSeconds],
    );
    return rows.length === 1;
  }

  async finish(name: string, outcome: string): Promise<void> {
    await this.dataSource.query('UPDATE job_run SET lease_until = NULL, last_finished_at = now(), last_outcome = $2 WHERE name = $1', [name, outcome.slice(0, 2000)]);
  }

  /** Makes the next occurrence due at once (tests, and an operator's "run now"). */
  async makeDue(name: string): Promise<void> {
    await this.dataSource.query('UPDATE job_run SET next_run_at = now() WHERE name = $1', [name]);
  }
}
