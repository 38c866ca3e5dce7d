/**
 * Fixed-window rate limits counted in the database, so several collector instances behind a load
 * balancer share one count and none keeps state another needs.
 */
import type { Db } from './db.js';
import { errors } from './http.js';

export async function limit(db: Db, key: string, max: number, windowSeconds: number): Promise<void> {
  const now = Date.now();
  const windowStart = new Date(now - (now % (windowSeconds * 1000)));
  const rows = await db.query<{ count: number }>(
    `INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + 1
     RETURNING count`,
    [key, windowStart],
  );
  if ((rows[0]?.count ?? 0) > max) {
    const retry = Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now) / 1000);
    throw errors.tooMany(Math.max(1, retry));
  }
}

/** Drops windows that ended more than a day ago. */
export async function pruneCounters(db: Db): Promise<void> {
  await db.query("DELETE FROM rate_counters WHERE window_start < now() - interval '1 day'");
}
