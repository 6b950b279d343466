import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, AppError, type AppConfig, type OrgBound, TransactionContext } from '@parvis/api/core';
import type { PublishOutcome, ReconcileOutcome } from '@parvis/api/platform';
import { PostsRepositories, type PostPublicationsPort } from '@parvis/api/posts';
import { PublishingErrorCode } from '../publishing.errors';
import { partCount } from '../repositories/publication-sources';
import { PublicationClaimsRepository, type ClaimedPublication, type ClaimHolding, type ClaimNetworks, type ClaimResult } from '../repositories/publication-claims.repository';
import { PublishingRepositories } from '../repositories/publishing-repositories';
import { ConnectionsService } from './connections.service';
import { NetworkLane } from './network-lane';
import { isDatabaseUnavailable } from './database-unavailable';
import { OutcomeRecorder, type AttemptOutcome } from './outcome-recorder';
import { untilNextTick } from './publisher-clock';
import { PublishRequestBuilder } from './publish-request-builder';

// How often each instance looks for due publications (PUBLISHER_TICK_MS) and how long a claim is held
// (PUBLISHER_LEASE_SECONDS: longer than any publish call, media processing included; past it, the row is
// reconciled by whichever instance claims it next) come from the configuration.
const CLAIM_BATCH = 20;
/**
 * A network claims again once this many rows can be taken (one claim query per few answers, not per
 * one). Its claims are one at a time: the rows that can be taken while one runs go with the next.
 */
const NETWORK_REFILL_AT = 12;
/** Rows a network may hold past its `perNetwork` while no other instance holds any (NetworkLane): with a refill at 12, a claim takes ~12 rows (fewer claims per burst than 16/8). */
const NETWORK_AHEAD = 24;
/** Outcomes waiting for their batch, at most, per call slot: past it the pump stops claiming until they are written. */
const ANSWERED_PER_SLOT = 4;
const TICK_TIMEOUT = 'parvis-publisher';
/** How long a stopping instance waits for its calls in flight, so their outcomes are recorded (past it: reconciled at their lease's end). */
const STOP_GRACE_MS = 10_000;

/** `work`, counted in `going` until it settles (a stopping instance waits for what is going on). */
function tracked<T>(going: Set<Promise<unknown>>, work: Promise<T>): Promise<T> {
  going.add(work);
  void work.finally(() => going.delete(work)).catch(() => undefined);
  return work;
}

/** Until nothing is going on in `going` (work started meanwhile included), or the deadline passes. */
async function settle(going: Set<Promise<unknown>>, deadline: number): Promise<void> {
  while (going.size > 0 && Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...going]), new Promise((resolve) => (timer = setTimeout(resolve, deadline - Date.now())))]);
    clearTimeout(timer);
  }
}

/**
 * The scheduler: every instance with PUBLISHER_ENABLED ticks, claims due publications (short
 * transaction, committed), calls the network with no transaction open, then records the outcome.
 */
@Injectable()
export class PublisherService implements OnApplicationBootstrap, OnModuleDestroy, PostPublicationsPort {
  private readonly logger = new Logger('Publisher');
  private running: Promise<number> | null = null;
  /** Each automatic network's calls, rows taken ahead and claims (their adapters' `perNetwork`). */
  private readonly lanes: ReadonlyMap<string, NetworkLane>;
  /** Rows this instance holds and the network has not answered yet (calling, or ready in a lane). */
  private readonly held = new Set<string>();
  /** Publications whose call returned and whose outcome is not committed yet: they no longer use the network. */
  private readonly answered = new Set<string>();
  /** A claim of everything not sent through an automatic network's adapter (hand-overs…) is going on. */
  private claimingOthers = false;
  /** The instance is stopping: no claim, no call starts. */
  private stopping = false;
  /** Claims going on, and sends (a stopping instance waits for both). */
  private readonly claimsGoing = new Set<Promise<unknown>>();
  private readonly sendsGoing = new Set<Promise<unknown>>();
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
    private readonly recorder: OutcomeRecorder,
    private readonly requests: PublishRequestBuilder,
    private readonly transactions: TransactionContext,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const limits = connections.automaticLimits();
    this.lanes = new Map(limits.map((limit) => [limit.network, new NetworkLane(limit.network, limit.perNetwork, NETWORK_AHEAD, NETWORK_REFILL_AT)]));
    this.maxInFlight = Math.max(1, limits.reduce((sum, limit) => sum + limit.perNetwork, 0));
  }

  onApplicationBootstrap(): void {
    if (!this.config.publisherEnabled) return;
    this.scheduleTick();
  }

  /** The next tick, on the clock (untilNextTick), then the one after it. */
  private scheduleTick(): void {
    const timer = setTimeout(() => {
      this.scheduler.deleteTimeout(TICK_TIMEOUT);
      if (this.stopping) return;
      this.scheduleTick();
      this.pump(true);
    }, untilNextTick(Date.now(), this.config.publisherTickMs));
    timer.unref();
    this.scheduler.addTimeout(TICK_TIMEOUT, timer);
  }

  /**
   * A graceful stop (a deployment, a restart): nothing new is claimed or started, the rows taken ahead
   * and never called go back to the queue at once for the other instances (rather than at their
   * lease's end, minutes later), and the calls in flight get a few seconds to answer so their outcomes
   * are recorded before the database closes.
   */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.scheduler.doesExist('timeout', TICK_TIMEOUT)) this.scheduler.deleteTimeout(TICK_TIMEOUT);
    const deadline = Date.now() + STOP_GRACE_MS;
    await settle(this.claimsGoing, deadline);
    await this.handBackReady();
    await settle(this.sendsGoing, deadline);
  }

  /** The lanes' ready rows (claimed, never called) back to the queue, as if never claimed. */
  private async handBackReady(): Promise<void> {
    const ready = [...this.lanes.values()].flatMap((lane) => lane.ready.splice(0));
    if (ready.length === 0) return;
    try {
      const handedBack = await this.claims.handBack(ready);
      this.logger.log(`stopping: ${handedBack} publication(s) taken ahead handed back to the queue`);
    } catch (error) {
      this.logger.error(`stopping: the publications taken ahead could not be handed back (${error instanceof Error ? error.message : String(error)}); they are taken again when their lease ends`);
    }
  }

  /**
   * The interval's work, and each answer's and claim's. Each automatic network has its lane (one claim
   * at a time per network, so one network's claim never delays another's refill): ready rows start as
   * slots free, and the lane claims again once NETWORK_REFILL_AT rows can be taken, until a claim finds
   * it nothing more (then the next tick looks again). The rest (hand-overs, channels without a
   * connection) are claimed on ticks and sent at once.
   */
  private pump(fromTick = false): void {
    if (this.stopping) return;
    for (const lane of this.lanes.values()) {
      if (fromTick) lane.drained = false;
      this.start(lane);
      // Outcomes pile up faster than they are written: claim nothing more until they are.
      if (this.answered.size >= this.maxInFlight * ANSWERED_PER_SLOT) continue;
      const size = lane.claimSize(fromTick);
      if (size !== null) this.claimFor(lane, size);
    }
    if (fromTick && !this.claimingOthers) this.claimOthers();
  }

  /** Starts the lane's ready rows that its allowance lets go; each frees its slot when the network answers. */
  private start(lane: NetworkLane): void {
    for (const row of lane.takeStartable()) {
      lane.inFlight += 1;
      const slotFreed = () => {
        lane.callAnswered();
        this.held.delete(row.id);
        this.pump();
      };
      this.sendInBackground(row, slotFreed);
    }
  }

  private claimFor(lane: NetworkLane, limit: number): void {
    lane.claiming = true;
    void tracked(this.claimsGoing, this.claimBatch(limit, { only: lane.network }, { mine: [...this.held], ahead: NETWORK_AHEAD })).then(({ rows, othersHolding }) => {
      for (const row of rows) this.held.add(row.id);
      // A failed claim (null) leaves the lane's last known figure.
      lane.claimed(limit, rows, othersHolding ? (othersHolding.get(lane.network) ?? 0) : null);
      this.pump();
    });
  }

  private claimOthers(): void {
    this.claimingOthers = true;
    void tracked(this.claimsGoing, this.claimBatch(CLAIM_BATCH, { except: [...this.lanes.keys()] })).then(({ rows }) => {
      this.claimingOthers = false;
      // Claimed as the instance began stopping: sent all the same (they are tracked, and waited for).
      for (const row of rows) this.sendInBackground(row, () => undefined);
    });
  }

  /** A send nobody awaits: never an unhandled rejection (what was claimed is reconciled later). */
  private sendInBackground(row: ClaimedPublication, slotFreed: () => void): void {
    void tracked(this.sendsGoing, this.send(row, slotFreed)).catch((error: unknown) => this.logger.error(`publication ${row.id}: ${error instanceof Error ? error.message : String(error)}`));
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
    const { rows: claimed } = await this.claimBatch(CLAIM_BATCH);
    await Promise.all(claimed.map((row) => this.send(row, () => undefined)));
    return claimed.length;
  }

  /** Claims up to `limit` due publications; none when the claim fails (the next tick tries again; `othersHolding` null). */
  private async claimBatch(limit: number, networks: ClaimNetworks = {}, holding: ClaimHolding = { mine: [], ahead: 0 }): Promise<{ rows: ClaimedPublication[]; othersHolding: ReadonlyMap<string, number> | null }> {
    let claimed: ClaimResult;
    try {
      // One statement, committed on its own: the lease, and the scheduled posts it starts.
      claimed = await this.claims.claimAhead(limit, this.config.publisherLeaseSeconds, this.connections.claimLimits(), [...this.answered], networks, holding);
    } catch (error) {
      this.logger.error(`claiming due publications failed: ${error instanceof Error ? error.message : String(error)}`);
      return { rows: [], othersHolding: null };
    }
    // Never rejects (a lane waits for its claim's answer): rows left without keys get them before their calls.
    const rows = await this.mintPartKeys(claimed.rows).catch((error: unknown) => {
      this.logger.warn(`part keys of ${claimed.rows.length} claimed publication(s) not minted now (${error instanceof Error ? error.message : String(error)}); stored before their calls`);
      return claimed.rows;
    });
    return { rows, othersHolding: claimed.othersHolding };
  }

  /**
   * First attempts get their part keys right after the claim, in one statement per organisation, stored
   * before any call: a retry sends the same keys, so it can never duplicate. Should that statement fail
   * (or the instance stop before it), the rows go without: the request builder stores keys before the
   * call (or the attempt fails as transient), and a row never called is reconciled at its lease's end.
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
    const leaseEnds = new Date(row.leaseUntil).getTime();
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
