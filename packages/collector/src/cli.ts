#!/usr/bin/env node
/**
 * motcua-collector: administration from the shell, against DATA_DIR or DATABASE_URL.
 *   motcua-collector add-unit <code> "<name>" [origin…]
 *   motcua-collector add-admin <email> "<name>" --role province|unit [--unit code…]   (password from MOTCUA_PASSWORD or prompt)
 *   motcua-collector migrate
 *   motcua-collector backup <file>      (PostgreSQL: pg_dump, while running; PGlite: the collector stopped)
 *   motcua-collector restore <file>     (into an empty database or data directory)
 */
import { createInterface } from 'node:readline/promises';
import { createStaff } from './staff/accounts.js';
import { backup, restore } from './storage/backup.js';
import { openDb } from './storage/database.js';
import { migrate } from './storage/migrations/index.js';

const USAGE =
  'usage: motcua-collector migrate | add-unit <code> "<name>" [origin…] | add-admin <email> "<name>" --role province|unit [--unit code…] | backup <file> | restore <file>';

const [command, ...args] = process.argv.slice(2);
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
    if (!code || !/^[a-z0-9][a-z0-9-]{0,39}$/.test(code) || !name)
      throw new Error('usage: add-unit <code> "<name>" [origin…]');
    await db.query('INSERT INTO units (code, name, origins) VALUES ($1, $2, $3)', [code, name, origins]);
    console.log(`Unit ${code} created.`);
  } else if (command === 'add-admin') {
    const [email, name] = args;
    const role = args[args.indexOf('--role') + 1] === 'province' ? 'province' : 'unit';
    const units = args.flatMap((a, i) => (args[i - 1] === '--unit' ? [a] : []));
    if (!email || !name) throw new Error('usage: add-admin <email> "<name>" --role province|unit [--unit code…]');
    let password = process.env.MOTCUA_PASSWORD ?? '';
    if (!password) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      password = await rl.question('Password (at least 10 characters): ');
      rl.close();
    }
    await db.tx((q) => createStaff(q, { email, name, password, role, units }));
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
