import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type OrgBound, TransactionContext } from '@parvis/api/core';
import type { PublishOutcome, ReconcileOutcome } from '@parvis/api/platform';
import { PostsRepositories } from '@parvis/api/posts';
import { PublicationState } from '../entities';
import type { ClaimedPublication } from '../repositories/publication-claims.repository';
import { PublishingRepositories } from '../repositories/publishing-repositories';
import type { PublishedRecord } from '../repositories/publications.repository';
import { ConnectionsService } from './connections.service';
import { isDatabaseUnavailable } from './database-unavailable';
import { outcomeChanges } from './publication-outcome';
import { PostStatusFollower } from './post-status-follower';
import { PublicationEvents, type RecordedOutcomeEvent } from './publication-events';

/** An attempt's outcome on its way to the row. */
export interface AttemptOutcome {
  row: ClaimedPublication;
  outcome: PublishOutcome | ReconcileOutcome;
  canReconcile: boolean;
  /** When the network answered: the publication's `published_at`, however long the batch waited. */
  settledAt: Date;
  channelName?: string;
}

interface Waiting {
  entry: AttemptOutcome;
  /** When it came (Date.now()): its batch is written GATHER_MS later at the latest. */
  since: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The most outcomes one transaction records. */
const MAX_BATCH = 64;
/**
 * How long an outcome waits for others before its batch is written (unless the batch is full first): a
 * burst then costs a few statements per dozens of outcomes. The row's `published_at` is the network's
 * answer, not the commit, and the call's slot was freed at the answer: nothing is late for it. 40 ms
 * gave batches of ~8 under a 2,000-post burst (9 statements each); 100 ms gives ~20, and halves the
 * round's SQL per publication (2.0 → 1.2, bench/README.md).
 */
const GATHER_MS = 100;

/**
 * Records attempts' outcomes with group commit: an outcome waits GATHER_MS for others, and while one
 * transaction writes, those that arrive wait and go together in the next one (batches under a burst),
 * so a burst costs a few statements per batch instead of a dozen per publication. Each batch: the posts
 * locked in id order (the order every path on a post takes: post, then its publications), the
 * publications written only where their attempt still holds them, the audit lines and notifications,
 * the posts' statuses, one commit. A batch that fails for another reason than the database being
 * unreachable is written again one outcome per transaction, so one bad outcome never holds the others.
 */
@Injectable()
export class OutcomeRecorder implements OnModuleDestroy {
  private readonly logger = new Logger('Publisher');
  private readonly waiting: Waiting[] = [];
  private writing: Promise<void> | null = null;
  /** Ends the current gathering early (a full batch, or the instance stopping). */
  private gathered: (() => void) | null = null;
  private stopping = false;

  constructor(
    private readonly transactions: TransactionContext,
    private readonly repositories: PublishingRepositories,
    private readonly posts: PostsRepositories,
    private readonly connections: ConnectionsService,
    private readonly follower: PostStatusFollower,
    private readonly events: PublicationEvents,
  ) {}

  /** Resolves once the outcome is committed (or found to have lost its lease); rejects with the batch's error. */
  record(entry: AttemptOutcome): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ entry: writable(entry), since: Date.now(), resolve, reject });
      if (this.waiting.length >= MAX_BATCH) this.gathered?.();
      this.writing ??= this.drain();
    });
  }

  /** What is waiting is written now (the instance stops): nothing is left to a lease's expiry. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.gathered?.();
    await this.writing;
  }

  /** Waits until the oldest waiting outcome has waited GATHER_MS, or a batch is full, or the instance stops. */
  private gather(): Promise<void> {
    const wait = GATHER_MS - (Date.now() - (this.waiting[0]?.since ?? 0));
    if (this.stopping || this.waiting.length >= MAX_BATCH || wait <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.gathered?.(), wait);
      this.gathered = () => {
        clearTimeout(timer);
        this.gathered = null;
        resolve();
      };
    });
  }

  /** Writes batches until nothing waits; `writing` is cleared in the same turn as the last check, so no outcome is left behind. */
  private async drain(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        await this.gather();
        const batch = this.waiting.splice(0, MAX_BATCH);
        try {
          this.logRecorded(await this.transactions.run(() => this.write(batch.map((waiting) => waiting.entry))));
          for (const waiting of batch) waiting.resolve();
        } catch (error) {
          if (batch.length === 1 || isDatabaseUnavailable(error)) {
            for (const waiting of batch) waiting.reject(error);
            continue;
          }
          for (const waiting of batch) {
            await this.transactions.run(() => this.write([waiting.entry])).then((lines) => {
              this.logRecorded(lines);
              waiting.resolve();
            }, waiting.reject);
          }
        }
      }
    } finally {
      this.writing = null;
    }
  }

  private logRecorded(lines: readonly string[]): void {
    for (const line of lines) this.logger.log(line);
  }

  /** Writes the batch in the caller's transaction; returns a log line per outcome, logged once committed. */
  private async write(entries: readonly AttemptOutcome[]): Promise<string[]> {
    const lines: string[] = [];
    const byOrganization = new Map<string, AttemptOutcome[]>();
    for (const entry of entries) byOrganization.set(entry.row.organizationId, [...(byOrganization.get(entry.row.organizationId) ?? []), entry]);
    // Organisations in id order too: two instances' batches lock posts in the same global order.
    for (const organizationId of [...byOrganization.keys()].sort()) lines.push(...(await this.writeFor({ organizationId }, byOrganization.get(organizationId) ?? [])));
    return lines;
  }

  private async writeFor(scope: OrgBound, entries: readonly AttemptOutcome[]): Promise<string[]> {
    const lines: string[] = [];
    const locked = await this.posts.forOrg(scope).posts.lockManyByIds(entries.map((entry) => entry.row.postId));
    const publications = this.repositories.forOrg(scope).publications;
    const published = entries.flatMap((entry) => (entry.outcome.status === 'published' ? [{ entry, record: publishedRecord(entry, entry.outcome) }] : []));
    const kept = await publications.recordPublished(published.map(({ record }) => record));
    const recorded: RecordedOutcomeEvent[] = [];
    for (const entry of entries) {
      const { changes, reconnect } = outcomeChanges(entry.outcome, entry.row.attempts, entry.canReconcile, entry.settledAt);
      const state = (changes.state as PublicationState | undefined) ?? PublicationState.Publishing;
      const recordedNow = entry.outcome.status === 'published' ? kept.has(entry.row.id) : await publications.recordOutcome(entry.row.id, entry.row.attempts, changes);
      if (!recordedNow) {
        this.logger.warn(`publication ${entry.row.id}: attempt ${entry.row.attempts} lost its lease; its outcome is left to the next one`);
        continue;
      }
      if (reconnect !== null) await this.connections.flagReconnectRequired(scope, entry.row.channelId, reconnect);
      recorded.push({ attempt: { publicationId: entry.row.id, postId: entry.row.postId, channelId: entry.row.channelId, attempt: entry.row.attempts, channelName: entry.channelName }, outcome: entry.outcome, state });
      lines.push(`publication ${entry.row.id} attempt ${entry.row.attempts}: ${state}`);
    }
    await this.events.outcomesRecorded(scope, recorded);
    const touched = new Set(recorded.map((event) => event.attempt.postId));
    await this.follower.followLocked(scope, locked.filter((post) => touched.has(post.id)));
    return lines;
  }
}

/** The platform's words as PostgreSQL takes them: text and JSON refuse NUL bytes (an outcome must never be unwritable). */
function writable(entry: AttemptOutcome): AttemptOutcome {
  if (entry.outcome.status !== 'failed' || !entry.outcome.message.includes('\u0000')) return entry;
  return { ...entry, outcome: { ...entry.outcome, message: entry.outcome.message.replaceAll('\u0000', '') } };
}

function publishedRecord(entry: AttemptOutcome, outcome: Extract<PublishOutcome | ReconcileOutcome, { status: 'published' }>): PublishedRecord {
  return { id: entry.row.id, attempt: entry.row.attempts, remoteId: outcome.remoteId, remoteUrl: outcome.url, parts: outcome.parts, publishedAt: entry.settledAt };
}
