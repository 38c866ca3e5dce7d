/**
 * Submitting an attempt, exactly once, graded here against the server's deadline (never trusted from the
 * browser). A second delivery of the same submission (the outbox retrying) answers with the stored result.
 * A submission after the deadline (and its grace) is graded and kept, counted as participation, and
 * marked late: it never ranks.
 *
 * Built for a contest's launch hour: submissions that arrive together are read in one statement and
 * written in one (storage/batch.ts), so a thousand citizens submitting in the same minute cost the
 * database a few statements per round trip, not two each; the read runs beside the rate limit's count,
 * so a submission waits for two round trips, not three. The write is conditional on the attempt being
 * unsubmitted, so of two deliveries racing exactly one stores its grade and the other answers with it;
 * within one batch only the first delivery of an attempt is written, the others read what it stored.
 */
import { type Kysely, sql } from 'kysely';
import { sameSecret, digest } from '../http/secrets.js';
import { Batcher, perStorage } from '../storage/batch.js';
import type { Database } from '../storage/schema.js';
import { type GradedResult, keyOf, PROBLEMS, SUBMIT_GRACE_MS, type Submission } from './attempts.js';
import type { BankQuestion } from './draw.js';
import { grade } from './grading.js';
import { ownersFor, type Ward } from './owner.js';
import type { DrawnQuestionJson } from './tables.js';

type Db = Kysely<Database>;

/** A drawn question's kind, by question id: all grading needs of the drawn questions besides the key. */
type Kinds = Record<string, DrawnQuestionJson['kind']>;

/**
 * An attempt as submitting needs it: who owns it, its secret, its questions' kinds and key, its times.
 * Not the drawn questions themselves: their text and options are most of the row's bytes, and a launch
 * hour reads thousands of rows a minute, so the database sends each question's kind alone.
 */
async function readAttempts(db: Db, ids: string[]) {
  const rows = await db
    .selectFrom('contest_attempts as a')
    .innerJoin('contests as c', (j) => j.onRef('c.unit', '=', 'a.unit').onRef('c.slug', '=', 'a.contest'))
    .select([
      'a.id',
      'a.unit',
      'a.contest',
      'a.round_id',
      'a.token_hash',
      sql<Kinds>`(SELECT jsonb_object_agg(q->>'id', q->>'kind') FROM jsonb_array_elements(a.questions) AS q)`.as(
        'kinds',
      ),
      'a.answer_key',
      'a.started_at',
      'a.deadline',
      'a.submitted_at',
      'a.correct',
      'a.total',
      'a.took_ms',
      'a.late',
      'c.ideas_enabled',
    ])
    .where('a.id', 'in', [...new Set(ids)])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id));
}

type AttemptRow = NonNullable<Awaited<ReturnType<typeof readAttempts>>[number]>;

/** What one submission writes into its attempt's row. */
interface Graded {
  id: string;
  submittedAt: Date;
  answers: string;
  correct: number;
  tookMs: number;
  late: boolean;
  prediction: number | null;
  idea: string | null;
}

/**
 * Writes a batch of graded submissions in one statement; for each, whether it was stored (false: the
 * attempt was submitted already, by another delivery, or by an earlier one of the same batch).
 */
async function writeGraded(db: Db, batch: Graded[]): Promise<boolean[]> {
  // An attempt's first delivery only, in id order so two instances' batches lock rows in the same order.
  const first = batch
    .filter((g, i) => batch.findIndex((o) => o.id === g.id) === i)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const column = <K extends keyof Graded>(k: K) => first.map((g) => g[k]);
  const { rows } = await sql<{ id: string }>`
    UPDATE contest_attempts AS a
    SET submitted_at = v.submitted_at, answers = v.answers::jsonb, correct = v.correct, took_ms = v.took_ms,
        late = v.late, prediction = v.prediction, idea = v.idea
    FROM unnest(${column('id')}::uuid[], ${column('submittedAt').map((d) => d.toISOString())}::timestamptz[],
                ${column('answers')}::text[], ${column('correct')}::int[], ${column('tookMs')}::int[],
                ${column('late')}::bool[], ${column('prediction')}::int[], ${column('idea')}::text[])
      AS v(id, submitted_at, answers, correct, took_ms, late, prediction, idea)
    WHERE a.id = v.id AND a.submitted_at IS NULL
    RETURNING a.id::text AS id`.execute(db);
  const stored = new Set(rows.map((r) => r.id.toLowerCase()));
  return batch.map((g) => first.includes(g) && stored.has(g.id.toLowerCase()));
}

const readerOf = perStorage((db: Db) => new Batcher((ids: string[]) => readAttempts(db, ids)));
const writerOf = perStorage((db: Db) => new Batcher((batch: Graded[]) => writeGraded(db, batch)));

/**
 * @param admission The rate limit's count, already under way: the attempt is read while it is counted
 *   (one round trip's wait, not two), and a refusal by the limit wins over anything the read found.
 */
export async function submitAttempt(
  db: Db,
  ward: Ward,
  slug: string,
  attemptId: string,
  submission: Submission,
  now: Date,
  admission: Promise<void> = Promise.resolve(),
): Promise<GradedResult> {
  const [admitted, read] = await Promise.allSettled([admission, readerOf(db).add(attemptId.toLowerCase())]);
  if (admitted.status === 'rejected') throw admitted.reason;
  if (read.status === 'rejected') throw read.reason;
  const attempt = read.value;
  // Another ward's attempt, or another contest's, is no attempt of this one.
  if (!attempt || !ownersFor(ward).includes(attempt.unit) || attempt.contest !== slug) throw PROBLEMS.noAttempt();
  if (!sameSecret(attempt.token_hash, digest(submission.token))) throw PROBLEMS.badToken();
  const kinds: Kinds = attempt.kinds ?? {};
  const key = attempt.answer_key ?? (await bankKey(db, attempt.round_id, Object.keys(kinds)));
  if (attempt.submitted_at) return storedResult(attempt, key);
  const result = grade(keyed(kinds, key), Object.keys(kinds), submission.answers);
  const late = now.getTime() > attempt.deadline.getTime() + SUBMIT_GRACE_MS;
  const tookMs = Math.max(0, Math.min(now.getTime(), attempt.deadline.getTime()) - attempt.started_at.getTime());
  const written = await writerOf(db).add({
    id: attempt.id,
    submittedAt: now,
    answers: JSON.stringify(submission.answers),
    correct: result.correct,
    tookMs,
    late,
    prediction: submission.prediction ?? null,
    idea: attempt.ideas_enabled ? (submission.idea ?? null) : null,
  });
  if (written) return { correct: result.correct, total: result.total, tookMs, late, key };
  // Another delivery of this submission stored its grade first: answer with that one.
  const first = await db
    .selectFrom('contest_attempts')
    .select(['correct', 'total', 'took_ms', 'late'])
    .where('id', '=', attempt.id)
    .executeTakeFirstOrThrow();
  return storedResult(first, key);
}

function storedResult(
  a: Pick<AttemptRow, 'correct' | 'total' | 'took_ms' | 'late'>,
  key: Record<string, string[]>,
): GradedResult {
  return { correct: a.correct ?? 0, total: a.total, tookMs: a.took_ms ?? 0, late: a.late, key };
}

/**
 * The drawn questions as grading reads them, from the attempt's own row: each one's kind and its right
 * options (grading compares the chosen options with the right ones, so the others are not needed).
 */
function keyed(kinds: Kinds, key: Record<string, string[]>): BankQuestion[] {
  return Object.entries(kinds).map(([id, kind]) => ({
    id,
    text: '',
    kind,
    options: (key[id] ?? []).map((o) => ({ id: o, text: '', correct: true })),
  }));
}

/** The answer key of an attempt started before keys were kept with attempts: from the round's bank. */
async function bankKey(db: Db, roundId: string, drawn: readonly string[]) {
  if (!drawn.length) return {};
  const bank = await db
    .selectFrom('contest_questions')
    .selectAll()
    .where('round_id', '=', roundId)
    .where('id', 'in', [...drawn])
    .execute();
  return keyOf(
    bank,
    drawn.map((id) => ({ id })),
  );
}
