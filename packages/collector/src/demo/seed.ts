/**
 * The demo for `npm start` and the tests: the unit "demo" (UBND phường Bàn Thạch, Thành phố Đà Nẵng, the ward
 * that since July 2025 took in the former phường Tân Thạnh of Tam Kỳ) with the shipped catalogue, allowing the demo site's origin; a
 * second ward of the same city, "tam-ky" (UBND phường Tam Kỳ), with its own invented activity; the ward's
 * admin (staff of "demo") and the city's province account (every ward of Đà Nẵng). Their passwords are
 * made up fresh on every start (printed at start-up, never a fixed default).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seedDemoContest, seedDemoProvinceContest } from '../contests/demo.js';
import { seedDemoDossiers } from '../dossiers/demo.js';
import { createStaff, hashPassword } from '../staff/accounts.js';
import { seedDemoSupport } from '../support/demo.js';
import type { Db } from '../storage/database.js';
import { seedLivedIn } from './seed-lived-in.js';

export const DEMO_ADMIN_EMAIL = 'admin@banthach.demo';
export const DEMO_PROVINCE_EMAIL = 'tinh@danang.demo';
/** Thành phố Đà Nẵng; Phường Bàn Thạch (which took in phường Tân Thạnh) and Phường Tam Kỳ. */
export const DEMO_PROVINCE = '48';
const DEMO_WARDS = [
  { code: 'demo', name: 'UBND phường Bàn Thạch', commune: '20335', seed: 20_251_206 },
  { code: 'tam-ky', name: 'UBND phường Tam Kỳ', commune: '20341', seed: 20_261_207 },
] as const;

export interface DemoAccounts {
  email: string;
  password: string;
  /** The province account of the demo's city. */
  province: { email: string; password: string };
}

function shippedCatalogue(): unknown[] {
  try {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@motcua/core/data/procedures.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    /* the catalogue is optional for the demo */
  }
  return [];
}

/** A fresh password for a demo account: stored only as a hash, printed for the person running the demo. */
async function demoAccount(
  db: Db,
  input: { email: string; name: string; role: 'unit' | 'province'; province?: string; units?: string[] },
): Promise<{ email: string; password: string }> {
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  const [existing] = await db.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [input.email]);
  if (!existing) {
    await db.tx((q) => createStaff(q, { ...input, password }));
    return { email: input.email, password };
  }
  // An account from before provinces (the demo admin was a province account seeing every unit) is
  // brought to its role today.
  await db.tx(async (q) => {
    await q.query('UPDATE staff SET password_hash = $2, role = $3, province_code = $4 WHERE id = $1', [
      existing.id,
      await hashPassword(password),
      input.role,
      input.province ?? null,
    ]);
    for (const unit of input.units ?? [])
      await q.query('INSERT INTO staff_units (staff_id, unit) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        existing.id,
        unit,
      ]);
  });
  return { email: input.email, password };
}

export async function seedDemo(db: Db, origins: string[], data: 'setup' | 'lived-in' = 'setup'): Promise<DemoAccounts> {
  const catalogue = shippedCatalogue();
  const now = new Date();
  for (const ward of DEMO_WARDS) {
    await db.query(
      `INSERT INTO units (code, name, origins, catalogue, catalogue_etag, commune_code, province_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (code) DO UPDATE SET origins = (SELECT array_agg(DISTINCT o) FROM unnest(units.origins || EXCLUDED.origins) AS o),
         catalogue = EXCLUDED.catalogue, catalogue_etag = EXCLUDED.catalogue_etag,
         commune_code = EXCLUDED.commune_code, province_code = EXCLUDED.province_code`,
      [
        ward.code,
        ward.name,
        origins,
        JSON.stringify(catalogue),
        `${catalogue.length}-${randomUUID().slice(0, 8)}`,
        ward.commune,
        DEMO_PROVINCE,
      ],
    );
    await seedDemoDossiers(db, ward.code, now);
    if (data === 'lived-in') await seedLivedIn(db, ward.code, now, ward.seed);
  }
  const admin = await demoAccount(db, {
    email: DEMO_ADMIN_EMAIL,
    name: 'Quản trị demo',
    role: 'unit',
    units: ['demo'],
  });
  const province = await demoAccount(db, {
    email: DEMO_PROVINCE_EMAIL,
    name: 'Sở Nội vụ (demo)',
    role: 'province',
    province: DEMO_PROVINCE,
  });
  await seedDemoContest(db.kysely, 'demo', now, data === 'lived-in');
  await seedDemoProvinceContest(
    db.kysely,
    DEMO_PROVINCE,
    DEMO_WARDS.map((w) => w.code),
    now,
    data === 'lived-in',
  );
  await seedDemoSupport(db.kysely, 'demo');
  return { ...admin, province };
}
