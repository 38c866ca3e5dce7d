/**
 * What a unit adds to its catalogue without editing the national text (issue 23): what its citizens
 * typed for a procedure (staff attach a query, served as `askedAs`: the search index reads it in the same
 * "asked as" field as the words learnt from the development query sets) and its own details of a
 * procedure (fee notes, where to file, hours, a contact, as `local`). Both are merged into the records the catalogue routes serve, so
 * the widget's index and detail view use them at once; changing either changes the catalogue's ETag.
 */
import type { LocalDetails } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

export interface UnitAdditions {
  keywords: Map<string, string[]>;
  local: Map<string, LocalDetails>;
}

/** The unit's keywords and local details by procedure code (of one procedure, when `code` is given). */
export async function unitAdditions(db: Kysely<Database>, unit: string, code?: string): Promise<UnitAdditions> {
  let keywordRows = db.selectFrom('search_keywords').select(['code', 'keyword']).where('unit', '=', unit);
  let localRows = db.selectFrom('procedure_local_details').selectAll().where('unit', '=', unit);
  if (code !== undefined) {
    keywordRows = keywordRows.where('code', '=', code);
    localRows = localRows.where('code', '=', code);
  }
  const [kw, loc] = await Promise.all([keywordRows.orderBy('keyword').execute(), localRows.execute()]);
  const keywords = new Map<string, string[]>();
  for (const r of kw) keywords.set(r.code, [...(keywords.get(r.code) ?? []), r.keyword]);
  const local = new Map<string, LocalDetails>();
  for (const r of loc) {
    const details: LocalDetails = {
      ...(r.fee_note ? { feeNote: r.fee_note } : {}),
      ...(r.place ? { where: r.place } : {}),
      ...(r.hours ? { hours: r.hours } : {}),
      ...(r.contact ? { contact: r.contact } : {}),
    };
    if (Object.keys(details).length) local.set(r.code, details);
  }
  return { keywords, local };
}

/** A record with the unit's additions: its attached queries as `askedAs`, its `local` details. */
export function withAdditions(record: Record<string, unknown>, additions: UnitAdditions): Record<string, unknown> {
  const code = String(record.code);
  const askedAs = additions.keywords.get(code);
  const local = additions.local.get(code);
  if (!askedAs && !local) return record;
  return { ...record, ...(askedAs ? { askedAs } : {}), ...(local ? { local } : {}) };
}
