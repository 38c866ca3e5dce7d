/**
 * Group commit for ratings. Concurrent rating requests to one storage are queued and written together:
 * one transaction per micro-batch counts the batch against the rate limits (one upsert adding each key's
 * share), inserts the accepted rows with one multi-row INSERT, and commits once. A batch starts as soon as
 * the previous one has finished (no waiting when idle: a lone request is a batch of one), and each request
 * is answered only after the transaction holding its row has committed.
 *
 * Answers are those of one-by-one processing: the rate counts are exact (every request counts, rejected or
 * not, in arrival order); a row the INSERT skipped is a replay of an id stored for this unit (200), an id
 * stored for another unit (409), or a dossier already rated (409). When a batch fails unexpectedly it is
 * rolled back whole and its requests are processed one by one, so no rating is lost or stored twice.
 */
import type { Rating } from '@motcua/core';
import type { Db, Queryable } from './db.js';
import { pgCode } from './db.js';
import { errors, type HttpError } from './http.js';
import { type Limit, limitAll } from './ratelimit.js';

export interface RatingRequest {
  rating: Rating;
  unit: string;
  createdAt: Date;
  limits: Limit[];
}

/** 201 for a new row, 200 for a replay of one already stored; errors (409, 429) are thrown. */
export type RatingOutcome = 200 | 201;

interface Pending extends RatingRequest {
  resolve(status: RatingOutcome): void;
  reject(error: unknown): void;
}

/** Rows per batch at most (11 parameters each, far below PostgreSQL's 65,535). */
const MAX_BATCH = 256;

const COLUMNS = '(id, unit, scale, score, mode, criteria, comment, procedure, dossier, officer, created_at)';

export const dossierTaken = () =>
  errors.conflict({
    vi: 'Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ đánh giá một lần.',
    en: 'This dossier has already been rated. Each dossier is rated once.',
  });

export const idTaken = () =>
  errors.conflict({ vi: 'Mã định danh đã được dùng cho dữ liệu khác.', en: 'This id is already used by other data.' });

function rowParams(p: RatingRequest): unknown[] {
  const r = p.rating;
  return [
    r.id,
    p.unit,
    r.scale,
    r.score,
    r.mode ?? 'quick',
    r.criteria ? JSON.stringify(r.criteria) : null,
    r.comment ?? null,
    r.procedure ?? null,
    r.dossier ?? null,
    r.officer ?? null,
    p.createdAt,
  ];
}

class RatingWriter {
  private queue: Pending[] = [];
  private running = false;

  constructor(private readonly db: Db) {}

  submit(request: RatingRequest): Promise<RatingOutcome> {
    return new Promise<RatingOutcome>((resolve, reject) => {
      this.queue.push({ ...request, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  /**
   * Writes batches until the queue is empty. Each batch is taken after the event loop has read what
   * arrived meanwhile (setImmediate: the end of the current round of I/O, not a timer), so requests that
   * came in together are written together even on PGlite, whose statements block the loop while they run.
   */
  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        await this.flush(this.queue.splice(0, MAX_BATCH));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.running = false;
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    let answers: (RatingOutcome | HttpError)[];
    try {
      answers = await this.db.tx((q) => writeBatch(q, batch));
    } catch {
      // Rolled back whole (nothing of it is stored or counted): each request on its own, as before batching.
      for (const p of batch) {
        try {
          p.resolve(await writeOne(this.db, p));
        } catch (error) {
          p.reject(error);
        }
      }
      return;
    }
    // Committed: now, and only now, answer.
    batch.forEach((p, i) => {
      const a = answers[i];
      if (typeof a === 'number') p.resolve(a);
      else p.reject(a);
    });
  }
}

/** Counts, inserts and resolves one batch inside the caller's transaction; answers in batch order. */
async function writeBatch(q: Queryable, batch: Pending[]): Promise<(RatingOutcome | HttpError)[]> {
  const answers: (RatingOutcome | HttpError | undefined)[] = new Array(batch.length);
  // Rate limits: one upsert adding each key's share of the batch. Keys sorted, so concurrent batches of
  // several instances lock counter rows in one order.
  const now = Date.now();
  const counters = new Map<string, { key: string; start: Date; windowSeconds: number; add: number; seen: number }>();
  const perRequest = batch.map((p) =>
    p.limits.map((l) => {
      const start = new Date(now - (now % (l.windowSeconds * 1000)));
      const id = `${l.key}\u0000${start.getTime()}`;
      let c = counters.get(id);
      if (!c) {
        c = { key: l.key, start, windowSeconds: l.windowSeconds, add: 0, seen: 0 };
        counters.set(id, c);
      }
      c.add++;
      return { limit: l, counter: c };
    }),
  );
  if (counters.size) {
    const list = [...counters.values()].sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : a.start.getTime() - b.start.getTime(),
    );
    const rows = await q.query<{ key: string; window_start: Date; count: number }>(
      `INSERT INTO rate_counters (key, window_start, count)
       VALUES ${list.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}::timestamptz, $${i * 3 + 3}::int)`).join(', ')}
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + EXCLUDED.count
       RETURNING key, window_start, count`,
      list.flatMap((c) => [c.key, c.start, c.add]),
    );
    const totals = new Map(rows.map((r) => [`${r.key}\u0000${new Date(r.window_start).getTime()}`, Number(r.count)]));
    // The count each request would have seen one by one: what was there before the batch, plus its place.
    const before = new Map([...counters].map(([id, c]) => [c, (totals.get(id) ?? c.add) - c.add]));
    perRequest.forEach((limits, i) => {
      let retry = 0;
      for (const { limit, counter } of limits) {
        counter.seen++;
        // As one by one: every limit counts the request; the first one exceeded gives the Retry-After.
        if (!retry && (before.get(counter) ?? 0) + counter.seen > limit.max) {
          retry = Math.max(1, Math.ceil((counter.start.getTime() + limit.windowSeconds * 1000 - now) / 1000));
        }
      }
      if (retry) answers[i] = errors.tooMany(retry);
    });
  }
  const accepted = batch.filter((_, i) => answers[i] === undefined);
  if (accepted.length) {
    const params: unknown[] = [];
    const values = accepted.map((p) => {
      const base = params.length;
      params.push(...rowParams(p));
      return `(${Array.from({ length: 11 }, (_, k) => `$${base + k + 1}`).join(', ')})`;
    });
    // No conflict target: a row whose id or dossier is already taken is skipped, not an error.
    const inserted = await q.query<{ id: string }>(
      `INSERT INTO ratings ${COLUMNS} VALUES ${values.join(', ')} ON CONFLICT DO NOTHING RETURNING id`,
      params,
    );
    // PostgreSQL spells uuids in lower case; a client may not.
    const fresh = new Set(inserted.map((r) => String(r.id).toLowerCase()));
    const skipped: number[] = [];
    batch.forEach((p, i) => {
      if (answers[i] !== undefined) return;
      // The first request of an id that was inserted made it (201); later ones in the batch replay it.
      if (fresh.delete(p.rating.id.toLowerCase())) answers[i] = 201;
      else skipped.push(i);
    });
    if (skipped.length) {
      const ids = [...new Set(skipped.map((i) => (batch[i] as Pending).rating.id.toLowerCase()))];
      const stored = await q.query<{ id: string; unit: string }>(
        'SELECT id::text AS id, unit FROM ratings WHERE id = ANY($1::uuid[])',
        [ids],
      );
      const unitOf = new Map(stored.map((r) => [r.id, r.unit]));
      for (const i of skipped) {
        const p = batch[i] as Pending;
        const unit = unitOf.get(p.rating.id.toLowerCase());
        answers[i] = unit === undefined ? dossierTaken() : unit === p.unit ? 200 : idTaken();
      }
    }
  }
  return answers as (RatingOutcome | HttpError)[];
}

/** One rating without batching (the fallback of a failed batch): exactly the pre-batching path. */
async function writeOne(db: Db, p: RatingRequest): Promise<RatingOutcome> {
  await limitAll(db, p.limits);
  try {
    const inserted = await db.query(
      `INSERT INTO ratings ${COLUMNS} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      rowParams(p),
    );
    if (inserted.length) return 201;
  } catch (error) {
    if (pgCode(error) === '23505') throw dossierTaken();
    throw error;
  }
  const existing = await db.query<{ unit: string }>('SELECT unit FROM ratings WHERE id = $1', [p.rating.id]);
  if (existing[0]?.unit !== p.unit) throw idTaken();
  return 200;
}

const writers = new WeakMap<Db, RatingWriter>();

/** Stores one rating through its storage's group commit; resolves once it is committed. */
export function submitRating(db: Db, request: RatingRequest): Promise<RatingOutcome> {
  let w = writers.get(db);
  if (!w) {
    w = new RatingWriter(db);
    writers.set(db, w);
  }
  return w.submit(request);
}
