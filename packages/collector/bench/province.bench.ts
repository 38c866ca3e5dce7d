// The province at scale on PostgreSQL (issue 24): 100 wards with three years of data (province-seed.ts),
// seeded once into a cluster kept under .data/bench-province-pg (or the server of TEST_DATABASE_URL) and
// reused while its scale matches. Then, through real HTTP as the province's staff, each timed over RUNS
// runs after two warm-ups: a ward's quarterly publicity report (XLSX) and periodic report (XLSX), the
// province dashboard for a quarter and for a year, and the province's quarterly report page; p50 and
// p99 against the target p99 ≤ 500 ms; and the database's size per million ratings.
//   pnpm bench province [--scale 0.1] [--runs 30]
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ensurePostgres } from '../../../scripts/lib/postgres.mjs';
import { createStaff, startCollector } from '../src/index.js';
import { PROVINCE, seededScale, seedProvince, volumes, WARDS } from './province-seed.js';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SCALE = option('scale', Number(process.env.PROVINCE_SCALE ?? 1));
const RUNS = Math.max(20, option('runs', 30));
const TARGET_MS = 500;
const DATABASE = 'motcua_bench_province';

const server = await ensurePostgres({
  keep: join(import.meta.dirname, '..', '..', '..', '.data', 'bench-province-pg'),
});
const admin = new pg.Client(server.url);
await admin.connect();
const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
if (!exists.rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
await admin.end();
const url = new URL(server.url);
url.pathname = `/${DATABASE}`;
const collector = await startCollector({ port: 0, databaseUrl: url.toString() });
const db = collector.db;
try {
  const seeded = await seededScale(db);
  if (seeded === SCALE) console.log(`Reusing the province seeded at scale ${SCALE}.`);
  else {
    const v = volumes(SCALE);
    console.log(
      `Seeding province ${PROVINCE}: ${WARDS} wards, 3 years, scale ${SCALE} (${v.ratings.toLocaleString('en')} ratings, ` +
        `${v.feedback.toLocaleString('en')} feedback items, about ${(WARDS * v.campaignsPerWard * 184 * 3).toLocaleString('en')} campaign event rows)…`,
    );
    const started = performance.now();
    await seedProvince(db, SCALE);
    console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  }

  const email = 'bench@province.example';
  const password = randomBytes(12).toString('base64url');
  await db.query('DELETE FROM staff WHERE email = $1', [email]);
  await db.tx((q) => createStaff(q, { email, name: 'Bench', password, role: 'province', province: PROVINCE }));
  const login = await fetch(`${collector.url}/api/v1/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const [ward] = await db.query<{ code: string }>(
    'SELECT code FROM units WHERE province_code = $1 ORDER BY code LIMIT 1 OFFSET 41',
    [PROVINCE],
  );

  const quarter = 'period=quarter&year=2026&index=3';
  const cases: [string, string][] = [
    [`ward's quarterly publicity report (XLSX)`, `/units/${ward?.code}/publicity?${quarter}&format=xlsx`],
    [`ward's quarterly periodic report (XLSX)`, `/units/${ward?.code}/report?${quarter}&format=xlsx`],
    ['province dashboard, a quarter', `/provinces/${PROVINCE}/dashboard?${quarter}`],
    ['province dashboard, a year', `/provinces/${PROVINCE}/dashboard?period=year&year=2025`],
    [`province's quarterly report page (HTML)`, `/provinces/${PROVINCE}/publicity?${quarter}&format=html`],
  ];
  const quantile = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] as number;
  for (const [label, path] of cases) {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      const started = performance.now();
      const res = await fetch(`${collector.url}/api/v1/admin${path}`, { headers: { Cookie: cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${label}: ${res.status}`);
      if (i >= 2) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p99 = quantile(times, 0.99);
    console.log(
      `PostgreSQL ${label}: p50 ${quantile(times, 0.5).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms over ${RUNS} runs ` +
        `(load ${loadavg()[0]?.toFixed(1)}) ${p99 <= TARGET_MS ? 'meets' : 'MISSES'} the target p99 ≤ ${TARGET_MS} ms`,
    );
  }

  const [size] = await db.query<{ ratings: string; database: string; ratings_bytes: string }>(
    `SELECT (SELECT count(*) FROM ratings) AS ratings, pg_database_size(current_database()) AS database,
            pg_total_relation_size('ratings') AS ratings_bytes`,
  );
  const millions = Number(size?.ratings) / 1e6;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `PostgreSQL size: ${Number(size?.ratings).toLocaleString('en')} ratings; the ratings table with its indexes ` +
      `${mb(Number(size?.ratings_bytes) / millions)} per million ratings; the whole database ${mb(Number(size?.database))} ` +
      `(${mb(Number(size?.database) / millions)} per million ratings, feedback, events and the rest included), scale ${SCALE}`,
  );
} finally {
  await collector.close();
  server.stop();
}
