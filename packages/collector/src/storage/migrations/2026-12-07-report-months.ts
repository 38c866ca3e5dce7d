/**
 * Monthly totals for reports over a province (issue 24): report periods are whole Vietnam months, and a
 * province's year is millions of ratings and hundreds of thousands of daily event rows, too many to count
 * within 500 ms (measured by bench/province.bench.ts: 2 s for the dashboard's year before these). So the
 * database keeps, as rows are written, the count per unit, month, scale and score of ratings
 * (`rating_months`) and the count per unit, campaign, widget, month and type of events (`event_months`).
 *
 * Ratings: statement-level triggers with transition tables, so a batch of the group commit adds its rows
 * in one upsert per (unit, month, scale, score) it touches, never one per rating. Event counts: a row
 * trigger adds each row's change (its upserts add to a day's count). Both hold because the triggers run
 * in the writing transaction: a rollback leaves the totals as they were. The existing rows are summed
 * in once here.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { TZ } from '../vietnam-days.js';

const RATING_MONTH = (column: string) => `date_trunc('month', ${column} AT TIME ZONE '${TZ}')::date`;

export const reportMonthsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE rating_months (
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        month date NOT NULL,
        scale smallint NOT NULL,
        score smallint NOT NULL,
        n bigint NOT NULL,
        PRIMARY KEY (unit, month, scale, score)
      )`.execute(db);
    await sql
      .raw(`
      CREATE FUNCTION rating_months_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO rating_months (unit, month, scale, score, n)
          SELECT unit, ${RATING_MONTH('created_at')}, scale, score, count(*) FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (unit, month, scale, score) DO UPDATE SET n = rating_months.n + EXCLUDED.n;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          UPDATE rating_months m SET n = m.n - o.n
          FROM (SELECT unit, ${RATING_MONTH('created_at')} AS month, scale, score, count(*) AS n
                FROM old_rows GROUP BY 1, 2, 3, 4) o
          WHERE m.unit = o.unit AND m.month = o.month AND m.scale = o.scale AND m.score = o.score;
        END IF;
        RETURN NULL;
      END $$`)
      .execute(db);
    await sql`CREATE TRIGGER rating_months_insert AFTER INSERT ON ratings REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION rating_months_apply()`.execute(db);
    await sql`CREATE TRIGGER rating_months_update AFTER UPDATE ON ratings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION rating_months_apply()`.execute(db);
    await sql`CREATE TRIGGER rating_months_delete AFTER DELETE ON ratings REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION rating_months_apply()`.execute(db);
    await sql
      .raw(`INSERT INTO rating_months (unit, month, scale, score, n)
        SELECT unit, ${RATING_MONTH('created_at')}, scale, score, count(*) FROM ratings GROUP BY 1, 2, 3, 4`)
      .execute(db);

    await sql`
      CREATE TABLE event_months (
        unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
        campaign text NOT NULL,
        widget text NOT NULL,
        month date NOT NULL,
        type text NOT NULL,
        count bigint NOT NULL,
        PRIMARY KEY (unit, month, campaign, widget, type)
      )`.execute(db);
    await sql`
      CREATE FUNCTION event_months_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO event_months (unit, campaign, widget, month, type, count)
          VALUES (NEW.unit, NEW.campaign, NEW.widget, date_trunc('month', NEW.day)::date, NEW.type,
                  NEW.count - CASE WHEN TG_OP = 'UPDATE' THEN OLD.count ELSE 0 END)
          ON CONFLICT (unit, month, campaign, widget, type) DO UPDATE SET count = event_months.count + EXCLUDED.count;
        ELSE
          UPDATE event_months SET count = count - OLD.count
          WHERE unit = OLD.unit AND month = date_trunc('month', OLD.day)::date AND campaign = OLD.campaign
            AND widget = OLD.widget AND type = OLD.type;
        END IF;
        RETURN NULL;
      END $$`.execute(db);
    await sql`CREATE TRIGGER event_months_change AFTER INSERT OR UPDATE OR DELETE ON event_counts
      FOR EACH ROW EXECUTE FUNCTION event_months_apply()`.execute(db);
    await sql`INSERT INTO event_months (unit, campaign, widget, month, type, count)
      SELECT unit, campaign, widget, date_trunc('month', day)::date, type, sum(count)
      FROM event_counts GROUP BY 1, 2, 3, 4, 5`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const trigger of ['rating_months_insert', 'rating_months_update', 'rating_months_delete'])
      await sql`DROP TRIGGER IF EXISTS ${sql.id(trigger)} ON ratings`.execute(db);
    await sql`DROP TRIGGER IF EXISTS event_months_change ON event_counts`.execute(db);
    await sql`DROP FUNCTION IF EXISTS rating_months_apply, event_months_apply`.execute(db);
    for (const table of ['rating_months', 'event_months'])
      await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  },
};
