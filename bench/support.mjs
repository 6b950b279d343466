// Helpers shared by the bench suites.
import { existsSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

export function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export function runAutocannon(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    // No progress bar: keeps CI logs readable.
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

/** A results row from an autocannon result. */
export function toRow({ suite, engine, route, result, connections, extra = {} }) {
  return {
    suite,
    engine,
    route,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: Number(result.latency.average.toFixed(2)),
    requestsPerSecond: Number(result.requests.average.toFixed(1)),
    requestsTotal: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [code, v.count])),
    durationSeconds: result.duration,
    connections,
    ...extra,
  };
}

export async function pgReachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error.message || String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function dropSchema(url, schema) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function printTable(rows) {
  const headers = ['engine', 'route', 'p50 (ms)', 'p99 (ms)', 'req/s', 'requests', 'errors', 'non-2xx'];
  const data = rows.map((r) => [
    r.engine,
    r.route,
    String(r.p50Ms),
    String(r.p99Ms),
    r.requestsPerSecond.toFixed(1),
    String(r.requestsTotal),
    String(r.errors + r.timeouts),
    String(r.non2xx),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...data.map((d) => d[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const d of data) console.log(line(d));
}

/** Asks the preloaded counter for its figures (SIGUSR2 → JSON file). */
export async function queryCounters(child, file, previousSeq) {
  process.kill(child.pid, 'SIGUSR2');
  for (let i = 0; i < 100; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (!existsSync(file)) continue;
    try {
      const state = JSON.parse(readFileSync(file, 'utf8'));
      if (state.seq > previousSeq) return state;
    } catch {
      // being written
    }
  }
  throw new Error('the query counter did not answer');
}
