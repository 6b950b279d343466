/** A job every instance schedules; the claim in `job_run` makes one of them run each occurrence. */
export interface ScheduledJob {
  /** Unique, stable: the claim row's key (`identity.expired-sessions`). */
  readonly name: string;
  /** How often it runs (at most once per period across all instances). */
  readonly everySeconds: number;
  /** Longer than any run: past it, a run whose instance died is taken over. Default: 10 minutes. */
  readonly leaseSeconds?: number;
  /** Idempotent work; returns a one-line summary for the log. */
  run(): Promise<string>;
}
