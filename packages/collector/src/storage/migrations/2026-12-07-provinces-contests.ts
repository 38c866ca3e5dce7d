/**
 * The migration (after the provinces one, which its name sorts after) that lets a province run one contest across its wards: a contest's owner is a ward (its
 * unit code, as before) or a province (`province:<code>`, with the province's code beside it), and each
 * participant and attempt names the ward it belongs to, which counts it in that ward's figures. A ward's
 * contest still goes when its unit does (the foreign key now on a column that is the unit only for a
 * ward's contest).
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const provinceContestsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE contests ADD COLUMN province_code text REFERENCES provinces(code)`.execute(db);
    await sql`ALTER TABLE contests DROP CONSTRAINT contests_unit_fkey`.execute(db);
    await sql`ALTER TABLE contests ADD COLUMN ward_owner text
      GENERATED ALWAYS AS (CASE WHEN province_code IS NULL THEN unit END) STORED
      REFERENCES units(code) ON DELETE CASCADE`.execute(db);
    await sql`ALTER TABLE contests ADD CONSTRAINT contests_province_owner
      CHECK (province_code IS NULL OR unit = 'province:' || province_code)`.execute(db);
    for (const table of ['contest_participants', 'contest_attempts']) {
      await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN ward text REFERENCES units(code) ON DELETE CASCADE`.execute(
        db,
      );
      await sql`UPDATE ${sql.table(table)} SET ward = unit`.execute(db);
      await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN ward SET NOT NULL`.execute(db);
    }
    // A ward's report and a province contest's figures by ward read attempts by their ward.
    await sql`CREATE INDEX contest_attempts_ward ON contest_attempts (ward, submitted_at)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP INDEX IF EXISTS contest_attempts_ward`.execute(db);
    for (const table of ['contest_participants', 'contest_attempts'])
      await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN IF EXISTS ward`.execute(db);
    await sql`DELETE FROM contests WHERE province_code IS NOT NULL`.execute(db);
    await sql`ALTER TABLE contests DROP CONSTRAINT IF EXISTS contests_province_owner`.execute(db);
    await sql`ALTER TABLE contests DROP COLUMN IF EXISTS ward_owner, DROP COLUMN IF EXISTS province_code`.execute(db);
    await sql`ALTER TABLE contests ADD FOREIGN KEY (unit) REFERENCES units(code) ON DELETE CASCADE`.execute(db);
  },
};
