/**
 * Staff writes on contests: a contest's settings, its rounds, a round's question bank (replaced whole,
 * and only before anyone has started the round), and the hourly clean-up that deletes participants'
 * personal data once the contest has been over for six months.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { ImportedQuestion } from './bank-import.js';
import type { Database } from '../storage/schema.js';

type Db = Kysely<Database>;

/** Participants' details are deleted this long after the contest's last round closed (its rules say 6 months). */
export const PARTICIPANT_RETENTION_DAYS = 183;

export interface ContestSettings {
  slug: string;
  title: string;
  rules: string;
  prediction: string;
  ideas: boolean;
  requireIdNumber: boolean;
  places: string[];
  attemptsPerRound: number;
}

export interface RoundSettings {
  title: string;
  questionCount: number;
  durationMinutes: number;
  opensAt: Date;
  closesAt: Date;
}

/** Creates a contest of `unit` (an owner key, owner.ts), or updates the one with that slug. */
export async function saveContest(db: Db, unit: string, c: ContestSettings, province?: string): Promise<void> {
  const values = {
    title: c.title,
    rules: c.rules,
    prediction_question: c.prediction,
    ideas_enabled: c.ideas,
    require_id_number: c.requireIdNumber,
    places: JSON.stringify(c.places),
    attempts_per_round: c.attemptsPerRound,
  };
  await db
    .insertInto('contests')
    .values({ unit, slug: c.slug, province_code: province ?? null, ...values })
    .onConflict((oc) => oc.columns(['unit', 'slug']).doUpdateSet(values))
    .execute();
}

export async function listContests(db: Db, unit: string) {
  return db
    .selectFrom('contests')
    .select(['slug', 'title', 'created_at'])
    .where('unit', '=', unit)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Adds a round; `id` given for the demo's fixed seed. */
export async function addRound(
  db: Db,
  unit: string,
  contest: string,
  r: RoundSettings,
  id: string = randomUUID(),
): Promise<string> {
  await db
    .insertInto('contest_rounds')
    .values({
      id,
      unit,
      contest,
      title: r.title,
      question_count: r.questionCount,
      duration_minutes: r.durationMinutes,
      opens_at: r.opensAt,
      closes_at: r.closesAt,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return id;
}

export async function roundOf(db: Db, unit: string, roundId: string) {
  return db
    .selectFrom('contest_rounds')
    .selectAll()
    .where('id', '=', roundId)
    .where('unit', '=', unit)
    .executeTakeFirst();
}

/** Replaces a round's bank in one transaction; refused once an attempt exists (its grading needs the bank). */
export async function replaceBank(
  db: Db,
  roundId: string,
  questions: (ImportedQuestion & { source: string | null })[],
): Promise<'done' | 'started'> {
  return db.transaction().execute(async (tx) => {
    const started = await tx
      .selectFrom('contest_attempts')
      .select('id')
      .where('round_id', '=', roundId)
      .limit(1)
      .executeTakeFirst();
    if (started) return 'started' as const;
    await tx.deleteFrom('contest_questions').where('round_id', '=', roundId).execute();
    if (questions.length)
      await tx
        .insertInto('contest_questions')
        .values(
          questions.map((q) => ({
            round_id: roundId,
            id: q.id,
            position: q.position,
            text: q.text,
            kind: q.kind,
            options: JSON.stringify(q.options),
            source: q.source,
          })),
        )
        .execute();
    return 'done' as const;
  });
}

/** A round's bank as staff preview it (with the right answers: staff only). */
export async function bankOf(db: Db, roundId: string) {
  return db
    .selectFrom('contest_questions')
    .select(['id', 'text', 'kind', 'options', 'source'])
    .where('round_id', '=', roundId)
    .orderBy('position')
    .execute();
}

/**
 * Erases the personal details of participants in contests whose last round closed more than the
 * retention period ago: name, phone, workplace and ID number go; the year of birth and the place stay,
 * so the rounds' figures (participants by place and age group) still add up in later reports.
 */
export async function clearExpiredParticipants(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PARTICIPANT_RETENTION_DAYS * 86_400_000);
  const result = await db
    .updateTable('contest_participants')
    .set((eb) => ({
      full_name: '',
      phone: eb.cast<string>('id', 'text'),
      workplace: null,
      id_number: null,
      erased_at: now,
    }))
    .where('erased_at', 'is', null)
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('contest_rounds as r')
            .select(sql`1`.as('one'))
            .whereRef('r.unit', '=', 'contest_participants.unit')
            .whereRef('r.contest', '=', 'contest_participants.contest')
            .where('r.closes_at', '>', cutoff),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows ?? 0);
}
