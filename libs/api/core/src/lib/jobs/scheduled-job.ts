/** A job every instance schedules; the claim in `job_run` makes one of them run each occurrence. */
export interface ScheduledJob {
  /** Unique, stable: the claim row's key (`identity.expired-sessions`). */
  readonly name: string;
  /** How often it runs (at most once per period across all instances). */
  readonly everySeconds: number;
  /** Longer than any run: past it, a run whose instance died is taken over. Default: 10 minutes. */
  readonly leaseSeconds?: number;
  /**
   * Idempotent work; returns a one-line summary for the log: a report, or a summary whose counts
   * tell the work done (`0 mail(s) sent, 0 deferred`: every count 0 means the run had nothing to do).
   */
  run(): Promise<string | JobReport>;
}

/** What a run did, when its summary's counts cannot tell it. */
export interface JobReport {
  summary: string;
  /** Nothing to do: logged at debug level (a job every 30 s would fill the log with empty runs). */
  idle: boolean;
}

/** An idle run: a report saying so, or a summary with counts that are all 0. */
export function reportOf(result: string | JobReport): JobReport {
  if (typeof result !== 'string') return result;
  const counts = result.match(/\d+/g) ?? [];
  return { summary: result, idle: counts.length > 0 && counts.every((count) => Number(count) === 0) };
}
