/** The unit's own search keywords, merged into the catalogue it serves (so the index uses them at once). */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/** The unit's keywords by procedure code. */
export async function unitKeywords(db: Kysely<Database>, unit: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('search_keywords')
    .select(['code', 'keyword'])
    .where('unit', '=', unit)
    .orderBy('keyword')
    .execute();
  const byCode = new Map<string, string[]>();
  for (const r of rows) {
    const list = byCode.get(r.code);
    if (list) list.push(r.keyword);
    else byCode.set(r.code, [r.keyword]);
  }
  return byCode;
}

/** The catalogue with the unit's keywords added to each record's own (each keyword once). */
export function withKeywords(
  catalogue: Record<string, unknown>[],
  keywords: Map<string, string[]>,
): Record<string, unknown>[] {
  if (!keywords.size) return catalogue;
  return catalogue.map((p) => {
    const extra = keywords.get(String(p.code));
    if (!extra) return p;
    const own = Array.isArray(p.keywords) ? (p.keywords as string[]) : [];
    return { ...p, keywords: [...new Set([...own, ...extra])] };
  });
}
