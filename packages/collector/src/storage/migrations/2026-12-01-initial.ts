/**
 * The collector's first schema: units, ratings, feedback with its history and attachments, campaigns
 * and their counts, staff, sessions and rate counters. A data directory made before migrations moved to
 * Kysely already has these tables (its old `schema_migrations` says version 1): then nothing is run.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

const SCHEMA = `
CREATE TABLE units (
  code text PRIMARY KEY,
  name text NOT NULL,
  origins text[] NOT NULL DEFAULT '{}',
  catalogue jsonb,
  catalogue_etag text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ratings (
  id uuid PRIMARY KEY,
  unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
  scale smallint NOT NULL,
  score smallint NOT NULL,
  mode text,
  criteria jsonb,
  comment text,
  procedure text,
  dossier text,
  officer text,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ratings_one_per_dossier ON ratings (unit, dossier) WHERE dossier IS NOT NULL;
CREATE INDEX ratings_unit_time ON ratings (unit, created_at);
CREATE TABLE feedback (
  id uuid PRIMARY KEY,
  unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
  receipt_code text NOT NULL UNIQUE,
  name text NOT NULL,
  phone text NOT NULL,
  email text,
  address text,
  subject text,
  content text NOT NULL,
  procedure text,
  consent_at timestamptz NOT NULL,
  publish_consent boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'moi',
  answer text,
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feedback_unit_time ON feedback (unit, created_at DESC);
CREATE TABLE feedback_history (
  id bigserial PRIMARY KEY,
  feedback_id uuid NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  status text NOT NULL,
  note text,
  actor text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  feedback_id uuid NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  name text NOT NULL,
  type text NOT NULL,
  size integer NOT NULL,
  data bytea NOT NULL
);
CREATE TABLE campaigns (
  id uuid PRIMARY KEY,
  unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
  title text NOT NULL,
  text text,
  image_url text,
  image_alt text,
  image_width integer,
  image_height integer,
  image_srcset text,
  link_url text,
  link_text text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  priority integer NOT NULL DEFAULT 0,
  target_pages text[],
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE event_counts (
  unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
  campaign text NOT NULL DEFAULT '',
  widget text NOT NULL DEFAULT '',
  day date NOT NULL,
  type text NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (unit, campaign, widget, day, type)
);
CREATE TABLE event_batches (
  id uuid PRIMARY KEY,
  unit text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE staff (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('unit', 'province')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE staff_units (
  staff_id uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
  PRIMARY KEY (staff_id, unit)
);
CREATE TABLE sessions (
  id text PRIMARY KEY,
  staff_id uuid NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  csrf text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE rate_counters (
  key text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (key, window_start)
);
`;

export const initialMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const existing = await sql<{ found: string | null }>`SELECT to_regclass('units')::text AS found`.execute(db);
    if (existing.rows[0]?.found) return;
    for (const statement of SCHEMA.split(/;\s*\n/)
      .map((s) => s.trim())
      .filter(Boolean))
      await sql.raw(statement).execute(db);
  },
};
