/**
 * The migration that gives a province the origins of its own site(s) (issue 20): a province running one
 * contest for all its wards embeds it on its portal, and the widgets of any of its wards may be shown
 * there, without the province's address being added to every ward's list. A change of a province's
 * origins announces each of its wards (storage/changes.ts), so every instance serves the new list at once.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const provinceOriginsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE provinces ADD COLUMN origins text[] NOT NULL DEFAULT '{}'`.execute(db);
    await sql`
      CREATE FUNCTION motcua_notify_province_units() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('motcua_changes', 'units:' || u.code) FROM units u WHERE u.province_code = NEW.code;
        RETURN NULL;
      END $$`.execute(db);
    await sql`
      CREATE TRIGGER provinces_notify_units AFTER UPDATE OF origins ON provinces
      FOR EACH ROW EXECUTE FUNCTION motcua_notify_province_units()`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`DROP TRIGGER IF EXISTS provinces_notify_units ON provinces`.execute(db);
    await sql`DROP FUNCTION IF EXISTS motcua_notify_province_units()`.execute(db);
    await sql`ALTER TABLE provinces DROP COLUMN IF EXISTS origins`.execute(db);
  },
};
