/**
 * A unit's map tiles for its support points' small maps (the ward's own tile server, set by its staff):
 * read with the public list, saved and cleared from the staff pages. No row, no map.
 */
import type { SupportMap } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

type Db = Kysely<Database>;

export async function getMap(db: Db, unit: string): Promise<SupportMap | undefined> {
  return db.selectFrom('support_maps').select(['tiles', 'attribution']).where('unit', '=', unit).executeTakeFirst();
}

export async function saveMap(db: Db, unit: string, map: SupportMap): Promise<void> {
  await db
    .insertInto('support_maps')
    .values({ unit, tiles: map.tiles, attribution: map.attribution })
    .onConflict((oc) =>
      oc.column('unit').doUpdateSet({ tiles: map.tiles, attribution: map.attribution, updated_at: new Date() }),
    )
    .execute();
}

export async function clearMap(db: Db, unit: string): Promise<void> {
  await db.deleteFrom('support_maps').where('unit', '=', unit).execute();
}
