import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig, type OrgBound, TransactionContext } from '@parvis/api/core';
import type { PublishOutcome, ReconcileOutcome } from '@parvis/api/platform';
import { PostsRepositories, type PostPublicationsPort } from '@parvis/api/posts';
import { PublicationState } from '../entities';
import { PublicationClaimsRepository, type ClaimedPublication } from '../repositories/publication-claims.repository';
import { PublishingRepositories } from '../repositories/publishing-repositories';
import { ConnectionsService } from './connections.service';
import { isDatabaseUnavailable } from './database-unavailable';
import { outcomeChanges } from './publication-outcome';
import { PostStatusFollower } from './post-status-follower';
import { PublicationEvents } from './publication-events';
import { PublishRequestBuilder } from './publish-request-builder';

// How often each instance looks for due publications (PUBLISHER_TICK_MS) and how long a claim is held
// (PUBLISHER_LEASE_SECONDS: longer than any publish call, media processing included; past it, the row is
// reconciled by whichever instance claims it next) come from the configuration.
const CLAIM_BATCH = 20;
/**
 * Sends one instance keeps going at most (the claim's per-network limits apply on top, across instances).
 * Measured with bench/publishing-punctuality.mjs: 32 was slower than 16 (the database pool has 10 connections).
 */
const MAX_IN_FLIGHT = 16;
/** The pump claims again once this many slots are free (one claim query per few completions, not per one). */
const REFILL_AT = 6;
const TICK_INTERVAL = 'parvis-publisher';

/**
 * The scheduler: every instance with PUBLISHER_ENABLED ticks, claims due publications (short
 * transaction, committed), calls the network with no transaction open, then records the outcome.
 */
@Injectable()
export class PublisherService implements OnApplicationBootstrap, OnModuleDestroy, PostPublicationsPort {
  private readonly logger = new Logger('Publisher');
  private running: Promise<number> | null = null;
  private inFlight = 0;
  private claiming = false;
  /** The last claim found nothing due: completions stop claiming until the next tick looks again. */
  private idle = true;

  constructor(
    private readonly claims: PublicationClaimsRepository,
    private readonly repositories: PublishingRepositories,
    private readonly posts: PostsRepositories,
    private readonly connections: ConnectionsService,
    private readonly follower: PostStatusFollower,
    private readonly events: PublicationEvents,
    private readonly requests: PublishRequestBuilder,
    private readonly transactions: TransactionContext,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.publisherEnabled) return;
    const interval = setInterval(() => this.pump(), this.config.publisherTickMs);
    interval.unref();
    this.scheduler.addInterval(TICK_INTERVAL, interval);
  }

  onModuleDestroy(): void {
    if (this.scheduler.doesExist('interval', TICK_INTERVAL)) this.scheduler.deleteInterval(TICK_INTERVAL);
  }

  /**
   * The interval's work: keeps up to MAX_IN_FLIGHT sends going, claiming again as soon as REFILL_AT slots
   * are free instead of waiting for a whole batch to finish (one slow call no longer holds the others
   * back). One claim at a time; after an empty claim the next tick looks again.
   */
  private pump(): void {
    const free = MAX_IN_FLIGHT - this.inFlight;
    if (this.claiming || free < REFILL_AT) return;
    this.claiming = true;
    void this.claimBatch(free).then((rows) => {
      this.claiming = false;
      this.idle = rows.length === 0;
      for (const row of rows) {
        this.inFlight += 1;
        void this.send(row)
          .catch((error: unknown) => this.logger.error(`publication ${row.id}: ${error instanceof Error ? error.message : String(error)}`))
          .finally(() => {
            this.inFlight -= 1;
            if (!this.idle) this.pump();
          });
      }
    });
  }

  /** One pass (tests tick explicitly): claims a batch and sends it; one pass at a time. Returns how many it handled. */
  tick(): Promise<number> {
    this.running ??= this.pass()
      .catch((error: unknown) => {
        // Never an unhandled rejection (it would stop the process): what was claimed is reconciled later.
        this.logger.error(`publisher pass failed: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /**
   * One publication row per variant of the post (idempotent): what scheduling a post creates; rows
   * never attempted move to `dueAt`. The POST_PUBLICATIONS port the post moves call.
   */
  async ensureFor(scope: OrgBound, postId: string, dueAt: Date): Promise<void> {
    await this.transactions.run(async () => {
      await this.repositories.forOrg(scope).publications.moveNotStarted(postId, dueAt);
      const existing = new Set((await this.repositories.forOrg(scope).publications.forPost(postId)).map((row) => row.variantId));
      for (const variant of await this.posts.forOrg(scope).variants.forPost(postId)) {
        if (existing.has(variant.id)) continue;
        await this.repositories.forOrg(scope).publications.insert({ postId, variantId: variant.id, channelId: variant.channelId, dueAt, nextAttemptAt: dueAt, publishedParts: [] });
      }
    });
  }

  /** Unschedule, or an edit sending the post back to review: what was never attempted goes. */
  cancelNotStarted(scope: OrgBound, postId: string): Promise<number> {
    return this.transactions.run(() => this.repositories.forOrg(scope).publications.deleteNotStarted(postId));
  }

  private async pass(): Promise<number> {
    const claimed = await this.claimBatch(CLAIM_BATCH);
    await Promise.all(claimed.map((row) => this.send(row)));
    return claimed.length;
  }

  /** Claims up to `limit` due publications; none when the claim fails (the next tick tries again). */
  private async claimBatch(limit: number): Promise<ClaimedPublication[]> {
    let claimed: ClaimedPublication[];
    try {
      // The claim and the posts it starts (scheduled → publishing) commit together.
      claimed = await this.transactions.run(async () => {
        const rows = await this.claims.claim(limit, this.config.publisherLeaseSeconds, this.connections.claimLimits());
        for (const post of new Map(rows.map((row) => [row.postId, row.organizationId]))) await this.follower.follow({ organizationId: post[1] }, post[0]);
        return rows;
      });
    } catch (error) {
      this.logger.error(`claiming due publications failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    return claimed;
  }

  private async send(row: ClaimedPublication): Promise<void> {
    const scope: OrgBound = { organizationId: row.organizationId };
    let outcome: PublishOutcome | ReconcileOutcome;
    let canReconcile = false;
    let called = false;
    try {
      const session = await this.connections.session(scope, row.channelId);
      canReconcile = Boolean(session.adapter.reconcile && session.adapter.capabilities.reconcile);
      const request = await this.requests.build(scope, row, { network: session.network, linkCard: session.adapter.capabilities.linkCard, mint: () => session.adapter.mintPartKey() });
      called = true;
      outcome = row.reconcileFirst && session.adapter.reconcile ? await session.adapter.reconcile(request, session.credentials, { ...session.context, since: row.attemptStartedAt }) : { status: 'not_published', parts: row.publishedParts };
      if (outcome.status === 'not_published') outcome = await session.adapter.publish({ ...request, alreadyPublished: outcome.parts }, session.credentials, session.context);
    } catch (error) {
      // Nothing known was sent (no channel, no connection, a bug before the call): stop with the reason,
      // unless the database was unreachable while the request was read: nothing was sent, try again later.
      this.logger.error(`publication ${row.id} could not be sent: ${error instanceof Error ? error.message : String(error)}`);
      const kind = !called && isDatabaseUnavailable(error) ? 'transient' : 'invalid_content';
      outcome = { status: 'failed', kind, message: error instanceof Error ? error.message : String(error), parts: row.publishedParts };
    }
    await this.recordUntilLeaseEnds(scope, row, outcome, canReconcile);
  }

  /**
   * The outcome must reach the row: while the database is unreachable (a restart), retry with backoff
   * until the lease ends; past it the row is reconciled by the next claim, so nothing is sent twice.
   */
  private async recordUntilLeaseEnds(scope: OrgBound, row: ClaimedPublication, outcome: PublishOutcome | ReconcileOutcome, canReconcile: boolean): Promise<void> {
    const leaseEnds = new Date(row.attemptStartedAt).getTime() + this.config.publisherLeaseSeconds * 1000;
    for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
      try {
        await this.record(scope, row, outcome, canReconcile);
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!isDatabaseUnavailable(error) || Date.now() + delay >= leaseEnds) {
          this.logger.error(`publication ${row.id} attempt ${row.attempts}: its outcome could not be recorded (${message}); it is reconciled when its lease ends`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private async record(scope: OrgBound, row: ClaimedPublication, outcome: PublishOutcome | ReconcileOutcome, canReconcile: boolean): Promise<void> {
    const { changes, reconnect } = outcomeChanges(outcome, row.attempts, canReconcile);
    const state = (changes.state as PublicationState | undefined) ?? PublicationState.Publishing;
    await this.transactions.run(async () => {
      // The post first, then its publication: the order every path on a post takes (unschedule, cancel, retry).
      await this.posts.forOrg(scope).posts.lockById(row.postId);
      const kept = await this.repositories.forOrg(scope).publications.recordOutcome(row.id, row.attempts, changes);
      if (!kept) {
        this.logger.warn(`publication ${row.id}: attempt ${row.attempts} lost its lease; its outcome is left to the next one`);
        return;
      }
      if (reconnect !== null) await this.connections.flagReconnectRequired(scope, row.channelId, reconnect);
      await this.events.outcomeRecorded(scope, { publicationId: row.id, postId: row.postId, channelId: row.channelId, attempt: row.attempts }, outcome, state);
      await this.follower.follow(scope, row.postId);
    });
    this.logger.log(`publication ${row.id} attempt ${row.attempts}: ${state}`);
  }
}
