import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, AppError, type AppConfig, type OrgBound, TransactionContext } from '@parvis/api/core';
import type { PublishOutcome, ReconcileOutcome } from '@parvis/api/platform';
import { PostsRepositories, type PostPublicationsPort } from '@parvis/api/posts';
import { PostStatus } from '@parvis/shared/domain';
import { PublishingErrorCode } from '../publishing.errors';
import { partCount } from '../repositories/publication-sources';
import { PublicationClaimsRepository, type ClaimedPublication, type ClaimNetworks } from '../repositories/publication-claims.repository';
import { PublishingRepositories } from '../repositories/publishing-repositories';
import { ConnectionsService } from './connections.service';
import { isDatabaseUnavailable } from './database-unavailable';
import { OutcomeRecorder, type AttemptOutcome } from './outcome-recorder';
import { PostStatusFollower } from './post-status-follower';
import { PublishRequestBuilder } from './publish-request-builder';

// How often each instance looks for due publications (PUBLISHER_TICK_MS) and how long a claim is held
// (PUBLISHER_LEASE_SECONDS: longer than any publish call, media processing included; past it, the row is
// reconciled by whichever instance claims it next) come from the configuration.
const CLAIM_BATCH = 20;
/**
 * A network claims again once this many of its slots are free (one claim query per few answers, not
 * per one). Its claims are one at a time: the slots freed while one runs are taken by the next.
 */
const NETWORK_REFILL_AT = 8;
/** The claims of everything not sent through an automatic network's adapter (hand-overs…). */
const OTHER_NETWORKS = '*';
/** Outcomes waiting for their batch, at most, per call slot: past it the pump stops claiming until they are written. */
const ANSWERED_PER_SLOT = 4;
const TICK_INTERVAL = 'parvis-publisher';

/** The adapter a claimed publication goes through ('' when its channel is not connected). */
const networkOf = (row: ClaimedPublication): string => row.source.connection?.network ?? '';

/**
 * The scheduler: every instance with PUBLISHER_ENABLED ticks, claims due publications (short
 * transaction, committed), calls the network with no transaction open, then records the outcome.
 */
@Injectable()
export class PublisherService implements OnApplicationBootstrap, OnModuleDestroy, PostPublicationsPort {
  private readonly logger = new Logger('Publisher');
  private running: Promise<number> | null = null;
  /** Network calls going on (claimed, not yet answered), by adapter. */
  private readonly inFlightByNetwork = new Map<string, number>();
  /** Automatic networks and how many calls each allows in flight (their adapters' `perNetwork`). */
  private readonly networkLimits: ReadonlyMap<string, number>;
  /** Networks a claim found less than it asked for: not claimed for again until the next tick. */
  private readonly drained = new Set<string>();
  /** Publications whose call returned and whose outcome is not committed yet: they no longer use the network. */
  private readonly answered = new Set<string>();
  /** The claims going on, by network (OTHER_NETWORKS for the rest). */
  private readonly claiming = new Set<string>();
  /**
   * Sends this instance keeps going at most: every network's declared `perNetwork` at once (the claim
   * enforces each network's share across instances), so one network's calls never wait for another's.
   */
  private readonly maxInFlight: number;

  constructor(
    private readonly claims: PublicationClaimsRepository,
    private readonly repositories: PublishingRepositories,
    private readonly posts: PostsRepositories,
    private readonly connections: ConnectionsService,
    private readonly follower: PostStatusFollower,
    private readonly recorder: OutcomeRecorder,
    private readonly requests: PublishRequestBuilder,
    private readonly transactions: TransactionContext,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.networkLimits = new Map(connections.automaticLimits().map((limit) => [limit.network, limit.perNetwork]));
    this.maxInFlight = Math.max(1, [...this.networkLimits.values()].reduce((sum, n) => sum + n, 0));
  }

  onApplicationBootstrap(): void {
    if (!this.config.publisherEnabled) return;
    const interval = setInterval(() => this.pump(true), this.config.publisherTickMs);
    interval.unref();
    this.scheduler.addInterval(TICK_INTERVAL, interval);
  }

  onModuleDestroy(): void {
    if (this.scheduler.doesExist('interval', TICK_INTERVAL)) this.scheduler.deleteInterval(TICK_INTERVAL);
  }

  /**
   * The interval's work, and each answer's. Each automatic network has its own claims (one at a time
   * per network, so one network's claim never delays another's refill): a network claims again once
   * NETWORK_REFILL_AT of its slots are free, until a claim finds it nothing more (then the next tick
   * looks again). The rest (hand-overs, channels without a connection) are claimed on ticks.
   */
  private pump(fromTick = false): void {
    if (fromTick) this.drained.clear();
    if (this.answered.size >= this.maxInFlight * ANSWERED_PER_SLOT) return;
    for (const [network, limit] of this.networkLimits) {
      const room = limit - (this.inFlightByNetwork.get(network) ?? 0);
      if (this.claiming.has(network) || this.drained.has(network) || room < Math.min(NETWORK_REFILL_AT, limit)) continue;
      this.claimFor(network, room, { only: network });
    }
    if (fromTick && !this.claiming.has(OTHER_NETWORKS)) this.claimFor(OTHER_NETWORKS, CLAIM_BATCH, { except: [...this.networkLimits.keys()] });
  }

  private claimFor(key: string, limit: number, networks: ClaimNetworks): void {
    this.claiming.add(key);
    void this.claimBatch(limit, networks).then((rows) => {
      this.claiming.delete(key);
      // Fewer than asked: nothing more is claimable for it now.
      if (rows.length < limit) this.drained.add(key);
      for (const row of rows) {
        const network = networkOf(row);
        this.inFlightByNetwork.set(network, (this.inFlightByNetwork.get(network) ?? 0) + 1);
        // The slot is free as soon as the network answered; the outcome is recorded meanwhile.
        const slotFreed = () => {
          this.inFlightByNetwork.set(network, (this.inFlightByNetwork.get(network) ?? 1) - 1);
          this.pump();
        };
        void this.send(row, slotFreed).catch((error: unknown) => this.logger.error(`publication ${row.id}: ${error instanceof Error ? error.message : String(error)}`));
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
    await Promise.all(claimed.map((row) => this.send(row, () => undefined)));
    return claimed.length;
  }

  /** Claims up to `limit` due publications; none when the claim fails (the next tick tries again). */
  private async claimBatch(limit: number, networks: ClaimNetworks = {}): Promise<ClaimedPublication[]> {
    let claimed: ClaimedPublication[];
    try {
      // The claim and the posts it starts (scheduled → publishing) commit together.
      claimed = await this.transactions.run(async () => {
        const rows = await this.claims.claim(limit, this.config.publisherLeaseSeconds, this.connections.claimLimits(), [...this.answered], networks);
        // Only a scheduled post moves when one of its publications starts (publishing → … waits for outcomes).
        const starting = new Map<string, string[]>();
        for (const row of rows) if (row.postStatus === PostStatus.Scheduled) starting.set(row.organizationId, [...(starting.get(row.organizationId) ?? []), row.postId]);
        for (const [organizationId, postIds] of [...starting].sort(([a], [b]) => a.localeCompare(b))) await this.follower.followMany({ organizationId }, postIds);
        return this.mintPartKeys(rows);
      });
    } catch (error) {
      this.logger.error(`claiming due publications failed: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
    return claimed;
  }

  /**
   * First attempts get their part keys in the claim's transaction: stored before any call (a retry
   * sends the same keys, so it can never duplicate) at the cost of no extra commit per publication.
   */
  private async mintPartKeys(rows: ClaimedPublication[]): Promise<ClaimedPublication[]> {
    const minted = new Map<string, { id: string; keys: string[] }[]>();
    for (const row of rows) {
      if (row.partKeys || !row.source.connection || !this.connections.has(row.source.connection.network)) continue;
      const adapter = this.connections.adapter(row.source.connection.network);
      const keys = Array.from({ length: partCount(row.source) }, () => adapter.mintPartKey());
      minted.set(row.organizationId, [...(minted.get(row.organizationId) ?? []), { id: row.id, keys }]);
    }
    const stored = new Map<string, string[]>();
    for (const [organizationId, entries] of minted) {
      for (const [id, keys] of await this.repositories.forOrg({ organizationId }).publications.keepPartKeysOf(entries)) stored.set(id, keys);
    }
    return rows.map((row) => ({ ...row, partKeys: row.partKeys ?? stored.get(row.id) ?? null }));
  }

  /** Calls the network for one claimed publication, tells `slotFreed` once it answered (exactly once), then records the outcome. */
  private async send(row: ClaimedPublication, slotFreed: () => void): Promise<void> {
    const scope: OrgBound = { organizationId: row.organizationId };
    let outcome: PublishOutcome | ReconcileOutcome;
    let canReconcile = false;
    let called = false;
    let channelName: string | undefined;
    try {
      const { source } = row;
      if (!source.connection) throw AppError.conflict(PublishingErrorCode.NotConnected, 'This channel is not connected');
      channelName = source.channelName;
      const session = this.connections.sessionOf(scope, row.channelId, source.channelNetwork, source.connection);
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
    this.answered.add(row.id);
    slotFreed();
    try {
      await this.recordUntilLeaseEnds({ row, outcome, canReconcile, settledAt: new Date(), channelName });
    } finally {
      this.answered.delete(row.id);
    }
  }

  /**
   * The outcome must reach the row: while the database is unreachable (a restart), retry with backoff
   * until the lease ends; past it the row is reconciled by the next claim, so nothing is sent twice.
   */
  private async recordUntilLeaseEnds(entry: AttemptOutcome): Promise<void> {
    const { row } = entry;
    const leaseEnds = new Date(row.attemptStartedAt).getTime() + this.config.publisherLeaseSeconds * 1000;
    for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
      try {
        await this.recorder.record(entry);
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
}
