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
import type { Db } from '../storage/database.js';
import { pgCode } from '../storage/database.js';
import { errors, type HttpError } from '../http/errors.js';
import { type Limit, limitAll } from '../storage/rate-limits.js';
import type { RatingProof } from './tables.js';

export interface RatingRequest {
  rating: Rating;
  unit: string;
  createdAt: Date;
  /** How the rating is vouched for (proof.ts). */
  proof: RatingProof;
  limits: Limit[];
}

/** 201 for a new row, 200 for a replay of one already stored; errors (409, 429) are thrown. */
export type RatingOutcome = 200 | 201;

interface Pending extends RatingRequest {
  resolve(status: RatingOutcome): void;
  reject(error: unknown): void;
}

/** Rows per batch at most: a batch waits for the one before it, so a cap keeps its latency bounded. */
const MAX_BATCH = 256;

const COLUMNS = '(id, unit, scale, score, mode, criteria, comment, procedure, dossier, officer, proof, created_at)';

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
    p.proof,
    p.createdAt,
  ];
}

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

interface Counter {
  index: number;
  key: string;
  start: Date;
  windowSeconds: number;
  add: number;
}

type BatchRow = {
  kind: 'c' | 'r' | 'i' | 'e';
  id: string | null;
  unit: string | null;
  key: string | null;
  ws: Date | null;
  count: number | null;
  i: number | null;
};

/** The types of a rating row's columns (COLUMNS, in order), as bound arrays. */
const ROW_TYPES = [
  'uuid',
  'text',
  'int2',
  'int2',
  'text',
  'jsonb',
  'text',
  'text',
  'text',
  'text',
  'text',
  'timestamptz',
];

const ROW_ARRAYS = ROW_TYPES.map((type, k) => `$${14 + k}::${type}[]`).join(', ');

/** The group commit's statement; its inputs are arrays, one per column (batchStatement). */
const BATCH_SQL = `WITH cin AS (SELECT * FROM unnest($1::int[], $2::text[], $3::timestamptz[], $4::int[]) AS t (cidx, key, ws, add)),
     chk AS (SELECT * FROM unnest($5::int[], $6::int[], $7::int[], $8::int[]) AS t (i, cidx, pos, max)),
     sch AS (SELECT * FROM unnest($9::int[], $10::text[], $11::timestamptz[], $12::int[]) AS t (i, key, ws, max)),
     r AS (SELECT * FROM unnest($13::int[], ${ROW_ARRAYS}) AS t (i, ${COLUMNS.slice(1, -1)})),
     c AS (
       INSERT INTO rate_counters (key, window_start, count) SELECT key, ws, add FROM cin ORDER BY cidx
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + EXCLUDED.count
       RETURNING key, window_start, count),
     rejp AS (
       SELECT DISTINCT chk.i FROM chk JOIN cin ON cin.cidx = chk.cidx
       JOIN c ON c.key = cin.key AND c.window_start = cin.ws
       WHERE c.count - cin.add + chk.pos > chk.max),
     u AS (
       SELECT i, key, ws, max, row_number() OVER (PARTITION BY key, ws ORDER BY i) AS pos
       FROM sch WHERE i NOT IN (SELECT i FROM rejp)),
     uadd AS (SELECT key, ws, count(*)::int AS add FROM u GROUP BY key, ws),
     cu AS (
       INSERT INTO rate_counters (key, window_start, count) SELECT key, ws, add FROM uadd ORDER BY key, ws
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + EXCLUDED.count
       RETURNING key, window_start, count),
     reju AS (
       SELECT DISTINCT u.i FROM u JOIN uadd ON uadd.key = u.key AND uadd.ws = u.ws
       JOIN cu ON cu.key = u.key AND cu.window_start = u.ws
       WHERE cu.count - uadd.add + u.pos > u.max),
     rej AS (SELECT i FROM rejp UNION SELECT i FROM reju),
     ins AS (
       INSERT INTO ratings ${COLUMNS}
       SELECT ${COLUMNS.slice(1, -1)} FROM r WHERE r.i NOT IN (SELECT i FROM rej) ORDER BY r.i
       ON CONFLICT DO NOTHING RETURNING id, unit),
     ex AS (SELECT id, unit FROM ratings WHERE id IN (SELECT id FROM r))
     SELECT 'r' AS kind, NULL::text AS id, NULL::text AS unit, NULL::text AS key, NULL::timestamptz AS ws, NULL::int AS count, i FROM rej
     UNION ALL SELECT 'i', id::text, unit, NULL, NULL, NULL, NULL FROM ins
     UNION ALL SELECT 'e', id::text, unit, NULL, NULL, NULL, NULL FROM ex`;

/**
 * Counts, inserts and resolves one batch in ONE statement (so one transaction, one commit, one round
 * trip), answers in batch order. Data-modifying CTEs: `c` adds each rate key's share of the batch
 * (keys sorted, so batches of several instances lock counter rows in one order); `rej` is every request
 * whose count, as one-by-one processing would have seen it (the count before the batch plus its place
 * in the batch), exceeds a limit; `ins` inserts the others, skipping rows whose id or dossier is taken;
 * `ex` is what was stored before under the batch's ids, to tell a replay from a taken id or dossier.
 */
function batchStatement(batch: Pending[]): {
  sql: string;
  params: unknown[];
  answers(rows: BatchRow[]): (RatingOutcome | HttpError | undefined)[];
} {
  const now = Date.now();
  // Personal limits (the client's address) count every request; shared ones (the unit's budget) count
  // only the requests every personal limit let through, so an abuser refused for its address spends
  // nothing of the budget the ward's other citizens share.
  const counters = new Map<string, Counter>();
  const checks: { i: number; counter: Counter; pos: number; max: number }[] = [];
  const shared: { i: number; key: string; start: Date; max: number }[] = [];
  batch.forEach((p, i) => {
    for (const l of p.limits) {
      const start = new Date(now - (now % (l.windowSeconds * 1000)));
      if (l.shared) {
        shared.push({ i, key: l.key, start, max: l.max });
        continue;
      }
      const id = `${l.key}\u0000${start.getTime()}`;
      let c = counters.get(id);
      if (!c) {
        c = { index: 0, key: l.key, start, windowSeconds: l.windowSeconds, add: 0 };
        counters.set(id, c);
      }
      c.add++;
      checks.push({ i, counter: c, pos: c.add, max: l.max });
    }
  });
  const list = [...counters.values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.start.getTime() - b.start.getTime(),
  );
  list.forEach((c, k) => {
    c.index = k;
  });
  // Each input is bound as one array per column, so the statement's text is the same for every batch:
  // PostgreSQL parses and plans a few dozen parameters instead of twelve per rating (planning a
  // VALUES list of 256 rows cost more than running it).
  const rows = batch.map(rowParams);
  const column = (k: number) => rows.map((r) => r[k]);
  const params: unknown[] = [
    list.map((c) => c.index),
    list.map((c) => c.key),
    list.map((c) => c.start),
    list.map((c) => c.add),
    checks.map((k) => k.i),
    checks.map((k) => k.counter.index),
    checks.map((k) => k.pos),
    checks.map((k) => k.max),
    shared.map((k) => k.i),
    shared.map((k) => k.key),
    shared.map((k) => k.start),
    shared.map((k) => k.max),
    batch.map((_, i) => i),
    ...ROW_TYPES.map((_, k) => column(k)),
  ];
  const sql = BATCH_SQL;
  return { sql, params, answers: answersOf };

  function answersOf(result: BatchRow[]): (RatingOutcome | HttpError | undefined)[] {
    const answers: (RatingOutcome | HttpError | undefined)[] = new Array(batch.length);
    // The statement has committed. Rate-limited requests: 429, Retry-After from the first limit exceeded.
    const inserted = new Map<string, string>();
    const existing = new Map<string, string>();
    for (const row of result) {
      if (row.kind === 'r') {
        // Retry when the first of its windows ends.
        const p = batch[Number(row.i)] as Pending;
        const ends = Math.min(...p.limits.map((l) => now - (now % (l.windowSeconds * 1000)) + l.windowSeconds * 1000));
        answers[Number(row.i)] = errors.tooMany(Math.max(1, Math.ceil((ends - now) / 1000)));
      } else if (row.kind === 'i') inserted.set(String(row.id).toLowerCase(), String(row.unit));
      else existing.set(String(row.id).toLowerCase(), String(row.unit));
    }
    // The others: the first request of an inserted id made it (201); any other is resolved by what is stored.
    const claimed = new Set<string>();
    batch.forEach((p, i) => {
      if (answers[i] !== undefined) return;
      const id = p.rating.id.toLowerCase();
      const madeBy = inserted.get(id);
      if (madeBy !== undefined && madeBy === p.unit && !claimed.has(id)) {
        claimed.add(id);
        answers[i] = 201;
        return;
      }
      const unit = madeBy ?? existing.get(id);
      // Left undefined: skipped for a row committed meanwhile (resolveSkipped looks again).
      if (unit !== undefined) answers[i] = unit === p.unit ? 200 : idTaken();
    });
    return answers;
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
