/**
 * The wards (xã, phường, đặc khu) of a province that this collector serves, by their 2025 official name
 * (the communes table, from core's codes) or the unit's own name when it has no commune code; and the
 * public route listing them, which a province's contest widget offers as its ward picker. The list is
 * public (names only), the same for every page, so any origin may read it and caches may keep it.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { doc } from '../http/validate.js';
import type { Database } from '../storage/schema.js';
import { PROVINCE_CODE } from './codes.js';

/** The wards of `province` served here, by name (Vietnamese order). */
export async function wardsOf(db: Kysely<Database>, province: string): Promise<{ code: string; name: string }[]> {
  const rows = await db
    .selectFrom('units as u')
    .leftJoin('communes as c', 'c.code', 'u.commune_code')
    .select(['u.code', 'u.name as unitName', 'c.name as communeName'])
    .where('u.province_code', '=', province)
    .execute();
  return rows
    .map((r) => ({ code: r.code, name: r.communeName ?? r.unitName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export const provinceRoutes = new Hono<AppEnv>().get(
  '/api/v1/provinces/:province/wards',
  doc({
    summary: "A province's wards served here (code and 2025 name): a province-wide contest's ward picker",
    tags: ['provinces'],
    responses: { 200: '{ province: { code, name }, wards: [{ code, name }] }', 404: 'No such province' },
  }),
  async (c) => {
    const code = c.req.param('province');
    if (!PROVINCE_CODE.test(code)) throw errors.notFound();
    const db = c.get('db').kysely;
    const province = await db
      .selectFrom('provinces')
      .select(['code', 'name'])
      .where('code', '=', code)
      .executeTakeFirst();
    if (!province) throw errors.notFound();
    const wards = await wardsOf(db, code);
    return c.json({ province, wards }, 200, {
      'Cache-Control': 'public, max-age=600',
      'Access-Control-Allow-Origin': '*',
    });
  },
);
