import { nextAttemptAt, RETRY_BASE_MS, RETRY_CEILING_MS } from './retry-backoff';

describe('nextAttemptAt', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const delay = (attempts: number, random: number, retryAfter: Date | null = null) => nextAttemptAt(now, attempts, retryAfter, () => random).getTime() - now.getTime();

  it('doubles the step at each attempt, with jitter between half and all of it, up to the ceiling', () => {
    expect([delay(1, 0), delay(1, 1), delay(2, 0), delay(3, 1)]).toEqual([RETRY_BASE_MS / 2, RETRY_BASE_MS, RETRY_BASE_MS, 4 * RETRY_BASE_MS]);
    expect(delay(40, 1)).toBe(RETRY_CEILING_MS);
  });

  it('never comes before the network’s Retry-After', () => {
    const retryAfter = new Date(now.getTime() + 120_000);
    expect(delay(1, 0.5, retryAfter)).toBe(120_000);
    expect(delay(6, 1, new Date(now.getTime() + 1_000))).toBe(32 * RETRY_BASE_MS);
  });
});
