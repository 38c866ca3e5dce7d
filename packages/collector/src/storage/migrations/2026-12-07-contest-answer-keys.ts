/**
 * The migration that keeps each attempt's answer key (the right options of the questions drawn for it)
 * with the attempt, written when it starts: a submission is then graded from its own row, in two round
 * trips and no transaction, instead of reading the bank under a row lock. A round's bank cannot change
 * once an attempt exists, so the copy never goes stale; attempts from before have none and are graded
 * from the bank as before.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const contestAnswerKeysMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE contest_attempts ADD COLUMN answer_key jsonb`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`ALTER TABLE contest_attempts DROP COLUMN IF EXISTS answer_key`.execute(db);
  },
};
