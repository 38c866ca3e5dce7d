/**
 * What a contest's rounds add up to: staff statistics (participants by place, by age group and by day,
 * ideas), the ranking of each participant's best attempt, the published results the public sees
 * (masked names, never a phone number), and the rows of the winners' list. A province's contest ranks
 * across its wards; its figures are also given ward by ward, and a ward's staff see only their ward's.
 */
import { vnDay } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { Queryable } from '../storage/database.js';
import { vnDaysWhere } from '../storage/vietnam-days.js';
import { digest, sameSecret } from '../http/secrets.js';
import { PROBLEMS } from './attempts.js';
import { ownersFor, type Ward } from './owner.js';
import { ageGroup, maskName } from './masking.js';
import { perfectCount, type Ranked, rankEntries } from './ranking.js';
import type { Database } from '../storage/schema.js';

type Db = Kysely<Database>;

export interface RoundStats {
  id: string;
  title: string;
  opensAt: string;
  closesAt: string;
  questionCount: number;
  durationMinutes: number;
  bankSize: number;
  publishedAt: string | null;
  started: number;
  submitted: number;
  late: number;
  participants: number;
  perfect: number;
  byPlace: { place: string; participants: number }[];
  byAgeGroup: { group: string; participants: number }[];
  byDay: { day: string; submitted: number }[];
  /** Side by side, the wards the participants belong to (one row for a ward's own contest). */
  byWard: { ward: string; name: string; participants: number; submitted: number; perfect: number }[];
}

export interface BestEntry {
  id: string;
  participantId: string;
  fullName: string;
  birthYear: number;
  phone: string;
  place: string;
  /** The participant's ward (unit code) and its name. */
  ward: string;
  wardName: string;
  workplace: string | null;
  correct: number;
  total: number;
  prediction: number | null;
  tookMs: number;
  submittedAt: Date;
}

/** Each participant's best graded, on-time attempt in a round (most right, then fastest, then earliest). */
export async function bestEntries(db: Db, roundId: string): Promise<BestEntry[]> {
  const rows = await db
    .selectFrom('contest_attempts as a')
    .innerJoin('contest_participants as p', 'p.id', 'a.participant_id')
    .innerJoin('units as w', 'w.code', 'p.ward')
    .select([
      'a.id',
      'a.participant_id',
      'a.correct',
      'a.total',
      'a.prediction',
      'a.took_ms',
      'a.submitted_at',
      'p.full_name',
      'p.birth_year',
      'p.phone',
      'p.place',
      'p.ward',
      'w.name as ward_name',
      'p.workplace',
    ])
    .where('a.round_id', '=', roundId)
    .where('a.submitted_at', 'is not', null)
    .where('a.late', '=', false)
    .execute();
  const best = new Map<string, BestEntry>();
  for (const r of rows) {
    const entry: BestEntry = {
      id: r.id,
      participantId: r.participant_id,
      fullName: r.full_name,
      birthYear: r.birth_year,
      phone: r.phone,
      place: r.place,
      ward: r.ward,
      wardName: r.ward_name,
      workplace: r.workplace,
      correct: r.correct ?? 0,
      total: r.total,
      prediction: r.prediction,
      tookMs: r.took_ms ?? 0,
      submittedAt: r.submitted_at as Date,
    };
    const held = best.get(r.participant_id);
    const better =
      !held ||
      entry.correct > held.correct ||
      (entry.correct === held.correct &&
        (entry.tookMs < held.tookMs ||
          (entry.tookMs === held.tookMs && entry.submittedAt.getTime() < held.submittedAt.getTime())));
    if (better) best.set(r.participant_id, entry);
  }
  return [...best.values()];
}

/** The round's ranking: the true answer to the prediction question, and every best entry in order. */
export async function ranking(db: Db, roundId: string): Promise<{ actual: number; ranked: Ranked<BestEntry>[] }> {
  const entries = await bestEntries(db, roundId);
  const round = await db
    .selectFrom('contest_rounds')
    .select('question_count')
    .where('id', '=', roundId)
    .executeTakeFirst();
  const total = Math.max(round?.question_count ?? 0, ...entries.map((e) => e.total));
  const actual = perfectCount(entries, total);
  return { actual, ranked: rankEntries(entries, actual) };
}

/**
 * Staff statistics of every round of a contest (its owner's `unit`), and the ideas participants sent;
 * with `onlyWard`, of that ward's participants only (a ward's staff reading their province's contest).
 */
export async function contestStats(db: Db, unit: string, slug: string, now: Date, onlyWard?: string) {
  const rounds = await db
    .selectFrom('contest_rounds')
    .selectAll()
    .where('unit', '=', unit)
    .where('contest', '=', slug)
    .orderBy('opens_at')
    .execute();
  const year = Number(vnDay(now.getTime()).slice(0, 4));
  const stats: RoundStats[] = [];
  for (const round of rounds) {
    const attempts = await db
      .selectFrom('contest_attempts as a')
      .innerJoin('contest_participants as p', 'p.id', 'a.participant_id')
      .innerJoin('units as w', 'w.code', 'a.ward')
      .select([
        'a.participant_id',
        'a.submitted_at',
        'a.late',
        'a.correct',
        'a.total',
        'a.ward',
        'w.name as ward_name',
        'p.place',
        'p.birth_year',
      ])
      .where('a.round_id', '=', round.id)
      .$if(!!onlyWard, (q) => q.where('a.ward', '=', onlyWard as string))
      .execute();
    const bank = await db
      .selectFrom('contest_questions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('round_id', '=', round.id)
      .executeTakeFirstOrThrow();
    const people = new Map<string, { place: string; birthYear: number }>();
    const perfect = new Set<string>();
    const byDay = new Map<string, number>();
    const wards = new Map<string, { name: string; people: Set<string>; submitted: number; perfect: Set<string> }>();
    let submitted = 0;
    let late = 0;
    for (const a of attempts) {
      people.set(a.participant_id, { place: a.place, birthYear: a.birth_year });
      let ward = wards.get(a.ward);
      if (!ward) {
        ward = { name: a.ward_name, people: new Set(), submitted: 0, perfect: new Set() };
        wards.set(a.ward, ward);
      }
      ward.people.add(a.participant_id);
      if (!a.submitted_at) continue;
      submitted++;
      ward.submitted++;
      if (a.late) late++;
      else if (a.correct === a.total) {
        perfect.add(a.participant_id);
        ward.perfect.add(a.participant_id);
      }
      const day = vnDay(a.submitted_at.getTime());
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
    }
    const count = (key: (p: { place: string; birthYear: number }) => string) => {
      const m = new Map<string, number>();
      for (const p of people.values()) m.set(key(p), (m.get(key(p)) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
    };
    stats.push({
      id: round.id,
      title: round.title,
      opensAt: round.opens_at.toISOString(),
      closesAt: round.closes_at.toISOString(),
      questionCount: round.question_count,
      durationMinutes: round.duration_minutes,
      bankSize: Number(bank.n),
      publishedAt: round.published_at?.toISOString() ?? null,
      started: attempts.length,
      submitted,
      late,
      participants: people.size,
      perfect: perfect.size,
      byPlace: count((p) => p.place).map(([place, participants]) => ({ place, participants })),
      byAgeGroup: count((p) => ageGroup(p.birthYear, year)).map(([group, participants]) => ({ group, participants })),
      byDay: [...byDay].sort().map(([day, n]) => ({ day, submitted: n })),
      byWard: [...wards]
        .map(([ward, w]) => ({
          ward,
          name: w.name,
          participants: w.people.size,
          submitted: w.submitted,
          perfect: w.perfect.size,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    });
  }
  const ideas = await db
    .selectFrom('contest_attempts as a')
    .innerJoin('contest_participants as p', 'p.id', 'a.participant_id')
    .select(['a.idea', 'a.submitted_at', 'p.full_name', 'p.place'])
    .where('a.unit', '=', unit)
    .where('a.contest', '=', slug)
    .where('a.idea', 'is not', null)
    .$if(!!onlyWard, (q) => q.where('a.ward', '=', onlyWard as string))
    .orderBy('a.submitted_at', 'desc')
    .limit(500)
    .execute();
  return {
    rounds: stats,
    ideas: ideas.map((i) => ({
      text: i.idea as string,
      at: i.submitted_at?.toISOString() ?? null,
      name: i.full_name,
      place: i.place,
    })),
  };
}

/** Publishes (or withdraws) a round's results; only a round that has closed can be published. */
export async function setPublished(db: Db, unit: string, roundId: string, publish: boolean, now: Date) {
  const round = await db
    .selectFrom('contest_rounds')
    .select(['id', 'closes_at'])
    .where('id', '=', roundId)
    .where('unit', '=', unit)
    .executeTakeFirst();
  if (!round) return 'missing' as const;
  if (publish && round.closes_at.getTime() > now.getTime()) return 'open' as const;
  await db
    .updateTable('contest_rounds')
    .set({ published_at: publish ? now : null })
    .where('id', '=', roundId)
    .execute();
  return 'done' as const;
}

/** The public results of a published round: the top of the ranking with masked names and places. */
export async function publicResults(db: Db, ward: Ward, slug: string, roundId: string, top = 50) {
  const round = await db
    .selectFrom('contest_rounds')
    .select(['id', 'unit', 'title', 'published_at', 'question_count'])
    .where('id', '=', roundId)
    .where('unit', 'in', ownersFor(ward))
    .where('contest', '=', slug)
    .executeTakeFirst();
  if (!round?.published_at) return undefined;
  const { actual, ranked } = await ranking(db, roundId);
  return {
    round: { id: round.id, title: round.title, publishedAt: round.published_at.toISOString() },
    participants: ranked.length,
    perfect: actual,
    entries: ranked.slice(0, top).map((r) => ({
      rank: r.rank,
      name: maskName(r.entry.fullName),
      place: r.entry.place,
      // A province's contest ranks across wards: the place alone (tổ dân phố 5) would not say where.
      ...(round.unit !== ward.code && { ward: r.entry.wardName }),
      correct: r.entry.correct,
      total: r.entry.total,
      tookMs: r.entry.tookMs,
      predictionDistance: r.predictionDistance,
    })),
  };
}

/**
 * What each contest adds to a ward's periodic report, its province's contests included: the ward's own
 * participants, their submissions and ideas, in Vietnam days.
 */
export async function contestFigures(db: Queryable, unit: string, from: string, to: string) {
  const rows = await db.query<{ title: string; participants: string; submitted: string; ideas: string }>(
    `SELECT c.title, count(DISTINCT a.participant_id) AS participants, count(a.id) AS submitted,
            count(a.idea) AS ideas
     FROM contests c JOIN contest_attempts a ON a.unit = c.unit AND a.contest = c.slug
     WHERE a.ward = $1 AND a.submitted_at IS NOT NULL AND ${vnDaysWhere('a.submitted_at', 2, 3)}
     GROUP BY c.unit, c.slug, c.title ORDER BY c.title`,
    [unit, from, to],
  );
  return rows.map((r) => ({
    title: r.title,
    participants: Number(r.participants),
    submitted: Number(r.submitted),
    ideas: Number(r.ideas),
  }));
}

/**
 * Where a submitted attempt's participant stands once the round's results are published (their best
 * attempt counts): the rank among the ranked participants, or `published: false` before that. Only the
 * attempt's token opens it; a late attempt never ranks.
 */
export async function attemptStanding(db: Db, ward: Ward, slug: string, attemptId: string, token: string) {
  const attempt = await db
    .selectFrom('contest_attempts as a')
    .innerJoin('contest_rounds as r', 'r.id', 'a.round_id')
    .select(['a.token_hash', 'a.participant_id', 'a.round_id', 'a.submitted_at', 'r.published_at'])
    .where('a.id', '=', attemptId)
    .where('a.unit', 'in', ownersFor(ward))
    .where('a.contest', '=', slug)
    .executeTakeFirst();
  if (!attempt?.submitted_at) throw PROBLEMS.noAttempt();
  if (!sameSecret(attempt.token_hash, digest(token))) throw PROBLEMS.badToken();
  if (!attempt.published_at) return { published: false as const };
  const { ranked } = await ranking(db, attempt.round_id);
  const mine = ranked.find((r) => r.entry.participantId === attempt.participant_id);
  return { published: true as const, rank: mine?.rank ?? null, participants: ranked.length };
}
