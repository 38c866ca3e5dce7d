/**
 * The migration that makes the rate-limit counters an UNLOGGED table: a count is not worth a disk flush,
 * so a rate-limited request (a contest submission, a feedback, a staff sign-in) no longer waits for one
 * before its real work. What it gives up is harmless: after a crash of the database the counters start
 * empty (every window starts again), and a standby does not copy them. Nothing a citizen sent is kept
 * there.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const unloggedCountersMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE rate_counters SET UNLOGGED`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`ALTER TABLE rate_counters SET LOGGED`.execute(db);
  },
};
