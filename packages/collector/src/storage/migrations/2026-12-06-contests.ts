/**
 * The migration that adds contests: contests, their rounds and question banks, participants and
 * attempts. Dated after the collector's first migration, so Kysely's Migrator runs it after `units`.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const contestsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE contests (
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        slug text NOT NULL,
        title text NOT NULL,
        rules text NOT NULL DEFAULT '',
        prediction_question text NOT NULL DEFAULT '',
        ideas_enabled boolean NOT NULL DEFAULT true,
        require_id_number boolean NOT NULL DEFAULT false,
        places jsonb NOT NULL DEFAULT '[]',
        attempts_per_round integer NOT NULL DEFAULT 3 CHECK (attempts_per_round BETWEEN 1 AND 20),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (unit, slug)
      )`.execute(db);
    await sql`
      CREATE TABLE contest_rounds (
        id uuid PRIMARY KEY,
        unit text NOT NULL,
        contest text NOT NULL,
        title text NOT NULL,
        question_count integer NOT NULL CHECK (question_count BETWEEN 1 AND 100),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 240),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (unit, contest) REFERENCES contests(unit, slug) ON DELETE CASCADE
      )`.execute(db);
    await sql`CREATE INDEX contest_rounds_contest ON contest_rounds (unit, contest, opens_at)`.execute(db);
    await sql`
      CREATE TABLE contest_questions (
        round_id uuid NOT NULL REFERENCES contest_rounds(id) ON DELETE CASCADE,
        id text NOT NULL,
        position integer NOT NULL,
        text text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('single', 'multiple')),
        options jsonb NOT NULL,
        source text,
        PRIMARY KEY (round_id, id)
      )`.execute(db);
    await sql`
      CREATE TABLE contest_participants (
        id uuid PRIMARY KEY,
        unit text NOT NULL,
        contest text NOT NULL,
        phone text NOT NULL,
        full_name text NOT NULL,
        birth_year integer NOT NULL,
        place text NOT NULL,
        workplace text,
        id_number text,
        consent_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz,
        UNIQUE (unit, contest, phone),
        FOREIGN KEY (unit, contest) REFERENCES contests(unit, slug) ON DELETE CASCADE
      )`.execute(db);
    await sql`
      CREATE TABLE contest_attempts (
        id uuid PRIMARY KEY,
        unit text NOT NULL,
        contest text NOT NULL,
        round_id uuid NOT NULL REFERENCES contest_rounds(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES contest_participants(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        questions jsonb NOT NULL,
        started_at timestamptz NOT NULL,
        deadline timestamptz NOT NULL,
        submitted_at timestamptz,
        answers jsonb,
        correct integer,
        total integer NOT NULL,
        took_ms integer,
        late boolean NOT NULL DEFAULT false,
        prediction integer,
        idea text
      )`.execute(db);
    await sql`CREATE INDEX contest_attempts_round ON contest_attempts (round_id, submitted_at)`.execute(db);
    await sql`CREATE INDEX contest_attempts_participant ON contest_attempts (participant_id, round_id)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['contest_attempts', 'contest_participants', 'contest_questions', 'contest_rounds', 'contests'])
      await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  },
};
