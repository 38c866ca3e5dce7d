/**
 * The citizen's side of a contest: what the contest and its open round look like (never an answer),
 * starting an attempt (registration, one open attempt per person, the round's limit of attempts), and
 * submitting it exactly once, graded here, against the server's deadline. A ward's widget reaches its
 * ward's contests and its province's (owner.ts); a participant of a province's contest belongs to the
 * ward they registered through, or the ward of the province they chose. Submitting: submissions.ts.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { type Message, msg } from '@motcua/core';
import type { Kysely } from 'kysely';
import { digest, newToken } from '../http/secrets.js';
import { type BankQuestion, drawQuestions } from './draw.js';
import { wardsOf } from '../provinces/wards.js';
import { contestFor, type Ward } from './owner.js';
import type { Database } from '../storage/schema.js';
import type { DrawnQuestionJson } from './tables.js';

/** A submission that arrives this long after its deadline still counts (the network, the outbox's retry). */
export const SUBMIT_GRACE_MS = 30_000;

/** Something the participant must be told, with the HTTP status it answers with. */
export class ContestProblem extends Error {
  constructor(
    readonly status: 404 | 409 | 403 | 410,
    readonly text: Message,
  ) {
    super(text.en);
  }
}

export const PROBLEMS = {
  noContest: () => new ContestProblem(404, msg('Không tìm thấy cuộc thi.', 'No such contest.')),
  noRound: () =>
    new ContestProblem(409, msg('Hiện không có đợt thi nào đang mở.', 'No round of this contest is open now.')),
  noAttempt: () => new ContestProblem(404, msg('Không tìm thấy lượt thi.', 'No such attempt.')),
  badToken: () =>
    new ContestProblem(
      403,
      msg('Lượt thi này không thuộc về trình duyệt này.', 'This attempt belongs to another browser.'),
    ),
  openElsewhere: (minutes: number) =>
    new ContestProblem(
      409,
      msg(
        `Bạn đang có một lượt thi chưa nộp (còn khoảng ${minutes} phút). Hãy nộp lượt đó trước, hoặc chờ hết giờ.`,
        `You have an attempt under way (about ${minutes} minutes left). Submit it first, or wait until its time is up.`,
      ),
    ),
  limitReached: (limit: number) =>
    new ContestProblem(
      409,
      msg(
        `Bạn đã dùng hết ${limit} lượt thi của đợt này. Lượt có kết quả cao nhất được tính.`,
        `You have used all ${limit} attempts of this round. Your best attempt counts.`,
      ),
    ),
  idTaken: () =>
    new ContestProblem(
      409,
      msg('Mã lượt thi này đã được dùng. Vui lòng tải lại trang.', 'This attempt id is taken. Reload the page.'),
    ),
  notOurWard: () =>
    new ContestProblem(
      409,
      msg(
        'Phường, xã đã chọn không thuộc tỉnh, thành phố tổ chức cuộc thi.',
        "The ward chosen is not one of the contest province's.",
      ),
    ),
  idNumberRequired: () =>
    new ContestProblem(
      409,
      msg('Cuộc thi này yêu cầu số định danh cá nhân.', 'This contest asks for a personal ID number.'),
    ),
};

export interface PublicContest {
  slug: string;
  title: string;
  rules: string;
  prediction: string;
  ideas: boolean;
  requireIdNumber: boolean;
  places: string[];
  /** A province's contest: the wards a participant may belong to (the widget's own by default). */
  wards?: { code: string; name: string }[];
  round: {
    id: string;
    title: string;
    questionCount: number;
    durationMinutes: number;
    opensAt: string;
    closesAt: string;
  } | null;
  /** Rounds whose results staff have published, newest first. */
  published: { id: string; title: string }[];
}

export interface Registration {
  id: string;
  fullName: string;
  birthYear: number;
  phone: string;
  place: string;
  workplace?: string;
  idNumber?: string;
  /** A province's contest: the ward of the province the participant belongs to, if not the widget's. */
  ward?: string;
}

export interface StartedAttempt {
  id: string;
  token: string;
  roundId: string;
  deadline: string;
  now: string;
  questions: DrawnQuestionJson[];
}

export interface Submission {
  token: string;
  answers: Record<string, string[]>;
  prediction?: number;
  idea?: string;
}

export interface GradedResult {
  correct: number;
  total: number;
  tookMs: number;
  late: boolean;
  /** The right options of each question drawn: sent only once the attempt is submitted. */
  key: Record<string, string[]>;
}

type Db = Kysely<Database>;

const cryptoRandom = () => randomInt(0, 2 ** 32) / 2 ** 32;

/** The round open at `now`, if any (the latest opened when rounds overlap). */
export async function openRound(db: Db, unit: string, contest: string, now: Date) {
  return db
    .selectFrom('contest_rounds')
    .selectAll()
    .where('unit', '=', unit)
    .where('contest', '=', contest)
    .where('opens_at', '<=', now)
    .where('closes_at', '>', now)
    .orderBy('opens_at', 'desc')
    .executeTakeFirst();
}

/** What a browser may know about a contest: its rules, its open round, and never an answer. */
export async function publicContest(db: Db, ward: Ward, slug: string, now: Date): Promise<PublicContest> {
  const c = await contestFor(db, ward, slug);
  if (!c) throw PROBLEMS.noContest();
  const round = await openRound(db, c.unit, slug, now);
  const published = await db
    .selectFrom('contest_rounds')
    .select(['id', 'title'])
    .where('unit', '=', c.unit)
    .where('contest', '=', slug)
    .where('published_at', 'is not', null)
    .orderBy('opens_at', 'desc')
    .execute();
  return {
    slug: c.slug,
    title: c.title,
    rules: c.rules,
    prediction: c.prediction_question,
    ideas: c.ideas_enabled,
    requireIdNumber: c.require_id_number,
    places: c.places,
    ...(c.province_code && { wards: await wardsOf(db, c.province_code) }),
    round: round
      ? {
          id: round.id,
          title: round.title,
          questionCount: round.question_count,
          durationMinutes: round.duration_minutes,
          opensAt: round.opens_at.toISOString(),
          closesAt: round.closes_at.toISOString(),
        }
      : null,
    published,
  };
}

/**
 * The ward a participant belongs to: the widget's, or for a province's contest the ward of that province
 * they chose. A ward's own contest counts everyone in that ward.
 */
async function participantWard(db: Db, province: string | null, through: Ward, chosen?: string): Promise<string> {
  if (!province || !chosen || chosen === through.code) return through.code;
  const ward = await db
    .selectFrom('units')
    .select('code')
    .where('code', '=', chosen)
    .where('province_code', '=', province)
    .executeTakeFirst();
  if (!ward) throw PROBLEMS.notOurWard();
  return ward.code;
}

/**
 * Starts an attempt for a registration. The client's attempt `id` makes a retry safe: the same id gives
 * the same attempt (with a fresh token, since only the token's hash is kept). A person (one phone per
 * contest) has at most one attempt open, and the round's number of attempts.
 */
export async function startAttempt(
  db: Db,
  through: Ward,
  slug: string,
  reg: Registration,
  now: Date,
): Promise<StartedAttempt> {
  const contest = await contestFor(db, through, slug);
  if (!contest) throw PROBLEMS.noContest();
  if (contest.require_id_number && !reg.idNumber) throw PROBLEMS.idNumberRequired();
  const unit = contest.unit;
  const ward = await participantWard(db, contest.province_code, through, reg.ward);
  const round = await openRound(db, unit, slug, now);
  if (!round) throw PROBLEMS.noRound();
  const token = newToken(24);

  return db.transaction().execute(async (tx) => {
    // The registration: the latest details a person gives replace the earlier ones.
    const participant = await tx
      .insertInto('contest_participants')
      .values({
        id: randomUUID(),
        unit,
        contest: slug,
        phone: reg.phone,
        ward,
        full_name: reg.fullName,
        birth_year: reg.birthYear,
        place: reg.place,
        workplace: reg.workplace ?? null,
        id_number: reg.idNumber ?? null,
        consent_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['unit', 'contest', 'phone']).doUpdateSet((eb) => ({
          ward: eb.ref('excluded.ward'),
          full_name: eb.ref('excluded.full_name'),
          birth_year: eb.ref('excluded.birth_year'),
          place: eb.ref('excluded.place'),
          workplace: eb.ref('excluded.workplace'),
          id_number: eb.ref('excluded.id_number'),
          consent_at: eb.ref('excluded.consent_at'),
        })),
      )
      .returning('id')
      .executeTakeFirstOrThrow();

    const previous = await tx
      .selectFrom('contest_attempts')
      .selectAll()
      .where('participant_id', '=', participant.id)
      .where('round_id', '=', round.id)
      .forUpdate()
      .execute();
    const same = previous.find((a) => a.id === reg.id);
    if (same) {
      if (same.submitted_at) throw PROBLEMS.limitReached(contest.attempts_per_round);
      await tx
        .updateTable('contest_attempts')
        .set({ token_hash: digest(token) })
        .where('id', '=', same.id)
        .execute();
      return {
        id: same.id,
        token,
        roundId: round.id,
        deadline: same.deadline.toISOString(),
        now: now.toISOString(),
        questions: same.questions,
      };
    }
    const open = previous.find((a) => !a.submitted_at && a.deadline.getTime() + SUBMIT_GRACE_MS > now.getTime());
    if (open) throw PROBLEMS.openElsewhere(Math.max(1, Math.ceil((open.deadline.getTime() - now.getTime()) / 60_000)));
    if (previous.length >= contest.attempts_per_round) throw PROBLEMS.limitReached(contest.attempts_per_round);
    const taken = await tx.selectFrom('contest_attempts').select('id').where('id', '=', reg.id).executeTakeFirst();
    if (taken) throw PROBLEMS.idTaken();

    const bank = await tx
      .selectFrom('contest_questions')
      .selectAll()
      .where('round_id', '=', round.id)
      .orderBy('position')
      .execute();
    if (bank.length === 0) throw PROBLEMS.noRound();
    const questions = drawQuestions(bank, round.question_count, cryptoRandom);
    // The deadline never runs past the round's close.
    const deadline = new Date(Math.min(now.getTime() + round.duration_minutes * 60_000, round.closes_at.getTime()));
    await tx
      .insertInto('contest_attempts')
      .values({
        id: reg.id,
        unit,
        contest: slug,
        round_id: round.id,
        participant_id: participant.id,
        ward,
        token_hash: digest(token),
        questions: JSON.stringify(questions),
        answer_key: JSON.stringify(keyOf(bank, questions)),
        started_at: now,
        deadline,
        total: questions.length,
        late: false,
      })
      .execute();
    return {
      id: reg.id,
      token,
      roundId: round.id,
      deadline: deadline.toISOString(),
      now: now.toISOString(),
      questions,
    };
  });
}

/** The right options of each drawn question, from the bank. */
export function keyOf(bank: readonly BankQuestion[], drawn: readonly { id: string }[]): Record<string, string[]> {
  const ids = new Set(drawn.map((q) => q.id));
  return Object.fromEntries(
    bank.filter((q) => ids.has(q.id)).map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]),
  );
}
