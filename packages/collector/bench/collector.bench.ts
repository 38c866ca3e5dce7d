// Accepted ratings per second and p50/p99 latency at 64 concurrent keep-alive connections over
// loopback, for the collector on PGlite and on PostgreSQL (a throwaway local cluster). The collector
// runs in its own process; load is bounded in count and time.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePostgres } from '../../../scripts/lib/postgres.mjs';

const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const main = join(import.meta.dirname, '..', 'src', 'main.ts');

function start(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      MOTCUA_SEED_DEMO: '1',
      MOTCUA_RATE_IP: '100000000',
      MOTCUA_RATE_UNIT: '100000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d) => String(d).includes('listening on') && resolve({ child, port }));
    child.once('exit', (code) => reject(new Error(`collector exited (${code})`)));
  });
}

function post(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/units/demo/ratings',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function load(port: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let accepted = 0;
  let other = 0;
  const deadline = performance.now() + SECONDS * 1000;
  // Warm-up.
  await Promise.all(
    Array.from({ length: CONNECTIONS }, () =>
      post(agent, port, JSON.stringify({ id: crypto.randomUUID(), scale: 3, score: 3 })),
    ),
  );
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const body = JSON.stringify({
          id: crypto.randomUUID(),
          scale: 3,
          score: 1 + Math.floor(Math.random() * 3),
          mode: 'kiosk',
          officer: 'Cán bộ A',
        });
        const t = performance.now();
        const status = await post(agent, port, body);
        latencies.push(performance.now() - t);
        if (status === 201) accepted++;
        else other++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { rate: accepted / elapsed, p50: q(0.5), p99: q(0.99), accepted, other };
}

const results: string[] = [];
for (const storage of ['pglite', 'postgres'] as const) {
  let stop = () => {};
  let env: Record<string, string>;
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  if (storage === 'postgres') {
    const pg = await ensurePostgres();
    stop = pg.stop;
    env = { DATABASE_URL: pg.url, DATABASE_POOL_MAX: '24' };
  } else env = { DATA_DIR: dir };
  const { child, port } = await start(env);
  const r = await load(port);
  child.kill('SIGTERM');
  await new Promise((res) => child.once('exit', res));
  stop();
  rmSync(dir, { recursive: true, force: true });
  results.push(
    `${storage.padEnd(9)} ${r.rate.toFixed(0).padStart(7)} ratings/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   (${r.accepted} accepted, ${r.other} other)`,
  );
}

console.log(`Collector write load: ${CONNECTIONS} concurrent connections, ${SECONDS} s per storage, loopback`);
for (const r of results) console.log(r);
console.log('Targets: PostgreSQL ≥ 2,000 ratings/s with p99 ≤ 25 ms; PGlite ≥ 400 ratings/s (2-core machine).');
