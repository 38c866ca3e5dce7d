/**
 * Monthly totals of feedback and dossiers for the province's dashboard and reports (issue 24), like the
 * ratings' (2026-12-07-report-months): `feedback_months` counts per unit and Vietnam month of receipt the
 * items received, answered (closed: `da-tra-loi`, `tu-choi`, feedback/workflow.ts's CLOSING) and answered
 * within 15 days (reports/publicity.ts's FEEDBACK_ANSWER_DAYS); `dossier_months` counts per unit and
 * Vietnam month of resolution the dossiers resolved and resolved by their due date. Changing either rule
 * needs a migration that recounts; test/report-months.test.ts compares the totals with counting the rows.
 *
 * Statement-level triggers with transition tables: a row's contribution is taken out with its old state
 * and put back with its new one, one upsert per (unit, month) a statement touches (a dossier import of
 * thousands of rows costs a few upserts, not thousands). They run in the writing transaction, so a
 * rollback leaves the totals as they were. The existing rows are summed in once here.
 */
import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { TZ } from '../vietnam-days.js';

interface Rollup {
  table: string;
  source: string;
  /** The Vietnam month a row counts in. */
  month: string;
  /** Which rows count at all. */
  where: string;
  /** Each total's column and the rows it counts. */
  counts: [column: string, condition: string][];
}

const vnMonth = (column: string) => `date_trunc('month', ${column} AT TIME ZONE '${TZ}')::date`;

const ROLLUPS: Rollup[] = [
  {
    table: 'feedback_months',
    source: 'feedback',
    month: vnMonth('created_at'),
    where: 'true',
    counts: [
      ['received', 'true'],
      ['answered', "status IN ('da-tra-loi', 'tu-choi')"],
      ['on_time', "status IN ('da-tra-loi', 'tu-choi') AND answered_at <= created_at + interval '15 days'"],
    ],
  },
  {
    table: 'dossier_months',
    source: 'dossiers',
    month: vnMonth('resolved_at'),
    where: 'resolved_at IS NOT NULL',
    counts: [
      ['resolved', 'true'],
      ['on_time', `(resolved_at AT TIME ZONE '${TZ}')::date <= due_date`],
    ],
  },
];

/** Adds (or with `-`, takes out) the rows of `rows` to the totals. */
function add(r: Rollup, rows: string, sign: '' | '-') {
  const columns = r.counts.map(([c]) => c);
  return `INSERT INTO ${r.table} (unit, month, ${columns.join(', ')})
    SELECT unit, ${r.month}, ${r.counts.map(([, cond]) => `${sign}count(*) FILTER (WHERE ${cond})`).join(', ')}
    FROM ${rows} WHERE ${r.where} GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (unit, month) DO UPDATE SET ${columns.map((c) => `${c} = ${r.table}.${c} + EXCLUDED.${c}`).join(', ')}`;
}

export const outcomeMonthsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const r of ROLLUPS) {
      await sql
        .raw(`CREATE TABLE ${r.table} (
          unit text NOT NULL REFERENCES units(code) ON DELETE CASCADE,
          month date NOT NULL,
          ${r.counts.map(([c]) => `${c} bigint NOT NULL`).join(',\n')},
          PRIMARY KEY (unit, month)
        )`)
        .execute(db);
      await sql
        .raw(`CREATE FUNCTION ${r.table}_apply() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('DELETE', 'UPDATE') THEN
            ${add(r, 'old_rows', '-')};
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN
            ${add(r, 'new_rows', '')};
          END IF;
          RETURN NULL;
        END $$`)
        .execute(db);
      const on = `ON ${r.source}`;
      const run = `FOR EACH STATEMENT EXECUTE FUNCTION ${r.table}_apply()`;
      await sql
        .raw(`CREATE TRIGGER ${r.table}_insert AFTER INSERT ${on} REFERENCING NEW TABLE AS new_rows ${run}`)
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER ${r.table}_update AFTER UPDATE ${on} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows ${run}`,
        )
        .execute(db);
      await sql
        .raw(`CREATE TRIGGER ${r.table}_delete AFTER DELETE ${on} REFERENCING OLD TABLE AS old_rows ${run}`)
        .execute(db);
      await sql.raw(add(r, r.source, '')).execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    for (const r of ROLLUPS) {
      for (const op of ['insert', 'update', 'delete'])
        await sql.raw(`DROP TRIGGER IF EXISTS ${r.table}_${op} ON ${r.source}`).execute(db);
      await sql.raw(`DROP FUNCTION IF EXISTS ${r.table}_apply`).execute(db);
      await sql.raw(`DROP TABLE IF EXISTS ${r.table}`).execute(db);
    }
  },
};
