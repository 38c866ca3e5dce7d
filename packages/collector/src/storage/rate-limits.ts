/**
 * Fixed-window rate limits counted in the database, so several collector instances behind a load
 * balancer share one count and none keeps state another needs.
 *
 * Counts are written in batches: while one counting statement runs, the requests that arrive wait and
 * are counted together by the next one (one statement, one commit, however many requests and keys), so
 * a launch hour costs the database a statement per round trip instead of one per request. Each request
 * still learns its own exact count: a batch adds n to a key and answers the total, and the batch's
 * requests for that key take the totals total − n + 1 … total in their order of arrival.
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
  const counts = await counterOf(db).count(limits.map((l, i) => ({ key: l.key, start: starts[i] as Date })));
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

interface Waiting {
  windows: Window[];
  resolve(counts: number[]): void;
  reject(error: unknown): void;
}

/** One statement adds each window's count and answers the totals (arrays: one plan whatever the size). */
const COUNT = `INSERT INTO rate_counters AS r (key, window_start, count)
  SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::int[])
  ON CONFLICT (key, window_start) DO UPDATE SET count = r.count + EXCLUDED.count
  RETURNING key, window_start, count`;

/** The requests of one storage waiting for their counts, and the statement counting the batch before. */
class Counter {
  private waiting: Waiting[] = [];
  private busy = false;

  constructor(private readonly db: Db) {}

  count(windows: Window[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ windows, resolve, reject });
      if (!this.busy) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.busy = true;
    while (this.waiting.length) {
      const batch = this.waiting;
      this.waiting = [];
      await this.write(batch);
    }
    this.busy = false;
  }

  private async write(batch: Waiting[]): Promise<void> {
    const id = (w: Window) => `${w.key}\u0000${w.start.getTime()}`;
    const added = new Map<string, { window: Window; n: number }>();
    for (const w of batch.flatMap((b) => b.windows)) {
      const entry = added.get(id(w)) ?? { window: w, n: 0 };
      entry.n++;
      added.set(id(w), entry);
    }
    const entries = [...added.values()];
    let totals: Map<string, number>;
    try {
      const rows = await this.db.query<{ key: string; window_start: Date | string; count: number }>(COUNT, [
        entries.map((e) => e.window.key),
        entries.map((e) => e.window.start.toISOString()),
        entries.map((e) => e.n),
      ]);
      totals = new Map(rows.map((r) => [id({ key: r.key, start: new Date(r.window_start) }), r.count]));
    } catch (error) {
      for (const b of batch) b.reject(error);
      return;
    }
    // The first request of the batch for a window takes total − n + 1, the next one more, in order.
    const taken = new Map<string, number>();
    for (const b of batch) {
      b.resolve(
        b.windows.map((w) => {
          const before = taken.get(id(w)) ?? (totals.get(id(w)) ?? 0) - (added.get(id(w))?.n ?? 0);
          taken.set(id(w), before + 1);
          return before + 1;
        }),
      );
    }
  }
}

const counters = new WeakMap<Db, Counter>();

function counterOf(db: Db): Counter {
  let c = counters.get(db);
  if (!c) {
    c = new Counter(db);
    counters.set(db, c);
  }
  return c;
}

export function limit(db: Db, key: string, max: number, windowSeconds: number): Promise<void> {
  return limitAll(db, [{ key, max, windowSeconds }]);
}

/** Drops windows that ended more than a day ago. */
export async function pruneCounters(db: Db): Promise<void> {
  await db.query("DELETE FROM rate_counters WHERE window_start < now() - interval '1 day'");
}
