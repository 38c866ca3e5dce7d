/**
 * Finding a unit by its code. Each instance keeps the units it has served until the database announces a
 * change of that unit (storage/changes.ts): units change rarely (CLI, admin, a catalogue import) and are
 * read on every public request.
 */
import { sql } from 'kysely';
import { errors } from '../http/errors.js';
import { UnitCache } from '../storage/changes.js';
import type { Db } from '../storage/database.js';

export interface Unit {
  code: string;
  name: string;
  origins: string[];
  /** Origins of the province's own site(s): its contest, or any of its wards' widgets, embedded there. */
  provinceOrigins: string[];
  /** The catalogue's version: its ETag, so a revalidation is answered without reading the catalogue. */
  catalogueEtag: string | null;
  /** Official code of the unit's province, if known: a contest its province runs is open through it. */
  province: string | null;
}

export const UNIT_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const caches = new WeakMap<Db, UnitCache<Unit | undefined>>();

export async function loadUnit(db: Db, code: string): Promise<Unit> {
  if (!UNIT_CODE.test(code)) throw errors.unknownUnit();
  let cache = caches.get(db);
  if (!cache) {
    cache = new UnitCache(db.changes, 'units', (unit) =>
      db.kysely
        .selectFrom('units as u')
        .leftJoin('provinces as p', 'p.code', 'u.province_code')
        .select([
          'u.code',
          'u.name',
          'u.origins',
          'u.catalogue_etag as catalogueEtag',
          'u.province_code as province',
          sql<string[]>`coalesce(p.origins, '{}')`.as('provinceOrigins'),
        ])
        .where('u.code', '=', unit)
        .executeTakeFirst(),
    );
    caches.set(db, cache);
  }
  const unit = await cache.get(code);
  if (!unit) throw errors.unknownUnit();
  return unit;
}

/** Whether `origin` is named for the unit: its own site, or its province's (`*` names no site). */
export function namesOrigin(unit: Unit, origin: string): boolean {
  return unit.origins.includes(origin) || unit.provinceOrigins.includes(origin);
}

/** Whether a page of `origin` may call the unit's public API: a site named for it, or any with `*`. */
export function allowsOrigin(unit: Unit, origin: string | undefined): boolean {
  return !!origin && (unit.origins.includes('*') || namesOrigin(unit, origin));
}
