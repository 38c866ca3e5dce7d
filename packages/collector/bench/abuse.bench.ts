// pnpm bench abuse: what one hostile client costs everyone else (issue 17), on PGlite and PostgreSQL.
// 1. Flood: one address sends 10,000 ratings a minute while 60 other addresses of the same ward each send
//    one rating every 2 s; prints the share of the others' ratings accepted (target ≥ 99 %).
// 2. Poison: the accepted rate of 32 clients at saturation, alone and with one client sending ratings
//    dated year 0 (which once failed whole batches); prints both (target: within 10 %).
// The collector runs as in production (default limits, one trusted proxy giving each client's address).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensurePostgres } from '../../../scripts/lib/postgres.mjs';
import { spawnCollector } from '../test/process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The collector as deployed (its own process), with the demo unit empty and one trusted proxy. */
const start = (env: Record<string, string>) =>
  spawnCollector({ ...env, MOTCUA_SEED_DEMO: '1', MOTCUA_DEMO_EMPTY: '1', MOTCUA_TRUST_PROXY: '1' });

const rate = (url: string, address: string, createdAt?: string) =>
  fetch(`${url}/api/v1/units/demo/ratings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify({ id: crypto.randomUUID(), scale: 3, score: 3, ...(createdAt && { createdAt }) }),
  })
    .then((r) => r.status)
    .catch(() => 0);

async function flood(url: string) {
  const until = Date.now() + SECONDS * 1000;
  const abuser = { sent: 0, accepted: 0 };
  const others = { sent: 0, accepted: 0 };
  // Open loop: one request every 6 ms (10,000 a minute) whatever the answers take, at most 256 in flight.
  const abuse = async () => {
    const inflight = new Set<Promise<void>>();
    for (let next = Date.now(); Date.now() < until; next += 6) {
      const wait = next - Date.now();
      if (wait > 0) await sleep(wait);
      abuser.sent++;
      const request: Promise<void> = rate(url, '203.0.113.66')
        .then((status) => {
          if (status === 201) abuser.accepted++;
        })
        .finally(() => inflight.delete(request));
      inflight.add(request);
      if (inflight.size >= 256) await Promise.race(inflight);
    }
    await Promise.all(inflight);
  };
  const citizen = async (n: number) => {
    await sleep((n * 2000) / 60);
    while (Date.now() < until) {
      others.sent++;
      if ((await rate(url, `198.51.100.${n + 1}`)) === 201) others.accepted++;
      await sleep(2000);
    }
  };
  await Promise.all([abuse(), ...Array.from({ length: 60 }, (_, n) => citizen(n))]);
  return { abuser, others };
}

async function saturation(url: string, poison: boolean) {
  const until = Date.now() + SECONDS * 1000;
  let accepted = 0;
  const client = async (n: number) => {
    // A new address for every rating, so no address limit binds: this measures the storage path.
    for (let sent = 0; Date.now() < until; sent++)
      if ((await rate(url, `10.${n}.${(sent >> 8) & 255}.${sent & 255}`)) === 201) accepted++;
  };
  const poisoner = async () => {
    while (Date.now() < until) await rate(url, '203.0.113.99', '0000-01-01T00:00:00Z');
  };
  await Promise.all([...Array.from({ length: 32 }, (_, n) => client(n)), ...(poison ? [poisoner()] : [])]);
  return accepted / SECONDS;
}

const lines: string[] = [];
for (const storage of ['pglite', 'postgres'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-abuse-'));
  const pg = storage === 'postgres' ? await ensurePostgres() : undefined;
  const env: Record<string, string> = pg ? { DATABASE_URL: pg.url } : { DATA_DIR: dir };
  // The flood against the default limits (120 a minute per address, 6,000 per unit).
  const limited = await start(env);
  const f = await flood(limited.url);
  await limited.stop();
  // The poison without the unit's budget in the way, to compare the storage path alone.
  const open = await start({ ...env, MOTCUA_RATE_UNIT: '100000000' });
  const clean = await saturation(open.url, false);
  const poisoned = await saturation(open.url, true);
  await open.stop();
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
  lines.push(
    `${storage.padEnd(9)} flood: the flooding address sent ${f.abuser.sent} (${Math.round((f.abuser.sent * 60) / SECONDS)} a minute), ${f.abuser.accepted} accepted; the other 60 addresses sent ${f.others.sent}, ${f.others.accepted} accepted (${((100 * f.others.accepted) / Math.max(1, f.others.sent)).toFixed(1)} %)`,
    `${storage.padEnd(9)} poison: ${clean.toFixed(0)} ratings/s accepted clean, ${poisoned.toFixed(0)}/s with one client sending year-0 dates (${((100 * poisoned) / Math.max(1, clean)).toFixed(0)} % of clean)`,
  );
}
console.log(
  `Abuse, ${SECONDS} s per run, loopback; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
for (const l of lines) console.log(l);
console.log('Targets: others ≥ 99 % accepted during a flood; the poisoned rate within 10 % of the clean one.');
