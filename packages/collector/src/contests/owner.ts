/**
 * Who owns a contest: a ward (the contest's `unit` is the ward's code) or a province running one contest
 * across its wards (`unit` is `province:<code>`). A ward's widget names a contest by its code; the
 * contest it means is the ward's own or its province's, and the participant counts in that ward.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

type Db = Kysely<Database>;

/** The owner key of a province's contests. */
export const provinceOwner = (province: string) => `province:${province}`;

/** The ward a request comes through: its unit code and its province. */
export interface Ward {
  code: string;
  province: string | null;
}

/** The owners whose contests a ward's widget may name: the ward itself and its province. */
export const ownersFor = (ward: Ward): string[] =>
  ward.province ? [ward.code, provinceOwner(ward.province)] : [ward.code];

/** The contest a ward's widget names (the ward's own before its province's: both cannot exist). */
export async function contestFor(db: Db, ward: Ward, slug: string) {
  const rows = await db
    .selectFrom('contests')
    .selectAll()
    .where('unit', 'in', ownersFor(ward))
    .where('slug', '=', slug)
    .execute();
  return rows.find((r) => r.unit === ward.code) ?? rows[0];
}

/**
 * Whether `slug` is free for a new contest of `owner`: a ward's code may not be one its province uses,
 * nor a province's one any of its wards uses, so a widget's contest code always means one contest.
 */
export async function slugClash(db: Db, owner: Ward | { province: string }, slug: string): Promise<boolean> {
  const query = db.selectFrom('contests').select('unit').where('slug', '=', slug);
  const clash =
    'code' in owner
      ? owner.province
        ? await query.where('unit', '=', provinceOwner(owner.province)).executeTakeFirst()
        : undefined
      : await query
          .where('unit', 'in', (eb) =>
            eb.selectFrom('units').select('code').where('province_code', '=', owner.province),
          )
          .executeTakeFirst();
  return !!clash;
}
