// Helpers shared by the bench suites.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Linux's clock ticks per second (`getconf CLK_TCK`): 100 on every kernel the bench runs on. */
const CLOCK_TICKS = 100;

/** CPU seconds (user + system, all threads) of a live process, from /proc; null where /proc has no such process. */
function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** CPU seconds of each live process named `name` (PostgreSQL's backends and helpers: `postgres`), by pid. */
function namedProcessesCpuSeconds(name) {
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== name) continue;
    } catch {
      continue;
    }
    const seconds = processCpuSeconds(entry);
    if (seconds !== null) byPid.set(entry, seconds);
  }
  return byPid;
}

/** Seconds a process's main thread spent waiting for a CPU while runnable (/proc/<pid>/schedstat), or null. */
function runQueueWaitSeconds(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
  } catch {
    return null;
  }
}

/** Busy and total CPU seconds of the whole machine (/proc/stat's first line). */
function machineCpuSeconds() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = ticks[3] + ticks[4];
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS };
}

/**
 * A CPU meter over named processes, read from /proc (Linux only: elsewhere `stop()` gives null):
 * `const meter = cpuMeter({ app: [pid1, pid2], pds: [pid] }); … meter.stop()` → seconds per name,
 * PostgreSQL's processes as `postgresql` (a local server), this process as `bench`, the machine's
 * busy share, and the run-queue wait of each named process's main thread. Processes that exit
 * meanwhile lose their share: measure live ones.
 */
export function cpuMeter(pidsByName) {
  if (!existsSync('/proc/stat')) return { stop: () => null };
  const read = () => ({
    named: Object.fromEntries(Object.entries(pidsByName).map(([name, pids]) => [name, pids.reduce((sum, pid) => sum + (processCpuSeconds(pid) ?? 0), 0)])),
    postgresql: namedProcessesCpuSeconds('postgres'),
    waiting: Object.fromEntries(Object.entries(pidsByName).map(([name, pids]) => [name, pids.reduce((sum, pid) => sum + (runQueueWaitSeconds(pid) ?? 0), 0)])),
    bench: process.cpuUsage(),
    machine: machineCpuSeconds(),
  });
  const before = read();
  return {
    stop: () => {
      const after = read();
      const bench = process.cpuUsage(before.bench);
      const machineTotal = after.machine.total - before.machine.total;
      return {
        ...Object.fromEntries(Object.keys(pidsByName).map((name) => [name, after.named[name] - before.named[name]])),
        // Backends that started meanwhile count whole; those that ended are lost (the app's pool keeps its own).
        postgresql: [...after.postgresql].reduce((sum, [pid, seconds]) => sum + seconds - (before.postgresql.get(pid) ?? 0), 0),
        // How long each one's main thread waited for a CPU while it had work (the scheduler's run queue).
        runQueueWait: Object.fromEntries(Object.keys(pidsByName).map((name) => [name, after.waiting[name] - before.waiting[name]])),
        bench: (bench.user + bench.system) / 1e6,
        machineBusyShare: machineTotal > 0 ? (after.machine.busy - before.machine.busy) / machineTotal : null,
      };
    },
  };
}

/**
 * Gives a peer's main thread a CPU of its own, as a remote server has one: SCHED_FIFO (priority 1, through
 * `chrt`; root or CAP_SYS_NICE), so it runs whenever it has work and the app, PostgreSQL and the other
 * processes share what it leaves. Its other threads (garbage collector, libuv) keep their priority, and
 * the kernel's real-time throttling still leaves the others 5 % of that CPU. Returns how the peer runs.
 */
export function givePeerItsOwnCpu(pid) {
  const result = spawnSync('chrt', ['--fifo', '--pid', '1', String(pid)], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return { isolated: false, how: `sharing the CPUs (chrt failed: ${(result.error?.message ?? result.stderr).trim()})` };
  return { isolated: true, how: 'main thread real-time (SCHED_FIFO 1: a CPU of its own whenever it has work)' };
}
