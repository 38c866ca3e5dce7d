/**
 * Writing dossiers: a list of checked rows applied in one statement, whoever sends them (an uploaded
 * export, a batch pushed by provincial IT). A row that changes nothing is left alone, so re-sending the
 * same rows changes nothing; a new status (or a new note: what is missing, why refused) adds a line to
 * the history; the first time the result is ready marks the end of the handling time.
 */
import { type DossierRow, DOSSIER_RESOLVED } from '@motcua/core';
import type { Queryable } from '../storage/database.js';
import type { PhoneCheck } from './phone-check.js';

export interface ApplyCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const RESOLVED = DOSSIER_RESOLVED.map((s) => `'${s}'`).join(', ');

// Every CTE sees the table as it was before the statement, so `prev` is the state the rows change.
const APPLY = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(code text, procedure text, received_at timestamptz,
    due_date date, status text, note text, phone_check text, status_at timestamptz)
),
prev AS (
  SELECT d.code, d.status, d.note FROM dossiers d JOIN input i ON d.unit = $1 AND d.code = i.code
),
up AS (
  INSERT INTO dossiers AS d (unit, code, procedure, received_at, due_date, status, note, phone_check, resolved_at)
  SELECT $1, code, procedure, received_at, due_date, status, note, phone_check,
         CASE WHEN status IN (${RESOLVED}) THEN status_at END
  FROM input
  ON CONFLICT (unit, code) DO UPDATE SET
    procedure = EXCLUDED.procedure, received_at = EXCLUDED.received_at, due_date = EXCLUDED.due_date,
    status = EXCLUDED.status, note = EXCLUDED.note, phone_check = EXCLUDED.phone_check,
    resolved_at = COALESCE(d.resolved_at, EXCLUDED.resolved_at), updated_at = now()
  WHERE (d.procedure, d.received_at, d.due_date, d.status, d.note, d.phone_check) IS DISTINCT FROM
        (EXCLUDED.procedure, EXCLUDED.received_at, EXCLUDED.due_date, EXCLUDED.status, EXCLUDED.note, EXCLUDED.phone_check)
  RETURNING d.code, d.status, d.note
),
hist AS (
  INSERT INTO dossier_history (unit, code, status, note, at)
  SELECT $1, up.code, up.status, up.note, i.status_at
    FROM up JOIN input i ON i.code = up.code LEFT JOIN prev p ON p.code = up.code
   WHERE p.code IS NULL OR p.status IS DISTINCT FROM up.status OR p.note IS DISTINCT FROM up.note
  UNION ALL
  -- A dossier first seen past reception still starts its timeline on the day it was received.
  SELECT $1, up.code, 'moi-tiep-nhan', NULL, i.received_at
    FROM up JOIN input i ON i.code = up.code LEFT JOIN prev p ON p.code = up.code
   WHERE p.code IS NULL AND up.status <> 'moi-tiep-nhan'
)
SELECT (SELECT count(*) FROM up)::int AS changed,
       (SELECT count(*) FROM up WHERE code NOT IN (SELECT code FROM prev))::int AS created`;

/** Applies checked rows (the last of a code wins); at most a few thousand per call. */
export async function applyDossiers(
  q: Queryable,
  unit: string,
  rows: DossierRow[],
  check: PhoneCheck,
  now = new Date(),
): Promise<ApplyCounts> {
  const byCode = new Map<string, unknown>();
  for (const r of rows) {
    // The server owns time: a status dated in the future took effect now.
    const at = r.statusAt && r.statusAt.getTime() < now.getTime() ? r.statusAt : now;
    byCode.set(r.code, {
      code: r.code,
      procedure: r.procedure ?? null,
      received_at: r.receivedAt.toISOString(),
      due_date: r.dueDate,
      status: r.status,
      note: r.note ?? null,
      phone_check: check(unit, r.code, r.phone.slice(-4)),
      status_at: at.toISOString(),
    });
  }
  const [result] = await q.query<{ changed: number; created: number }>(APPLY, [
    unit,
    JSON.stringify([...byCode.values()]),
  ]);
  const changed = result?.changed ?? 0;
  const created = result?.created ?? 0;
  return { created, updated: changed - created, unchanged: rows.length - changed };
}
