/**
 * Fixed-window rate limits counted in the database, so several collector instances behind a load
 * balancer share one count and none keeps state another needs.
 *
 * Counts are written in batches: while one counting statement runs, the requests that arrive wait and
 * are counted together by the next one (one statement, one commit, however many requests and keys), so
 * a launch hour costs the database a statement per round trip instead of one per request. Each request
 * still learns its own exact count: a batch adds n to a key and answers the total, and the batch's
 * requests for that key take the totals total − n + 1 … total in their order of arrival. The counters'
 * table is UNLOGGED (migration 2026-12-07-unlogged-counters): a count waits for no disk flush, and a
 * crash of the database only starts every window again.
 */
import type { Db } from './database.js';
import { errors } from '../http/errors.js';
import { Batcher, perStorage } from './batch.js';

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
  /**
   * A budget many clients share (the unit's, there to protect the database): counted only for requests
   * every personal limit (the client's address) let through, so one abuser never spends it for others.
   */
  shared?: boolean;
}

/**
 * Counts one request against its limits; throws 429 when any is exceeded. Personal limits first, in one
 * statement; the shared ones only when those let the request through.
 */
export async function limitAll(db: Db, limits: Limit[]): Promise<void> {
  const personal = limits.filter((l) => !l.shared);
  const shared = limits.filter((l) => l.shared);
  if (personal.length) await countAll(db, personal);
  if (shared.length) await countAll(db, shared);
}

async function countAll(db: Db, limits: Limit[]): Promise<void> {
  const now = Date.now();
  const starts = limits.map((l) => new Date(now - (now % (l.windowSeconds * 1000))));
  const counts = await counterOf(db).add(limits.map((l, i) => ({ key: l.key, start: starts[i] as Date })));
  limits.forEach((l, i) => {
    if ((counts[i] ?? 0) > l.max) {
      const retry = Math.ceil(((starts[i] as Date).getTime() + l.windowSeconds * 1000 - now) / 1000);
      throw errors.tooMany(Math.max(1, retry));
    }
  });
}

interface Window {
  key: string;
  start: Date;
}

/** One statement adds each window's count and answers the totals (arrays: one plan whatever the size). */
const COUNT = `INSERT INTO rate_counters AS r (key, window_start, count)
  SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::int[])
  ON CONFLICT (key, window_start) DO UPDATE SET count = r.count + EXCLUDED.count
  RETURNING key, window_start, count`;

const windowId = (w: Window) => `${w.key}\u0000${w.start.getTime()}`;

/** Counts a batch of requests (each with its windows): each window once, with the number of requests in it. */
async function countBatch(db: Db, requests: Window[][]): Promise<number[][]> {
  const added = new Map<string, { window: Window; n: number }>();
  for (const w of requests.flat()) {
    const entry = added.get(windowId(w)) ?? { window: w, n: 0 };
    entry.n++;
    added.set(windowId(w), entry);
  }
  // In key order, so two instances' batches lock the same counter rows in the same order (no deadlock).
  const entries = [...added.values()].sort((a, b) => (windowId(a.window) < windowId(b.window) ? -1 : 1));
  const rows = await db.query<{ key: string; window_start: Date | string; count: number }>(COUNT, [
    entries.map((e) => e.window.key),
    entries.map((e) => e.window.start.toISOString()),
    entries.map((e) => e.n),
  ]);
  const totals = new Map(rows.map((r) => [windowId({ key: r.key, start: new Date(r.window_start) }), r.count]));
  // The batch's first request in a window takes total − n + 1, the next one more, in order of arrival.
  const taken = new Map<string, number>();
  return requests.map((windows) =>
    windows.map((w) => {
      const id = windowId(w);
      const count = (taken.get(id) ?? (totals.get(id) ?? 0) - (added.get(id)?.n ?? 0)) + 1;
      taken.set(id, count);
      return count;
    }),
  );
}

const counterOf = perStorage((db: Db) => new Batcher((requests: Window[][]) => countBatch(db, requests)));

export function limit(db: Db, key: string, max: number, windowSeconds: number): Promise<void> {
  return limitAll(db, [{ key, max, windowSeconds }]);
}

/** Drops windows that ended more than a day ago. */
export async function pruneCounters(db: Db): Promise<void> {
  await db.query("DELETE FROM rate_counters WHERE window_start < now() - interval '1 day'");
}
