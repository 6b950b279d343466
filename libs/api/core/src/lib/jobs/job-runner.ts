import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobRunsRepository } from './job-runs.repository';
import { reportOf, type ScheduledJob } from './scheduled-job';

const DEFAULT_LEASE_SECONDS = 600;
/** Each instance looks this often whether a job is due (the claim decides who runs it). */
const TICK_MS = 30_000;

/**
 * The jobs of every module. Features register theirs at start-up (`onModuleInit`); once the
 * application is up, each instance ticks and runs a job only when it wins that occurrence's claim.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, ScheduledJob>();
  private readonly running = new Set<string>();

  constructor(
    private readonly runs: JobRunsRepository,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`Job ${job.name} is registered twice`);
    this.jobs.set(job.name, job);
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled || this.jobs.size === 0) return;
    const tick = setInterval(() => void this.runDue(), Math.min(TICK_MS, ...[...this.jobs.values()].map((job) => job.everySeconds * 1000)));
    tick.unref();
    this.scheduler.addInterval('parvis-jobs', tick);
  }

  onModuleDestroy(): void {
    if (this.scheduler.doesExist('interval', 'parvis-jobs')) this.scheduler.deleteInterval('parvis-jobs');
  }

  /** Runs every registered job whose occurrence this instance claims. */
  async runDue(): Promise<void> {
    for (const job of this.jobs.values()) await this.runIfClaimed(job);
  }

  /** Runs the job now if this instance wins the claim; returns whether it ran. */
  async runIfClaimed(job: ScheduledJob): Promise<boolean> {
    // One run at a time per instance too (a slow run must not overlap the next tick).
    if (this.running.has(job.name)) return false;
    this.running.add(job.name);
    try {
      if (!(await this.runs.claim(job.name, job.everySeconds, job.leaseSeconds ?? DEFAULT_LEASE_SECONDS))) return false;
      let outcome: string;
      try {
        const report = reportOf(await job.run());
        outcome = report.summary;
        // Empty runs at debug: a 30 s job would otherwise write ~2,900 lines a day saying nothing.
        if (report.idle) this.logger.debug(`${job.name}: ${outcome}`);
        else this.logger.log(`${job.name}: ${outcome}`);
      } catch (error) {
        outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
        this.logger.error(`${job.name} ${outcome}`, error instanceof Error ? error.stack : undefined);
      }
      await this.runs.finish(job.name, outcome);
      return true;
    } catch (error) {
      this.logger.warn(`${job.name} could not be claimed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    } finally {
      this.running.delete(job.name);
    }
  }

  /** The registered job of this name, made due at once and run (tests; an operator command later). */
  async runNow(name: string): Promise<boolean> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`No job named ${name}`);
    await this.runs.makeDue(name);
    return this.runIfClaimed(job);
  }

  get registered(): readonly string[] {
    return [...this.jobs.keys()];
  }
}
