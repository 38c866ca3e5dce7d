/**
 * Suggestions for the feedback box's "related procedure" field: the ward's catalogue, fetched once,
 * matched without diacritics. A module of its own in the CDN build, loaded with the catalogue when the
 * citizen first types in that field (the network is needed then anyway); it does not import Lit.
 */
import { foldVietnamese } from '@motcua/core/text';

export interface ProcedureRef {
  code: string;
  name: string;
}

/** The unit's procedures (code and name) from the collector; an empty list when it has none. */
export async function fetchProcedures(apiBase: string, unit: string): Promise<ProcedureRef[]> {
  const r = await fetch(`${apiBase}/api/v1/units/${encodeURIComponent(unit)}/procedures`);
  const list: unknown = r.ok ? await r.json() : [];
  return Array.isArray(list)
    ? list.filter((p) => p && typeof p.code === 'string').map((p) => ({ code: p.code, name: String(p.name) }))
    : [];
}

/** Up to 8 procedures whose name holds every word of the query (two characters at least), folded. */
export function suggest(list: ProcedureRef[], query: string): ProcedureRef[] {
  const q = foldVietnamese(query);
  if (q.length < 2) return [];
  const words = q.split(' ');
  return list.filter((p) => words.every((w) => foldVietnamese(p.name).includes(w))).slice(0, 8);
}
