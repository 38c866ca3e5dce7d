/**
 * The migration that adds help where people live (issue 21): support points and teams, home-visit
 * requests and their history. Named to sort after the contests' migration of the same day.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const supportMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE support_points (
        id uuid PRIMARY KEY,
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('diem-ho-tro-24h', 'to-cong-nghe-so', 'bo-phan-mot-cua')),
        address text NOT NULL,
        lat double precision,
        lng double precision,
        hours jsonb NOT NULL,
        services jsonb NOT NULL,
        phone text NOT NULL,
        zalo text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (unit, name)
      )`.execute(db);
    await sql`
      CREATE TABLE home_visits (
        id uuid PRIMARY KEY,
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        receipt_code text NOT NULL UNIQUE,
        name text NOT NULL,
        phone text NOT NULL,
        address text NOT NULL,
        need text NOT NULL,
        details text,
        preferred_time text NOT NULL,
        consent_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'moi'
          CHECK (status IN ('moi', 'da-phan-cong', 'da-hen', 'da-xong', 'khong-ho-tro-duoc')),
        team uuid REFERENCES support_points(id) ON DELETE SET NULL,
        scheduled_at timestamptz,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`.execute(db);
    await sql`CREATE INDEX home_visits_unit ON home_visits (unit, status, created_at)`.execute(db);
    await sql`CREATE INDEX home_visits_team ON home_visits (team, scheduled_at)`.execute(db);
    await sql`
      CREATE TABLE home_visit_history (
        id bigserial PRIMARY KEY,
        visit_id uuid NOT NULL REFERENCES home_visits(id) ON DELETE CASCADE,
        status text NOT NULL,
        note text,
        actor text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`.execute(db);
    await sql`CREATE INDEX home_visit_history_visit ON home_visit_history (visit_id, at)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['home_visit_history', 'home_visits', 'support_points'])
      await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  },
};
