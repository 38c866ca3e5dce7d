/**
 * The one statement of a group-commit batch (store.ts): it counts the batch against the rate limits,
 * inserts the accepted ratings and reads what was stored before under their ids, and its rows give
 * each request's answer in batch order (201, 200, 409 or 429). Also a rating row's columns and the
 * conflicts a rating can meet, which the one-by-one fallback shares.
 */
import type { Rating } from '@motcua/core';
import { errors, type HttpError } from '../http/errors.js';
import type { Limit } from '../storage/rate-limits.js';
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

export const COLUMNS =
  '(id, unit, scale, score, mode, criteria, comment, procedure, dossier, officer, proof, created_at)';

export const dossierTaken = () =>
  errors.conflict({
    vi: 'Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ đánh giá một lần.',
    en: 'This dossier has already been rated. Each dossier is rated once.',
  });

export const idTaken = () =>
  errors.conflict({ vi: 'Mã định danh đã được dùng cho dữ liệu khác.', en: 'This id is already used by other data.' });

export function rowParams(p: RatingRequest): unknown[] {
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

interface Counter {
  index: number;
  key: string;
  start: Date;
  windowSeconds: number;
  add: number;
}

export type BatchRow = {
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
export function batchStatement(batch: RatingRequest[]): {
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
        const p = batch[Number(row.i)] as RatingRequest;
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
