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
 * The batch's statement and how its rows answer each request: batch-statement.ts.
 */
import type { Db } from '../storage/database.js';
import { pgCode } from '../storage/database.js';
import { limitAll } from '../storage/rate-limits.js';
import {
  type BatchRow,
  batchStatement,
  COLUMNS,
  dossierTaken,
  idTaken,
  type RatingOutcome,
  type RatingRequest,
  rowParams,
} from './batch-statement.js';

export { dossierTaken, idTaken, type RatingOutcome, type RatingRequest } from './batch-statement.js';

interface Pending extends RatingRequest {
  resolve(status: RatingOutcome): void;
  reject(error: unknown): void;
}

/** Rows per batch at most: a batch waits for the one before it, so a cap keeps its latency bounded. */
const MAX_BATCH = 256;

class RatingWriter {
  private queue: Pending[] = [];
  private running = false;
  /** Size of the batch being written now, 0 when none. */
  writing = 0;
  /** While set, no batch starts (holdRatings). */
  private held?: Promise<void>;

  get queued(): number {
    return this.queue.length;
  }

  hold(): () => void {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.held = held.then(() => {
      if (this.held === wait) this.held = undefined;
    });
    const wait = this.held;
    return release;
  }

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
        if (this.held) {
          await this.held;
          continue;
        }
        const batch = this.queue.splice(0, MAX_BATCH);
        this.writing = batch.length;
        await this.flush(batch);
        this.writing = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.writing = 0;
      this.running = false;
    }
  }

  private async flush(batch: Pending[]): Promise<void> {
    const statement = batchStatement(batch);
    let rows: BatchRow[];
    try {
      rows = await this.db.query<BatchRow>(statement.sql, statement.params);
    } catch {
      // The statement failed whole (nothing of it is stored or counted): each request on its own, as before.
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
    const answers = statement.answers(rows);
    const unexplained: Pending[] = [];
    batch.forEach((p, i) => {
      const a = answers[i];
      if (a === undefined) unexplained.push(p);
      else if (typeof a === 'number') p.resolve(a);
      else p.reject(a);
    });
    if (unexplained.length) await resolveSkipped(this.db, unexplained);
  }
}

/**
 * Rows the INSERT skipped for a row committed while the statement ran (another instance, same id or
 * dossier): looked up again, now that it is committed. Nothing is written here, so a failure is a 503 for
 * these requests only (the client retries; its id makes that safe).
 */
async function resolveSkipped(db: Db, list: Pending[]): Promise<void> {
  try {
    const ids = [...new Set(list.map((p) => p.rating.id.toLowerCase()))];
    const stored = await db.query<{ id: string; unit: string }>(
      'SELECT id::text AS id, unit FROM ratings WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const unitOf = new Map(stored.map((r) => [r.id.toLowerCase(), r.unit]));
    for (const p of list) {
      const unit = unitOf.get(p.rating.id.toLowerCase());
      if (unit === undefined) p.reject(dossierTaken());
      else if (unit === p.unit) p.resolve(200);
      else p.reject(idTaken());
    }
  } catch (error) {
    for (const p of list) p.reject(error);
  }
}

/** One rating without batching (the fallback of a failed batch): exactly the pre-batching path. */
async function writeOne(db: Db, p: RatingRequest): Promise<RatingOutcome> {
  await limitAll(db, p.limits);
  try {
    const inserted = await db.query(
      `INSERT INTO ratings ${COLUMNS} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
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

function writerOf(db: Db): RatingWriter {
  let w = writers.get(db);
  if (!w) {
    w = new RatingWriter(db);
    writers.set(db, w);
  }
  return w;
}

/** Stores one rating through its storage's group commit; resolves once it is committed. */
export function submitRating(db: Db, request: RatingRequest): Promise<RatingOutcome> {
  return writerOf(db).submit(request);
}

/** Ratings waiting for the next batch, and the size of the batch being written (tests observe batching). */
export function ratingQueue(db: Db): { queued: number; writing: number } {
  const w = writerOf(db);
  return { queued: w.queued, writing: w.writing };
}

/**
 * For tests: no new batch starts until the returned function is called, so requests sent meanwhile are
 * written as one batch (the storage, HTTP and everything else run as usual).
 */
export function holdRatings(db: Db): () => void {
  return writerOf(db).hold();
}
