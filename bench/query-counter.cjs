// Preloaded into the app by bench/calendar-bench.mjs (NODE_OPTIONS=--require): counts the SQL
// statements the app sends through `pg`, with their text, parameters and round-trip time. On SIGUSR2
// it writes the counters to $BENCH_QUERY_LOG. Bench-only instrumentation; the app's code is untouched.
'use strict';
const { writeFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');

// `%p` in the path becomes the process id (several instances of the app, one file each).
const file = process.env.BENCH_QUERY_LOG?.replace('%p', String(process.pid));
const KEEP = 200;
const state = { seq: 0, count: 0, totalMs: 0, recent: [], byStatement: {} };
/** Statements grouped by their first words (the shape, not the parameters). */
const shapeOf = (text) => String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, 90);
const original = Client.prototype.query;

Client.prototype.query = function countedQuery(config, values, callback) {
  // Streams and other submittables are passed through uncounted.
  if (config && typeof config.submit === 'function') return original.call(this, config, values, callback);
  const text = typeof config === 'string' ? config : config?.text;
  const params = Array.isArray(values) ? values : config?.values;
  const started = performance.now();
  const done = () => {
    const ms = performance.now() - started;
    state.count += 1;
    state.totalMs += ms;
    const shape = (state.byStatement[shapeOf(text)] ??= { count: 0, ms: 0 });
    shape.count += 1;
    shape.ms += ms;
    state.recent.push({ text, values: params, ms });
    if (state.recent.length > KEEP) state.recent.shift();
  };
  const cb = typeof values === 'function' ? values : callback;
  if (typeof cb === 'function') {
    const wrapped = function (...args) {
      done();
      return cb.apply(this, args);
    };
    return typeof values === 'function' ? original.call(this, config, wrapped) : original.call(this, config, values, wrapped);
  }
  const result = original.call(this, config, values);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};

if (file) {
  process.on('SIGUSR2', () => {
    state.seq += 1;
    writeFileSync(file, JSON.stringify(state));
  });
}
