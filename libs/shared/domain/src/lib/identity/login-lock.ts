/** The longest a login lock lasts, however many times it was triggered. */
export const LOGIN_LOCK_MAX_MINUTES = 24 * 60;

/**
 * The delay of each successive lock of one account from one address: the base, then doubled each
 * time (15, 30, 60… minutes), capped at a day. The last entry applies to every later lock.
 */
export function loginLockDelays(baseMinutes: number): number[] {
  const delays: number[] = [];
  for (let delay = Math.max(1, baseMinutes); delay < LOGIN_LOCK_MAX_MINUTES; delay *= 2) delays.push(delay);
  delays.push(LOGIN_LOCK_MAX_MINUTES);
  return delays;
}

/** The delay of the n-th lock (1-based). */
export function loginLockDelay(baseMinutes: number, lockNumber: number): number {
  const delays = loginLockDelays(baseMinutes);
  return delays[Math.min(Math.max(lockNumber, 1), delays.length) - 1] ?? LOGIN_LOCK_MAX_MINUTES;
}
