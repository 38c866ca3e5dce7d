/**
 * Used feedback form tickets (issue 17, finding 8): one row per ticket spent, kept as long as a ticket
 * could be honoured (30 days), so that one ticket buys one submission.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const feedbackTicketsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`CREATE TABLE feedback_tickets (nonce text PRIMARY KEY, used_at timestamptz NOT NULL DEFAULT now())`.execute(
      db,
    );
    await sql`CREATE INDEX feedback_tickets_used ON feedback_tickets (used_at)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TABLE feedback_tickets`.execute(db);
  },
};
