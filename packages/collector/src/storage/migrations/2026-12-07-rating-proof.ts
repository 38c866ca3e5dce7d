/**
 * How strongly a rating is vouched for (issue 17, finding 8): `proof` says whether it came with
 * nothing (`none`, an anonymous web rating), from a counter device staff registered (`kiosk`), or from
 * the dossier's owner, proved by the dossier lookup (`dossier`); the published figures count each. The
 * kiosks table holds those devices, their keys only as SHA-256. One rating per dossier now ignores the
 * code's case, as the dossier lookup does.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const ratingProofMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE ratings ADD COLUMN proof text NOT NULL DEFAULT 'none'
      CHECK (proof IN ('none', 'kiosk', 'dossier'))`.execute(db);
    await sql`DROP INDEX ratings_one_per_dossier`.execute(db);
    await sql`CREATE UNIQUE INDEX ratings_one_per_dossier ON ratings (unit, upper(dossier)) WHERE dossier IS NOT NULL`.execute(
      db,
    );
    await sql`
      CREATE TABLE kiosks (
        id uuid PRIMARY KEY,
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`.execute(db);
    await sql`CREATE INDEX kiosks_unit ON kiosks (unit)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TABLE kiosks`.execute(db);
    await sql`DROP INDEX ratings_one_per_dossier`.execute(db);
    await sql`CREATE UNIQUE INDEX ratings_one_per_dossier ON ratings (unit, dossier) WHERE dossier IS NOT NULL`.execute(
      db,
    );
    await sql`ALTER TABLE ratings DROP COLUMN proof`.execute(db);
  },
};
