// Accepted ratings per second and p50/p99 latency at 64 concurrent keep-alive connections over
// loopback, for the collector on PGlite and on PostgreSQL (a throwaway local cluster). The collector
// runs in its own process; load is bounded in count and time. The client: rating-load.ts.
// pnpm bench collector --storage postgres: one storage only.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePostgres } from '../../../scripts/lib/postgres.mjs';
import { CONNECTIONS, load, SECONDS, startCollector } from './rating-load.js';

const results: string[] = [];
// `--storage postgres` (or pglite) runs one storage only, e.g. to compare two versions back to back.
const only = process.argv[process.argv.indexOf('--storage') + 1];
const chosen = (['pglite', 'postgres'] as const).filter((s) => !process.argv.includes('--storage') || s === only);
for (const storage of chosen) {
  let stop = () => {};
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  if (storage === 'postgres') {
    const pg = await ensurePostgres();
    stop = pg.stop;
    env = { DATABASE_URL: pg.url, DATABASE_POOL_MAX: '24' };
  } else env = { DATA_DIR: dir };
  const collector = await startCollector(env);
  const r = await load([collector]);
  const target = storage === 'postgres' ? 2000 : 400;
  const paced = await load([collector], target);
  await collector.stop();
  stop();
  rmSync(dir, { recursive: true, force: true });
  results.push(
    `${storage.padEnd(9)} ${r.rate.toFixed(0).padStart(7)} ratings/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   (${r.accepted} accepted, ${r.other} other; CPU per request: collector ${r.cpu.server.toFixed(0)} µs, client ${r.cpu.client.toFixed(0)} µs)`,
    `${storage} at ${target}/s offered for ${SECONDS} s: ${paced.accepted} of ${target * SECONDS} accepted (${paced.other} other)   p50 ${paced.p50.toFixed(1)} ms   p99 ${paced.p99.toFixed(1)} ms`,
  );
}

console.log(
  `Collector write load: ${CONNECTIONS} concurrent connections, ${SECONDS} s per run, loopback, ${process.env.BENCH_CLIENT === 'http' ? 'node:http' : 'raw socket'} client; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  'First line per storage: saturation (send on answer). Second: the target rate offered, latency from each due time.',
);
for (const r of results) console.log(r);
console.log('Targets: PostgreSQL ≥ 2,000 ratings/s with p99 ≤ 25 ms; PGlite ≥ 400 ratings/s (2-core machine).');
