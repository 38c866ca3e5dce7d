/**
 * The migration that adds a unit's map tiles for its support points (issue 21): the tile server the ward
 * configured, and its credit. No row, no map: the widget then requests no tile.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const supportMapMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE support_maps (
        unit text PRIMARY KEY REFERENCES units(code) ON DELETE CASCADE,
        tiles text NOT NULL,
        attribution text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TABLE IF EXISTS support_maps`.execute(db);
  },
};
