import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per scheduled job: the claim that lets exactly one instance run each occurrence, however
 * many instances tick (PostgreSQL is the coordinator, as for publishing).
 */
@Entity({ name: 'job_run' })
export class JobRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  /** The next occurrence may start from then on. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextRunAt!: Date;

  /** Set while an instance runs it; past it, the run is considered dead and the job may start again. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastStartedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFinishedAt!: Date | null;

  /** The last run's outcome: its summary, or the error it failed with. */
  @Column({ type: 'text', nullable: true })
  lastOutcome!: string | null;
}

export const JOB_ENTITIES = [JobRunEntity];
