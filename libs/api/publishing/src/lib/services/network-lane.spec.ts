import type { ClaimedPublication } from '../repositories/publication-claims.repository';
import { NetworkLane } from './network-lane';

const rows = (n: number): ClaimedPublication[] => Array.from({ length: n }, (_, i) => ({ id: `row-${i}` }) as ClaimedPublication);

/** The bookkeeping that keeps a network's calls within its limit across instances while rows wait ahead. */
describe('NetworkLane', () => {
  it('alone on the network: claims up to its limit plus the rows ahead, starts its limit, keeps the rest ready', () => {
    const lane = new NetworkLane('mastodon', 16, 8, 4);
    expect(lane.claimSize(true)).toBe(24);
    lane.claiming = true;
    lane.claimed(24, rows(24), 0);
    expect(lane.takeStartable()).toHaveLength(16);
    lane.inFlight = 16;
    expect(lane.ready).toHaveLength(8);
    expect(lane.takeStartable()).toEqual([]);
    // Nothing to take until 4 rows can be.
    expect(lane.claimSize(false)).toBeNull();
    lane.inFlight = 12;
    expect(lane.takeStartable()).toHaveLength(4);
    lane.inFlight = 16;
    // Its slots full of its own calls, rows ready: a tick claims nothing (the answers bring the next claim).
    lane.ready.push(...rows(8));
    expect(lane.claimSize(true)).toBeNull();
  });

  it('with other instances holding rows: calls only what they leave, takes nothing ahead', () => {
    const lane = new NetworkLane('mastodon', 16, 8, 4);
    lane.claimed(0, [], 10);
    expect(lane.allowance).toBe(6);
    expect(lane.claimSize(false)).toBe(6);
    lane.claimed(6, rows(6), 12);
    // They took more meanwhile: only 4 of the 6 may go.
    expect(lane.takeStartable()).toHaveLength(4);
    lane.inFlight = 4;
    // Waiting on the others' calls: on a tick, an empty claim learns what they hold now.
    expect(lane.claimSize(false)).toBeNull();
    expect(lane.claimSize(true)).toBe(0);
    lane.claimed(0, [], 0);
    expect(lane.takeStartable()).toHaveLength(2);
  });

  it('a claim that found less than it asked for stops the claims until the next tick', () => {
    const lane = new NetworkLane('bluesky', 16, 8, 4);
    lane.claimed(24, rows(3), 0);
    expect(lane.drained).toBe(true);
    lane.takeStartable();
    lane.inFlight = 3;
    expect(lane.claimSize(false)).toBeNull();
    lane.drained = false;
    expect(lane.claimSize(true)).toBe(21);
  });

  it('or until one of its calls answers: the rows passed over may have waited for that call’s channel', () => {
    const lane = new NetworkLane('bluesky', 16, 8, 4);
    lane.claimed(24, rows(3), 0);
    lane.inFlight = lane.takeStartable().length;
    expect(lane.claimSize(false)).toBeNull();
    lane.callAnswered();
    expect(lane.inFlight).toBe(2);
    expect(lane.claimSize(false)).toBe(22);
  });

  it('others held more than its limit at its latest claim, nothing of its own left: a tick learns what they hold now', () => {
    // Two instances claimed at the same instant, each unaware of the other; each one's next claim saw the other's rows.
    const lane = new NetworkLane('mastodon', 16, 24, 12);
    lane.claimed(40, [], 19);
    expect(lane.allowance).toBe(-3);
    expect(lane.claimSize(false)).toBeNull();
    lane.drained = false;
    expect(lane.claimSize(true)).toBe(0);
    lane.claimed(0, [], 0);
    expect(lane.claimSize(false)).toBe(40);
  });

  it('a failed claim (what others hold unknown) keeps the last known figure', () => {
    const lane = new NetworkLane('bluesky', 16, 8, 4);
    lane.claimed(0, [], 5);
    lane.claimed(4, [], null);
    expect(lane.othersHolding).toBe(5);
  });
});
