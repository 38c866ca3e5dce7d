/**
 * The only trace of the citizen a dossier keeps: an HMAC-SHA256 of the unit, the dossier code and the
 * last four digits of the phone, under the collector's dossier key. The lookup asks for those four
 * digits, so that is what must be checkable; the full number is never stored, and without the key even
 * the 10,000 possible endings cannot be tried offline against a copy of the database.
 *
 * The key is MOTCUA_DOSSIER_KEY when set (a province keeps it apart from its database backups);
 * otherwise one is made at first start and kept in the `secrets` table, shared by every instance.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../storage/database.js';

export type PhoneCheck = (unit: string, code: string, lastFour: string) => string;

/** The hashing function under the configured or stored key (made and stored once if need be). */
export async function phoneChecker(db: Db, configured = process.env.MOTCUA_DOSSIER_KEY): Promise<PhoneCheck> {
  let key = configured;
  if (!key) {
    await db.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      'dossier-key',
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = await db.query<{ value: string }>('SELECT value FROM secrets WHERE name = $1', ['dossier-key']);
    key = row?.value ?? '';
  }
  const secret = Buffer.from(key);
  return (unit, code, lastFour) =>
    createHmac('sha256', secret).update(`${unit}\n${code}\n${lastFour}`).digest('base64url');
}

/** Equal hashes, compared in constant time (both are always 43 characters of base64url). */
export function sameCheck(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const checkers = new WeakMap<Db, Promise<PhoneCheck>>();

/** The storage's checker, made once per storage. */
export function phoneCheckOf(db: Db): Promise<PhoneCheck> {
  let checker = checkers.get(db);
  if (!checker) {
    checker = phoneChecker(db).catch((error) => {
      checkers.delete(db); // storage was down: try again on the next request
      throw error;
    });
    checkers.set(db, checker);
  }
  return checker;
}
