/**
 * A unit's support points and teams: the list citizens read (every field is public: it is what the ward
 * posts on its notice board), saving one from the staff pages, and saving many at once from an import,
 * matched by name, in one transaction.
 */
import type { SupportPoint } from '@motcua/core';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

type Db = Kysely<Database>;

/** A point as the API answers it (the shape the widget reads). */
export interface PublicPoint extends SupportPoint {
  updatedAt: string;
}

export async function listPoints(db: Db, unit: string): Promise<PublicPoint[]> {
  const rows = await db
    .selectFrom('support_points')
    .selectAll()
    .where('unit', '=', unit)
    .orderBy('kind')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    address: r.address,
    ...(r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : {}),
    hours: r.hours,
    services: r.services,
    phone: r.phone,
    ...(r.zalo ? { zalo: r.zalo } : {}),
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

const columns = (p: SupportPoint) => ({
  name: p.name,
  kind: p.kind,
  address: p.address,
  lat: p.lat ?? null,
  lng: p.lng ?? null,
  hours: JSON.stringify(p.hours),
  services: JSON.stringify(p.services),
  phone: p.phone,
  zalo: p.zalo ?? null,
});

/**
 * Saves a point under its id; 'taken' when the id belongs to another unit or the name to another point
 * of this unit.
 */
export async function savePoint(db: Db, unit: string, p: SupportPoint): Promise<'saved' | 'taken'> {
  const owner = await db
    .selectFrom('support_points')
    .select(['id', 'unit'])
    .where((eb) => eb.or([eb('id', '=', p.id), eb.and([eb('unit', '=', unit), eb('name', '=', p.name)])]))
    .execute();
  if (owner.some((o) => o.unit !== unit || o.id !== p.id)) return 'taken';
  await db
    .insertInto('support_points')
    .values({ id: p.id, unit, ...columns(p) })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...columns(p), updated_at: new Date() }))
    .execute();
  return 'saved';
}

export async function deletePoint(db: Db, unit: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('support_points').where('unit', '=', unit).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Saves imported points in one transaction: a point whose name exists is updated, others are added. */
export async function importPoints(db: Db, unit: string, points: Omit<SupportPoint, 'id'>[], newId: () => string) {
  let added = 0;
  await db.transaction().execute(async (tx) => {
    for (const p of points) {
      const existing = await tx
        .selectFrom('support_points')
        .select('id')
        .where('unit', '=', unit)
        .where('name', '=', p.name)
        .executeTakeFirst();
      if (existing) {
        await tx
          .updateTable('support_points')
          .set({ ...columns({ ...p, id: existing.id }), updated_at: new Date() })
          .where('id', '=', existing.id)
          .execute();
      } else {
        added++;
        await tx
          .insertInto('support_points')
          .values({ id: newId(), unit, ...columns({ ...p, id: '' }) })
          .execute();
      }
    }
  });
  return { added, updated: points.length - added };
}
