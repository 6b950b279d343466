/** The first retry waits about this long; each next one twice as long, up to the ceiling. */
export const RETRY_BASE_MS = 15_000;
export const RETRY_CEILING_MS = 30 * 60_000;
/** After this many attempts a retryable failure stops (the user is shown the last error). */
export const MAX_PUBLISH_ATTEMPTS = 8;

/**
 * When the next attempt may start, after `attempts` attempts (≥ 1): exponential backoff with full
 * jitter (a random point between half and all of the step, so instances do not retry in step), and
 * never before the network's own `Retry-After`.
 */
export function nextAttemptAt(now: Date, attempts: number, retryAfter: Date | null, random: () => number = Math.random): Date {
  const step = Math.min(RETRY_CEILING_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  const backoff = now.getTime() + step / 2 + random() * (step / 2);
  return new Date(Math.max(backoff, retryAfter ? retryAfter.getTime() : 0));
}
