/**
 * Indexes for reports over a province (issue 24, measured by bench/province.bench.ts): each report
 * query reads a unit's rows in a date window and only a few columns, so the index on (unit, time)
 * carries those columns too (INCLUDE) and PostgreSQL answers from the index alone (an index-only scan),
 * never visiting millions of table rows. The indexes they replace covered the same (unit, time) keys.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const reportIndexesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    // Ratings: counts by scale and score (satisfaction) in a window.
    await sql`CREATE INDEX ratings_unit_time_score ON ratings (unit, created_at) INCLUDE (scale, score)`.execute(db);
    await sql`DROP INDEX IF EXISTS ratings_unit_time`.execute(db);
    // Feedback: received, answered and on time in a window; the inbox reads the same key newest first.
    await sql`CREATE INDEX feedback_unit_time_status ON feedback (unit, created_at DESC) INCLUDE (status, answered_at)`.execute(
      db,
    );
    await sql`DROP INDEX IF EXISTS feedback_unit_time`.execute(db);
    // Campaign and widget counts by day: the primary key leads with the campaign, so a window of days
    // over all of a unit's campaigns needs the day second.
    await sql`CREATE INDEX event_counts_unit_day ON event_counts (unit, day) INCLUDE (campaign, type, count)`.execute(
      db,
    );
    // Contest submissions in a window, with who took part.
    await sql`CREATE INDEX contest_attempts_unit_time ON contest_attempts (unit, submitted_at) INCLUDE (contest, participant_id)`.execute(
      db,
    );
  },
  async down(db: Kysely<unknown>) {
    await sql`CREATE INDEX IF NOT EXISTS ratings_unit_time ON ratings (unit, created_at)`.execute(db);
    await sql`CREATE INDEX IF NOT EXISTS feedback_unit_time ON feedback (unit, created_at DESC)`.execute(db);
    for (const index of [
      'ratings_unit_time_score',
      'feedback_unit_time_status',
      'event_counts_unit_day',
      'contest_attempts_unit_time',
    ])
      await sql`DROP INDEX IF EXISTS ${sql.table(index)}`.execute(db);
  },
};
