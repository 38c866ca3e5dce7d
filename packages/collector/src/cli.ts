#!/usr/bin/env node
/**
 * motcua-collector: administration from the shell, against DATA_DIR or DATABASE_URL.
 *   motcua-collector add-unit <code> "<name>" [origin…]
 *   motcua-collector add-admin <email> "<name>" --role province|unit [--unit code…]   (password from MOTCUA_PASSWORD or prompt)
 *   motcua-collector migrate
 */
import { createInterface } from 'node:readline/promises';
import { createStaff } from './staff/accounts.js';
import { openDb } from './storage/database.js';
import { migrate } from './storage/migrations/index.js';

const [command, ...args] = process.argv.slice(2);
const db = await openDb({
  dataDir: process.env.DATABASE_URL ? undefined : (process.env.DATA_DIR ?? './data'),
  databaseUrl: process.env.DATABASE_URL || undefined,
});
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
    console.log(
      'usage: motcua-collector migrate | add-unit <code> "<name>" [origin…] | add-admin <email> "<name>" --role province|unit [--unit code…]',
    );
    process.exitCode = command ? 1 : 0;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
