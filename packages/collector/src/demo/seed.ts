/**
 * The demo unit for `npm start` and the tests: "demo" (UBND phường Tân Thạnh) with the shipped
 * catalogue, allowing the demo site's origin, and a demo province admin whose password is made up
 * fresh for each data directory (printed at start-up, never a fixed default).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { seedDemoContest } from '../contests/demo.js';
import { seedDemoDossiers } from '../dossiers/demo.js';
import { hashPassword } from '../staff/accounts.js';
import { seedDemoSupport } from '../support/demo.js';
import type { Db } from '../storage/database.js';
import { seedLivedIn } from './seed-lived-in.js';

export const DEMO_ADMIN_EMAIL = 'admin@tanthanh.demo';

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

export async function seedDemo(
  db: Db,
  origins: string[],
  data: 'setup' | 'lived-in' = 'setup',
): Promise<{ email: string; password: string }> {
  const catalogue = shippedCatalogue();
  await db.query(
    `INSERT INTO units (code, name, origins, catalogue, catalogue_etag) VALUES ('demo', 'UBND phường Tân Thạnh', $1, $2, $3)
     ON CONFLICT (code) DO UPDATE SET origins = (SELECT array_agg(DISTINCT o) FROM unnest(units.origins || EXCLUDED.origins) AS o),
       catalogue = EXCLUDED.catalogue, catalogue_etag = EXCLUDED.catalogue_etag`,
    [origins, JSON.stringify(catalogue), `${catalogue.length}-${randomUUID().slice(0, 8)}`],
  );
  // The password is kept in the data directory's database only as a hash; a fresh one is issued on
  // every start so that it can be printed for the person running the demo.
  const password = `demo-${randomBytes(9).toString('base64url')}`;
  // One statement, so it holds even without the start-up lock (a demo admin made by another process).
  await db.query(
    `INSERT INTO staff (id, email, name, password_hash, role) VALUES ($1, $2, 'Quản trị demo', $3, 'province')
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [randomUUID(), DEMO_ADMIN_EMAIL, await hashPassword(password)],
  );
  await seedDemoContest(db.kysely, 'demo', new Date(), data === 'lived-in');
  await seedDemoSupport(db.kysely, 'demo');
  await seedDemoDossiers(db, 'demo', new Date());
  if (data === 'lived-in') await seedLivedIn(db, 'demo', new Date());
  return { email: DEMO_ADMIN_EMAIL, password };
}
