/**
 * Fixed-window rate limits counted in the database, so several collector instances behind a load
 * balancer share one count and none keeps state another needs.
 */
import type { Db } from './database.js';
import { errors } from '../http/errors.js';

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
  const values = limits.map((_, i) => `($${i * 2 + 1}, $${i * 2 + 2}::timestamptz, 1)`).join(', ');
  const rows = await db.query<{ key: string; count: number }>(
    `INSERT INTO rate_counters (key, window_start, count) VALUES ${values}
     ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + 1
     RETURNING key, count`,
    limits.flatMap((l, i) => [l.key, starts[i]]),
  );
  limits.forEach((l, i) => {
    const count = rows.find((r) => r.key === l.key)?.count ?? 0;
    if (count > l.max) {
      const retry = Math.ceil(((starts[i] as Date).getTime() + l.windowSeconds * 1000 - now) / 1000);
      throw errors.tooMany(Math.max(1, retry));
    }
  });
}

export function limit(db: Db, key: string, max: number, windowSeconds: number): Promise<void> {
  return limitAll(db, [{ key, max, windowSeconds }]);
}

/** Drops windows that ended more than a day ago. */
export async function pruneCounters(db: Db): Promise<void> {
  await db.query("DELETE FROM rate_counters WHERE window_start < now() - interval '1 day'");
}
