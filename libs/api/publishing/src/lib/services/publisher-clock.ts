/** Past the clock's tick instant: a database clock a few milliseconds behind the app's still finds the row due. */
export const TICK_CLOCK_MARGIN_MS = 5;

/**
 * Milliseconds from `nowMs` to the next tick, ticks falling on the clock's multiples of `tickMs` (every
 * whole second when it divides 1,000): posts are planned to the minute, so a post due at 09:00 is claimed
 * at 09:00:00, not up to a tick later as with ticks counted from the instance's start.
 */
export function untilNextTick(nowMs: number, tickMs: number): number {
  return tickMs - (nowMs % tickMs) + TICK_CLOCK_MARGIN_MS;
}
