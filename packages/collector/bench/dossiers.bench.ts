// Dossier rows per second through the machine API (PUT /api/v1/units/{unit}/dossiers) on PostgreSQL:
// real HTTP to a collector in this process, batches of 5,000 rows (the API's maximum) sent one after
// another, three passes over the same 50,000 dossiers: new ones, every status changed (a history line
// each), and the same batches again (nothing changes). Target (issue 22): at least 5,000 rows/s.
// PostgreSQL is TEST_DATABASE_URL, or a throwaway cluster (scripts/lib/postgres.mjs).
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { ensurePostgres } from '../../../scripts/lib/postgres.mjs';
import { issueToken } from '../src/dossiers/token.js';
import { startCollector } from '../src/index.js';

const BATCH = 5000;
const BATCHES = Number(process.env.BENCH_DOSSIER_BATCHES ?? 10);
const TARGET = 5000;

const server = await ensurePostgres();
const name = `motcua_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client(server.url);
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(server.url);
url.pathname = `/${name}`;
const collector = await startCollector({ port: 0, seedDemo: true, databaseUrl: url.toString() });
const token = await issueToken(collector.db, 'demo');

const batchOf = (b: number, status: string) => ({
  dossiers: Array.from({ length: BATCH }, (_, i) => ({
    code: `BENCH-${b}-${String(i).padStart(5, '0')}`,
    procedure: i % 2 ? '1.001193' : '1.004227',
    receivedAt: '2026-12-01T08:00:00+07:00',
    dueDate: '2026-12-04',
    status,
    phone: `09${String(10_000_000 + ((b * BATCH + i) % 89_999_999)).slice(-8)}`,
  })),
});

async function pass(label: string, status: string, expect: 'created' | 'updated' | 'unchanged') {
  const bodies = Array.from({ length: BATCHES }, (_, b) => JSON.stringify(batchOf(b, status)));
  const load = loadavg()[0]?.toFixed(1);
  const started = performance.now();
  let counted = 0;
  for (const body of bodies) {
    const res = await fetch(`${collector.url}/api/v1/units/demo/dossiers`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
    });
    const answer = (await res.json()) as Record<string, number>;
    if (res.status !== 200) throw new Error(`batch refused: ${res.status}`);
    counted += answer[expect] ?? 0;
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = (BATCH * BATCHES) / seconds;
  if (counted !== BATCH * BATCHES) throw new Error(`${label}: ${counted} ${expect}, not ${BATCH * BATCHES}`);
  console.log(
    `PostgreSQL dossier PUT, ${label}: ${Math.round(rate).toLocaleString('en')} rows/s ` +
      `(${BATCHES} batches of ${BATCH}, ${seconds.toFixed(2)} s, load ${load}) ${rate >= TARGET ? 'meets' : 'BELOW'} the target of ${TARGET.toLocaleString('en')}/s`,
  );
  return rate;
}

let ok = true;
try {
  ok = (await pass('new dossiers', 'moi-tiep-nhan', 'created')) >= TARGET && ok;
  ok = (await pass('every status changed', 'dang-xu-ly', 'updated')) >= TARGET && ok;
  ok = (await pass('same batches again', 'dang-xu-ly', 'unchanged')) >= TARGET && ok;
} finally {
  await collector.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  server.stop();
}
process.exitCode = ok ? 0 : 1;
