/** Finding a unit by its code, with a few seconds' cache per storage (units change rarely: CLI, admin). */
import { errors } from '../http/errors.js';
import type { Db } from '../storage/database.js';

export interface Unit {
  code: string;
  name: string;
  origins: string[];
}

export const UNIT_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const TTL_MS = 5000;
const caches = new WeakMap<Db, Map<string, { unit: Unit; until: number }>>();

export async function loadUnit(db: Db, code: string): Promise<Unit> {
  if (!UNIT_CODE.test(code)) throw errors.unknownUnit();
  const cache = caches.get(db) ?? new Map<string, { unit: Unit; until: number }>();
  caches.set(db, cache);
  const cached = cache.get(code);
  if (cached && cached.until > Date.now()) return cached.unit;
  const unit = await db.kysely
    .selectFrom('units')
    .select(['code', 'name', 'origins'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!unit) throw errors.unknownUnit();
  if (cache.size > 10_000) cache.clear();
  cache.set(code, { unit, until: Date.now() + TTL_MS });
  return unit;
}

/** Whether a page of `origin` may call the unit's public API. */
export function allowsOrigin(unit: Unit, origin: string | undefined): boolean {
  return !!origin && (unit.origins.includes('*') || unit.origins.includes(origin));
}
