// What was going on, second by second, while a bench offered load: so a second whose p99 is over target
// can be told apart as the load generator falling behind (its own event loop stalled), PostgreSQL writing
// (WAL volume, full-page images after a checkpoint, the time its WAL flushes took, an autovacuum worker
// running), or the collector itself. Sampled once a second; costs the database one small query a second.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';

export interface SecondTrace {
  /** The load generator's worst event-loop delay in this second (ms): a late send counts as latency. */
  generatorLagMs: number;
  /** PostgreSQL only: WAL written, full-page images, WAL flushes and the ms they took, autovacuum seen. */
  walKB?: number;
  fpi?: number;
  walSyncs?: number;
  walSyncMs?: number;
  autovacuum?: string;
  checkpoints?: number;
}

interface PgSample {
  wal_bytes: string;
  wal_fpi: string;
  wal_sync: string;
  wal_sync_time: number;
  checkpoints: string;
  autovacuum: string | null;
}

const SAMPLE = `
  SELECT w.wal_bytes::text, w.wal_fpi::text, w.wal_sync::text, w.wal_sync_time,
         (b.checkpoints_timed + b.checkpoints_req)::text AS checkpoints,
         (SELECT string_agg(DISTINCT regexp_replace(query, '^autovacuum: ', ''), '; ')
            FROM pg_stat_activity WHERE backend_type = 'autovacuum worker') AS autovacuum
  FROM pg_stat_wal w, pg_stat_bgwriter b`;

/**
 * Connects the tracer; `start(t0)` (performance.now() of the bench's first due time) begins the seconds.
 * `databaseUrl`: also sample PostgreSQL; `ownCluster`: the bench's own throwaway cluster, where WAL flush
 * timing may be switched on.
 */
export async function traceSeconds(databaseUrl?: string, ownCluster = false) {
  const seconds: SecondTrace[] = [];
  const lag = monitorEventLoopDelay({ resolution: 5 });
  let client: pg.Client | undefined;
  let last: PgSample | undefined;
  if (databaseUrl) {
    client = new pg.Client(databaseUrl);
    await client.connect();
    if (ownCluster) {
      await client.query('ALTER SYSTEM SET track_wal_io_timing = on');
      await client.query('SELECT pg_reload_conf()');
    }
    last = (await client.query<PgSample>(SAMPLE)).rows[0];
  }
  let busy = false;
  let ticks = 0;
  const tick = async () => {
    // The n-th tick, a second after the n-th second began, describes that second.
    const second = ticks++;
    const trace: SecondTrace = { generatorLagMs: lag.max / 1e6 };
    lag.reset();
    if (client && last && !busy) {
      busy = true;
      try {
        const now = (await client.query<PgSample>(SAMPLE)).rows[0];
        if (now) {
          trace.walKB = (Number(now.wal_bytes) - Number(last.wal_bytes)) / 1024;
          trace.fpi = Number(now.wal_fpi) - Number(last.wal_fpi);
          trace.walSyncs = Number(now.wal_sync) - Number(last.wal_sync);
          trace.walSyncMs = now.wal_sync_time - last.wal_sync_time;
          trace.checkpoints = Number(now.checkpoints) - Number(last.checkpoints);
          if (now.autovacuum) trace.autovacuum = now.autovacuum;
          last = now;
        }
      } finally {
        busy = false;
      }
    }
    seconds[second] = trace;
  };
  let timer: NodeJS.Timeout | undefined;
  let first: NodeJS.Timeout | undefined;
  return {
    seconds,
    /** Aligned to the bench's seconds, so trace n describes the submissions due in second n. */
    start(t0: number) {
      lag.enable();
      first = setTimeout(
        () => {
          void tick();
          timer = setInterval(() => void tick(), 1000);
        },
        Math.max(0, t0 + 1000 - performance.now()),
      );
    },
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      lag.disable();
      await client?.end();
    },
  };
}

/** One line for a second: its p99 and what the trace saw in it. */
export function describeSecond(second: number, p99: number, t: SecondTrace | undefined): string {
  const parts = [`second ${second}: p99 ${p99.toFixed(1)} ms`];
  if (t) {
    parts.push(`generator lag ≤ ${t.generatorLagMs.toFixed(0)} ms`);
    if (t.walKB !== undefined)
      parts.push(
        `WAL ${(t.walKB / 1024).toFixed(1)} MB (${t.fpi} full pages), ${t.walSyncs} flushes taking ${(t.walSyncMs ?? 0).toFixed(0)} ms`,
      );
    if (t.checkpoints) parts.push('a checkpoint ended');
    if (t.autovacuum) parts.push(`autovacuum: ${t.autovacuum}`);
  }
  return parts.join('; ');
}
