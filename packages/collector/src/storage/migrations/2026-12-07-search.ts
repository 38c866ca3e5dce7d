/**
 * The migration that adds the search queries citizens could not find, the unit's own keywords, and its
 * own details of a procedure (issue 23).
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const searchMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE search_queries (
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
        query_key text NOT NULL,
        query text NOT NULL,
        no_results integer NOT NULL DEFAULT 0,
        not_opened integer NOT NULL DEFAULT 0,
        PRIMARY KEY (unit, month, query_key)
      )`.execute(db);
    await sql`
      CREATE TABLE search_keywords (
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        code text NOT NULL,
        keyword text NOT NULL,
        PRIMARY KEY (unit, code, keyword)
      )`.execute(db);
    await sql`
      CREATE TABLE procedure_local_details (
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        code text NOT NULL,
        fee_note text,
        place text,
        hours text,
        contact text,
        PRIMARY KEY (unit, code)
      )`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TABLE procedure_local_details`.execute(db);
    await sql`DROP TABLE search_keywords`.execute(db);
    await sql`DROP TABLE search_queries`.execute(db);
  },
};
