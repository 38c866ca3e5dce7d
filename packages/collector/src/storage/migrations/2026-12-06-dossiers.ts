/**
 * The migration that adds dossiers (issue 22): dossiers per unit with their status history, each unit's
 * export mapping and machine token, and the collector's secrets (the dossier key). Dated after contests.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const dossiersMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE dossiers (
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        code text NOT NULL,
        procedure text,
        received_at timestamptz NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('moi-tiep-nhan', 'dang-xu-ly', 'yeu-cau-bo-sung',
          'cho-tra-ket-qua', 'da-tra-ket-qua', 'tu-choi', 'rut-ho-so')),
        note text,
        phone_check text NOT NULL,
        resolved_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (unit, code)
      )`.execute(db);
    await sql`CREATE INDEX dossiers_resolved ON dossiers (unit, resolved_at)`.execute(db);
    await sql`
      CREATE TABLE dossier_history (
        unit text NOT NULL,
        code text NOT NULL,
        status text NOT NULL,
        note text,
        at timestamptz NOT NULL,
        FOREIGN KEY (unit, code) REFERENCES dossiers(unit, code) ON DELETE CASCADE
      )`.execute(db);
    await sql`CREATE INDEX dossier_history_dossier ON dossier_history (unit, code, at)`.execute(db);
    await sql`
      CREATE TABLE dossier_settings (
        unit text PRIMARY KEY REFERENCES units(code) ON DELETE CASCADE,
        mapping jsonb,
        token_hash text UNIQUE,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`.execute(db);
    await sql`CREATE TABLE secrets (name text PRIMARY KEY, value text NOT NULL)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['dossier_history', 'dossiers', 'dossier_settings', 'secrets'])
      await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  },
};
