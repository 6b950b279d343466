import type { ClaimedPublication } from '../repositories/publication-claims.repository';

/**
 * One automatic network's share of this instance's publishing (bookkeeping only, no I/O): its calls
 * in flight, the rows taken ahead of a free slot, and what other instances hold of it.
 *
 * The network's `perNetwork` holds across instances: the claim counts every instance's rows, and this
 * instance calls at most `perNetwork − othersHolding` as of its latest claim. Rows may be taken
 * `ahead` past the limit only while no other instance holds any of the network (the claim enforces it
 * too), so a freed slot is refilled at once from `ready`, not after a claim's round trip.
 */
export class NetworkLane {
  inFlight = 0;
  /** Claimed (lease committed, part keys stored), waiting for a slot, in the claim's fair order. */
  readonly ready: ClaimedPublication[] = [];
  /** Rows other instances held at this instance's latest claim. */
  othersHolding = 0;
  claiming = false;
  /**
   * The latest claim found less than it asked for: none again until the next tick, or until one of the
   * lane's calls answers (the rows it passed over may have been waiting for that call's channel).
   */
  drained = false;

  constructor(
    readonly network: string,
    readonly perNetwork: number,
    /** Rows held past `perNetwork`, at most, when no other instance holds any. */
    private readonly ahead: number,
    /** Claims wait until this many rows can be taken (one claim per few answers, not per one). */
    private readonly refillAt: number,
  ) {}

  /** Calls this instance may have going: what the others leave of the network's limit. */
  get allowance(): number {
    return this.perNetwork - this.othersHolding;
  }

  /** The ready rows whose calls may start now (removed from `ready`; the caller counts them in flight). */
  takeStartable(): ClaimedPublication[] {
    return this.ready.splice(0, Math.max(0, Math.min(this.ready.length, this.allowance - this.inFlight)));
  }

  /**
   * How many rows to claim now, or null for no claim. On a tick, a lane whose ready rows wait for
   * other instances' calls claims nothing (0) just to learn what they hold now.
   */
  claimSize(fromTick: boolean): number | null {
    if (this.claiming) return null;
    const target = this.allowance + (this.othersHolding === 0 ? this.ahead : 0);
    const room = target - this.inFlight - this.ready.length;
    if (!this.drained && room > 0 && room >= Math.min(this.refillAt, target)) return room;
    // What the others hold is known as of the latest claim, and they may have finished since: on a tick, a
    // lane they leave no room learns what they hold now (an empty claim), or it could wait for good with
    // nothing of its own to call. Waiting on its own calls only (nobody else held any): their answers bring
    // the next claim, no tick needs one.
    if (fromTick && this.othersHolding > 0) return 0;
    return null;
  }

  /**
   * One of the lane's calls answered: its slot, and its channel, are free. A row a short claim passed
   * over because that channel was calling (its `perAccount` reached) may be taken now, not a tick later:
   * at a burst's end, the last rows of the busiest channels are exactly those.
   */
  callAnswered(): void {
    this.inFlight -= 1;
    this.drained = false;
  }

  /** A claim's answer: what the others hold, and the rows now this lane's. */
  claimed(limit: number, rows: readonly ClaimedPublication[], othersHolding: number | null): void {
    this.claiming = false;
    if (othersHolding !== null) this.othersHolding = othersHolding;
    if (rows.length < limit) this.drained = true;
    this.ready.push(...rows);
  }
}
