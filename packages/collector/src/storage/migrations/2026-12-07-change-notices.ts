/**
 * The migration that makes cached tables announce their changes (issue 24): after any insert, update or
 * delete on `units` or `campaigns`, a notice `table:unit` on the channel `motcua_changes`, sent when the
 * transaction commits (PostgreSQL sends one notice per distinct text per transaction), so every instance
 * drops what it cached for that unit (storage/changes.ts). A trigger, not the code that writes: the CLI,
 * a seed or psql are heard too.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Each table with the column naming its unit. */
const ANNOUNCED = { units: 'code', campaigns: 'unit' } as const;

export const changeNoticesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE FUNCTION motcua_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM pg_notify('motcua_changes', TG_TABLE_NAME || ':' || (to_jsonb(OLD) ->> TG_ARGV[0]));
        END IF;
        IF TG_OP <> 'DELETE' THEN
          PERFORM pg_notify('motcua_changes', TG_TABLE_NAME || ':' || (to_jsonb(NEW) ->> TG_ARGV[0]));
        END IF;
        RETURN NULL;
      END $$`.execute(db);
    for (const [table, column] of Object.entries(ANNOUNCED))
      await sql`
        CREATE TRIGGER ${sql.raw(`${table}_notify_change`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION motcua_notify_change(${sql.lit(column)})`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const table of Object.keys(ANNOUNCED))
      await sql`DROP TRIGGER ${sql.raw(`${table}_notify_change`)} ON ${sql.table(table)}`.execute(db);
    await sql`DROP FUNCTION motcua_notify_change()`.execute(db);
  },
};
