// Writes with two collector instances on one PostgreSQL against one instance (issue 24): accepted ratings
// per second at saturation, 64 keep-alive connections spread over the instances as a load balancer
// would. Both instances start on one database and are warmed up together (a cold JIT costs more CPU per
// rating than the figures are about); then the first alone, both, the first alone again, so a change in
// the machine's load shows as a difference between the two single runs. It prints figures and asserts
// nothing; it runs in about a minute.
import { loadavg } from 'node:os';
import { ensurePostgres } from '../../../scripts/lib/postgres.mjs';
import { CONNECTIONS, load, SECONDS, startCollector } from './rating-load.js';

const pg = await ensurePostgres();
const env = { DATABASE_URL: pg.url, DATABASE_POOL_MAX: '24', MOTCUA_DEMO_EMPTY: '1' };
const started = loadavg()[0] ?? 0;
try {
  const [first, second] = await Promise.all([startCollector(env), startCollector(env)]);
  await load([first, second], undefined, 3);
  const one = await load([first]);
  const two = await load([first, second]);
  const again = await load([first]);
  await Promise.all([first.stop(), second.stop()]);
  const line = (name: string, r: Awaited<ReturnType<typeof load>>) =>
    `${name.padEnd(28)} ${r.rate.toFixed(0).padStart(6)} ratings/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   (${r.accepted} accepted, ${r.other} other; CPU per request: collectors ${r.cpu.server.toFixed(0)} µs, client ${r.cpu.client.toFixed(0)} µs)`;
  console.log(
    `Collector instances on one PostgreSQL: ${CONNECTIONS} connections, ${SECONDS} s per run, saturation; load average ${started.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
  );
  console.log(line('one instance', one));
  console.log(line('two instances', two));
  console.log(line('one instance again', again));
  console.log(
    `Two instances against the mean of the single runs: ${((two.rate / ((one.rate + again.rate) / 2)) * 100).toFixed(0)}% (target ≥ 100%; on one machine they share its cores with the database and the client)`,
  );
} finally {
  pg.stop();
}
