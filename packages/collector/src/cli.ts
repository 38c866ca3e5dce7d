#!/usr/bin/env node
/**
 * motcua-collector: administration from the shell, against DATA_DIR or DATABASE_URL.
 *   motcua-collector add-unit <code> "<name>" [--commune 5-digit code | --province 2-digit code] [origin…]
 *   motcua-collector add-admin <email> "<name>" --role unit --unit code…   (password from MOTCUA_PASSWORD or prompt)
 *   motcua-collector add-admin <email> "<name>" --role province --province 2-digit code
 * Official codes: packages/core/data/admin-units/codes.json (e.g. 48 Thành phố Đà Nẵng, 20335 Phường Bàn Thạch).
 *   motcua-collector migrate
 *   motcua-collector backup <file>      (PostgreSQL: pg_dump, while running; PGlite: the collector stopped)
 *   motcua-collector restore <file>     (into an empty database or data directory)
 */
import { createInterface } from 'node:readline/promises';
import { createStaff } from './staff/accounts.js';
import { backup, restore } from './storage/backup.js';
import { type Db, openDb } from './storage/database.js';
import { migrate } from './storage/migrations/index.js';
import { UNIT_CODE } from './units/load.js';

/** A unit's commune and province from the options: a commune code gives its province. */
async function placeOf(db: Db, commune: string | undefined, province: string | undefined) {
  if (commune) {
    const [row] = await db.query<{ province_code: string }>('SELECT province_code FROM communes WHERE code = $1', [
      commune,
    ]);
    if (!row) throw new Error(`No commune has the code ${commune}.`);
    return { commune, province: row.province_code };
  }
  if (province && !(await db.query('SELECT 1 FROM provinces WHERE code = $1', [province])).length)
    throw new Error(`No province has the code ${province}.`);
  return { commune: null, province: province ?? null };
}

const [command, ...rest] = process.argv.slice(2);
/** The value after `--name`, and the arguments without the options. */
const option = (name: string) => rest[rest.indexOf(`--${name}`) + 1];
const args = rest.filter((a, i) => !a.startsWith('--') && !rest[i - 1]?.startsWith('--'));
const USAGE =
  'usage: motcua-collector migrate | add-unit <code> "<name>" [--commune code | --province code] [origin…] | set-province-origins <province code> [origin…] | add-admin <email> "<name>" --role unit --unit code… | add-admin <email> "<name>" --role province --province code | backup <file> | restore <file>';
const storage = process.env.DATABASE_URL
  ? { databaseUrl: process.env.DATABASE_URL }
  : { dataDir: process.env.DATA_DIR ?? './data' };

if (command === 'backup' || command === 'restore') {
  // Neither migrates: a restore needs the storage empty, a backup takes it as it is.
  const [file] = args;
  try {
    if (!file) throw new Error(USAGE);
    await (command === 'backup' ? backup(storage, file) : restore(storage, file));
    console.log(command === 'backup' ? `Backup written to ${file}.` : `Restored from ${file}.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
  process.exit();
}

const db = await openDb(storage);
try {
  await db.exclusive(() => migrate(db));
  if (command === 'migrate') console.log('Schema is up to date.');
  else if (command === 'add-unit') {
    const [code, name, ...origins] = args;
    if (!code || !UNIT_CODE.test(code) || !name) throw new Error(USAGE);
    const place = await placeOf(db, option('commune'), option('province'));
    await db.query('INSERT INTO units (code, name, origins, commune_code, province_code) VALUES ($1, $2, $3, $4, $5)', [
      code,
      name,
      origins,
      place.commune,
      place.province,
    ]);
    console.log(`Unit ${code} created${place.province ? ` in province ${place.province}` : ''}.`);
  } else if (command === 'set-province-origins') {
    // The province's own site(s), where its contest and its wards' widgets may be embedded (none: no list).
    const [province, ...origins] = args;
    if (!province) throw new Error(USAGE);
    const bad = origins.find((o) => !URL.canParse(o) || new URL(o).origin !== o);
    if (bad) throw new Error(`not an origin (scheme://host[:port]): ${bad}`);
    const rows = await db.query('UPDATE provinces SET origins = $2 WHERE code = $1 RETURNING code', [
      province,
      origins,
    ]);
    if (!rows.length) throw new Error(`no province with code ${province}`);
    console.log(`Province ${province}: ${origins.length ? origins.join(', ') : 'no origins'}.`);
  } else if (command === 'add-admin') {
    const [email, name] = args;
    const role = option('role') === 'province' ? 'province' : 'unit';
    const units = rest.flatMap((a, i) => (rest[i - 1] === '--unit' ? [a] : []));
    const province = option('province');
    if (!email || !name || (role === 'province' && !province)) throw new Error(USAGE);
    let password = process.env.MOTCUA_PASSWORD ?? '';
    if (!password) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      password = await rl.question('Password (at least 10 characters): ');
      rl.close();
    }
    await db.tx((q) => createStaff(q, { email, name, password, role, units, province }));
    console.log(`Staff account ${email} created (${role}).`);
  } else {
    console.log(USAGE);
    process.exitCode = command ? 1 : 0;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
