/**
 * The citizen's lookup (tra cứu hồ sơ): a dossier's code and the last four digits of the phone given at
 * the counter. An unknown code and wrong digits are one answer, reached by the same work: one indexed
 * read of a hash, one HMAC, one constant-time comparison. Only then are the details read. The answer
 * holds nothing personal: the status, its timeline, the due date, what is missing, and whether the
 * dossier may still be rated.
 */
import { DOSSIER_RESOLVED, type DossierStatus, type DossierView, vnDay } from '@motcua/core';
import type { Queryable } from '../storage/database.js';
import { sameSecret } from '../http/secrets.js';
import type { PhoneCheck } from './phone-check.js';

/** Compared against when the code is unknown, so that case costs what wrong digits cost. */
const NOBODY = '\u0000';

export async function lookupDossier(
  db: Queryable,
  unit: string,
  code: string,
  lastFour: string,
  check: PhoneCheck,
  now = new Date(),
): Promise<DossierView | undefined> {
  const [stored] = await db.query<{ phone_check: string }>(
    'SELECT phone_check FROM dossiers WHERE unit = $1 AND code = $2',
    [unit, code],
  );
  const expected = stored?.phone_check ?? check(unit, NOBODY, NOBODY);
  const matches = sameSecret(check(unit, code, lastFour), expected);
  if (!stored || !matches) return undefined;
  return dossierView(db, unit, code, now);
}

/** `rated`: by its owner (a rating with the lookup's pass); an unproven one gives way to the owner's. */
type DossierRecord = {
  code: string;
  procedure: string | null;
  procedure_name: string | null;
  status: DossierStatus;
  note: string | null;
  received_at: Date;
  due_date: string;
  resolved_at: Date | null;
  rated: boolean;
};

async function dossierView(db: Queryable, unit: string, code: string, now: Date): Promise<DossierView | undefined> {
  const [d] = await db.query<DossierRecord>(
    `SELECT d.code, d.procedure, d.status, d.note, d.received_at, d.due_date::text AS due_date, d.resolved_at,
            (SELECT p->>'name' FROM units u, jsonb_array_elements(COALESCE(u.catalogue, '[]'::jsonb)) AS p
              WHERE u.code = d.unit AND p->>'code' = d.procedure LIMIT 1) AS procedure_name,
            EXISTS (SELECT 1 FROM ratings r WHERE r.unit = d.unit AND upper(r.dossier) = d.code AND r.proof = 'dossier') AS rated
       FROM dossiers d WHERE d.unit = $1 AND d.code = $2`,
    [unit, code],
  );
  if (!d) return undefined;
  const history = await db.query<{ status: DossierStatus; at: Date; note: string | null }>(
    'SELECT status, at, note FROM dossier_history WHERE unit = $1 AND code = $2 ORDER BY at',
    [unit, code],
  );
  const resolvedOn = d.resolved_at ? vnDay(d.resolved_at.getTime()) : null;
  const open = !DOSSIER_RESOLVED.includes(d.status) && d.status !== 'tu-choi' && d.status !== 'rut-ho-so';
  return {
    code: d.code,
    procedure: d.procedure ? { code: d.procedure, ...(d.procedure_name && { name: d.procedure_name }) } : null,
    status: d.status,
    note: d.note,
    receivedAt: new Date(d.received_at).toISOString(),
    dueDate: d.due_date,
    resolvedOn,
    onTime: (resolvedOn ?? (open ? vnDay(now.getTime()) : d.due_date)) <= d.due_date,
    history: history.map((h) => ({ status: h.status, at: new Date(h.at).toISOString(), note: h.note })),
    rated: d.rated,
    canRate: d.status === 'da-tra-ket-qua' && !d.rated,
  };
}
