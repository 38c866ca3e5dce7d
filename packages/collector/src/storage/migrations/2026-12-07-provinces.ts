/**
 * The migration that ties units to their province (issue 24): the 34 provinces and their communes by
 * official code, each unit's commune and province (a unit with a commune code lies in that commune's
 * province: a composite foreign key holds the two together), and a province staff account's province.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { adminCodes } from '../../provinces/codes.js';

export const provincesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const { provinces, communes } = adminCodes();
    await sql`CREATE TABLE provinces (code text PRIMARY KEY, name text NOT NULL)`.execute(db);
    await sql`
      CREATE TABLE communes (
        code text PRIMARY KEY,
        name text NOT NULL,
        province_code text NOT NULL REFERENCES provinces(code),
        UNIQUE (code, province_code)
      )`.execute(db);
    await sql`INSERT INTO provinces (code, name)
      SELECT * FROM unnest(${provinces.map((p) => p.code)}::text[], ${provinces.map((p) => p.name)}::text[])`.execute(
      db,
    );
    await sql`INSERT INTO communes (code, name, province_code)
      SELECT * FROM unnest(${communes.map((c) => c[0])}::text[], ${communes.map((c) => c[1])}::text[],
                           ${communes.map((c) => c[2])}::text[])`.execute(db);
    await sql`ALTER TABLE units ADD COLUMN commune_code text, ADD COLUMN province_code text REFERENCES provinces(code),
      ADD FOREIGN KEY (commune_code, province_code) REFERENCES communes(code, province_code)`.execute(db);
    await sql`CREATE INDEX units_province ON units (province_code)`.execute(db);
    await sql`ALTER TABLE staff ADD COLUMN province_code text REFERENCES provinces(code)`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`ALTER TABLE staff DROP COLUMN IF EXISTS province_code`.execute(db);
    await sql`ALTER TABLE units DROP COLUMN IF EXISTS commune_code, DROP COLUMN IF EXISTS province_code`.execute(db);
    for (const table of ['communes', 'provinces']) await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  },
};
