/** PostgreSQL SQLSTATEs and socket codes that mean "the server is gone for now", not "this query is wrong". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_MESSAGE = /connection terminated|terminating connection|timeout exceeded when trying to connect|connection (is )?not (yet )?(open|established)|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * The database could not be reached (restarting, failing over, a cut connection): what the publisher
 * retries once it is back, never a reason to fail a publication. Looks through TypeORM's `driverError`
 * and `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const code = 'code' in error ? error.code : undefined;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (error instanceof Error && UNAVAILABLE_MESSAGE.test(error.message)) return true;
  const inner = [('driverError' in error ? error.driverError : undefined), ('cause' in error ? error.cause : undefined)];
  return inner.some((next) => next !== undefined && isDatabaseUnavailable(next, depth + 1));
}
