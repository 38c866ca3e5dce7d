// pnpm bench contest: a contest's launch hour (issue 20), on PGlite and PostgreSQL, the collector in its
// own process as deployed (one trusted proxy giving each participant's address), over loopback.
// 1. Launch: 1,000 participants register and start an attempt, 64 at a time; prints how long it took
//    (target: within 60 s) and the p99 of a start.
// 2. Submissions: attempts started beforehand are submitted at a target rate offered open-loop (500/s on
//    PostgreSQL, 100/s on PGlite) for BENCH_SECONDS; prints the accepted rate and p50/p99 measured from
//    each submission's due time (target p99 ≤ 50 ms on PostgreSQL).
// 3. Exactly once: every accepted submission is sent again and must answer the same grade; on PostgreSQL
//    the attempts graded in the database must equal the submissions accepted (0 lost, 0 graded twice).
import { loadavg } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import http from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ensurePostgres } from '../../../scripts/lib/postgres.mjs';
import { spawnCollector } from '../test/process.js';
import { cpuSeconds } from './rating-load.js';
import { describeSecond, traceSeconds } from './stall-trace.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const LAUNCH = 1000;
const CONCURRENCY = 64;
const SLUG = 'tim-hieu-cchc-2026';

/** A started attempt as the API answers it. */
interface Started {
  id: string;
  token: string;
  questions: { id: string; options: { id: string }[] }[];
}

/**
 * What the bench keeps of a started attempt: its id and its submission's body, made up front. Tens of
 * thousands wait for their turn, so keeping the drawn questions would give the load generator a heap
 * whose collections stall its sends, and a late send is counted as latency.
 */
interface Ready {
  id: string;
  body: string;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

/**
 * Kept-alive connections for the load generator. node:http rather than fetch: fetch costs the generator
 * more CPU than the collector spends answering, and on a two-core machine what the generator burns is
 * taken from the collector and PostgreSQL it measures.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/** A POST; a connection reset (a loaded machine closing a kept-alive socket) is status 0, counted as failed. */
function post(url: string, address: string, body: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'X-Forwarded-For': address,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let parsed: unknown = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            /* not JSON: the status says enough */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', () => resolve({ status: 0, body: null }));
      },
    );
    req.on('error', () => resolve({ status: 0, body: null }));
    req.end(body);
  });
}

let person = 0;
/** One participant: a fresh address and phone, registered and started. */
async function start(base: string): Promise<{ started?: Ready; ms: number; address: string }> {
  const n = ++person;
  const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  const t = performance.now();
  const r = await post(
    `${base}/api/v1/units/demo/contests/${SLUG}/attempts`,
    address,
    JSON.stringify({
      id: crypto.randomUUID(),
      fullName: 'Người Dự Thi',
      birthYear: 1960 + (n % 45),
      phone: `09${String(10_000_000 + n).slice(-8)}`,
      place: `Tổ dân phố ${1 + (n % 12)}`,
      consent: true,
    }),
  );
  const ms = performance.now() - t;
  return { started: r.status === 201 ? ready(r.body as Started) : undefined, ms, address };
}

/** Runs tasks `CONCURRENCY` at a time. */
async function pool<T>(count: number, task: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        out.push(await task());
      }
    }),
  );
  return out;
}

/** Its id and its submission: each question answered with its first option. */
const ready = (s: Started): Ready => ({
  id: s.id,
  body: JSON.stringify({
    token: s.token,
    answers: Object.fromEntries(s.questions.map((q) => [q.id, [q.options[0]?.id ?? '']])),
    prediction: 120,
  }),
});

const lines: string[] = [];
// BENCH_STORAGES=postgres runs one of the two (both by default).
const STORAGES = (process.env.BENCH_STORAGES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
for (const storage of STORAGES) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-contest-'));
  const db = storage === 'postgres' ? await ensurePostgres() : undefined;
  const collector = await spawnCollector({
    ...(db ? { DATABASE_URL: db.url } : { DATA_DIR: dir }),
    MOTCUA_SEED_DEMO: '1',
    MOTCUA_DEMO_EMPTY: '1',
    MOTCUA_TRUST_PROXY: '1',
  });
  const base = collector.url;
  // 1. The launch.
  const launchStarted = performance.now();
  const launch = await pool(LAUNCH, () => start(base));
  const launchSeconds = (performance.now() - launchStarted) / 1000;
  const startedOk = launch.filter((l) => l.started).length;
  // 2. Submissions at the target rate, of attempts started beforehand (the launch's and more).
  const rate = storage === 'postgres' ? 500 : 100;
  const queue = [...launch, ...(await pool(Math.max(0, rate * SECONDS - LAUNCH), () => start(base)))].filter(
    (l): l is { started: Ready; ms: number; address: string } => !!l.started,
  );
  const latencies: number[] = [];
  // Latencies by the second they were due in, to tell one stall from a backlog that grows.
  const bySecond: number[][] = [];
  const accepted: { s: Ready; address: string; correct: number }[] = [];
  let refused = 0;
  const trace = await traceSeconds(db?.url, !!db && !process.env.TEST_DATABASE_URL);
  const t0 = performance.now();
  trace.start(t0);
  // CPU seconds from /proc (rating-load.ts); NaN where there is none, so the figure reads NaN.
  const collectorCpu = () => cpuSeconds(collector.child.pid) ?? Number.NaN;
  const cpu0 = collectorCpu();
  const ownCpu0 = process.cpuUsage();
  const inflight = new Set<Promise<void>>();
  for (let i = 0; i < queue.length; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const { started: s, address } = queue[i] as { started: Ready; address: string };
    const request: Promise<void> = post(
      `${base}/api/v1/units/demo/contests/${SLUG}/attempts/${s.id}/submission`,
      address,
      s.body,
    )
      .then((r) => {
        const latency = performance.now() - due;
        latencies.push(latency);
        const second = Math.floor((due - t0) / 1000);
        const bucket = bySecond[second] ?? [];
        bucket.push(latency);
        bySecond[second] = bucket;
        if (r.status === 200) accepted.push({ s, address, correct: (r.body as { correct: number }).correct });
        else refused++;
      })
      .finally(() => inflight.delete(request));
    inflight.add(request);
    if (inflight.size >= 512) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  const submitSeconds = (performance.now() - t0) / 1000;
  await trace.stop();
  // How much of the machine the collector itself used while submissions came in (the rest: the load
  // generator, PostgreSQL, other work on the machine).
  const collectorCores = (collectorCpu() - cpu0) / submitSeconds;
  const ownCpu = process.cpuUsage(ownCpu0);
  const generatorCores = (ownCpu.user + ownCpu.system) / 1e6 / submitSeconds;
  // 3. Exactly once: the same submissions again answer the same grade.
  let differing = 0;
  await pool(accepted.length, async () => {
    const a = accepted.pop();
    if (!a) return;
    const r = await post(
      `${base}/api/v1/units/demo/contests/${SLUG}/attempts/${a.s.id}/submission`,
      a.address,
      a.s.body,
    );
    if (r.status !== 200 || (r.body as { correct: number }).correct !== a.correct) differing++;
  });
  let graded = '';
  if (db) {
    const client = new pg.Client(db.url);
    await client.connect();
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM contest_attempts WHERE submitted_at IS NOT NULL',
    );
    graded = `; graded in the database ${rows[0].n}`;
    await client.end();
  }
  await collector.stop();
  db?.stop();
  rmSync(dir, { recursive: true, force: true });
  const acceptedCount = latencies.length - refused;
  const secondP99s = bySecond.map((xs) => quantile(xs ?? [], 0.99));
  const worst = secondP99s.reduce((w, p, i) => (p > (secondP99s[w] ?? 0) ? i : w), 0);
  // The second whose p99 is the median of the seconds' p99s.
  const median = secondP99s.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p)[secondP99s.length >> 1]?.i ?? 0;
  lines.push(
    `${storage.padEnd(9)} launch: ${startedOk} of ${LAUNCH} attempts started in ${launchSeconds.toFixed(1)} s (p99 of a start ${quantile(
      launch.map((l) => l.ms),
      0.99,
    ).toFixed(0)} ms)`,
    `${storage.padEnd(9)} submissions offered at ${rate}/s: ${acceptedCount} accepted in ${submitSeconds.toFixed(1)} s (${(
      acceptedCount / submitSeconds
    ).toFixed(
      0,
    )}/s), ${refused} refused; p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms from due time; the collector used ${collectorCores.toFixed(2)} CPU cores meanwhile, the load generator ${generatorCores.toFixed(2)}`,
    `${storage.padEnd(9)} by second: p99 over 50 ms in ${secondP99s.filter((p) => p > 50).length} of ${secondP99s.length} seconds; the worst, second ${worst}, p99 ${(secondP99s[worst] ?? 0).toFixed(1)} ms`,
    ...secondP99s
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => p > 50 || i === worst)
      .map(({ p, i }) => `${storage.padEnd(9)}   ${describeSecond(i, p, trace.seconds[i])}`),
    `${storage.padEnd(9)}   the median second, for comparison: ${describeSecond(
      median,
      secondP99s[median] ?? 0,
      trace.seconds[median],
    )}`,
    `${storage.padEnd(9)} exactly once: ${differing} of ${acceptedCount} repeated submissions answered differently${graded}`,
  );
}
console.log(
  `Contest launch hour, ${SECONDS} s of submissions, loopback; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const l of lines) console.log(l);
console.log(
  'Targets: 1,000 started within 60 s; PostgreSQL 500 submissions/s with p99 ≤ 50 ms, PGlite ≥ 100/s; 0 lost or graded twice.',
);
