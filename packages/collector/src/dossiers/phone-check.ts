/**
 * The only trace of the citizen a dossier keeps: an HMAC-SHA256 of the unit, the dossier code and the
 * last four digits of the phone, under the collector's dossier key. The lookup asks for those four
 * digits, so that is what must be checkable; the full number is never stored, and without the key even
 * the 10,000 possible endings cannot be tried offline against a copy of the database.
 *
 * The key is MOTCUA_DOSSIER_KEY when set (a province keeps it apart from its database backups);
 * otherwise one is made at first start and kept in the `secrets` table, shared by every instance.
 */
import { keyedMac, macOf } from '../http/secrets.js';
import type { Db } from '../storage/database.js';

export type PhoneCheck = (unit: string, code: string, lastFour: string) => string;

const KEY = 'dossier-key';
const asCheck =
  (mac: (text: string) => string): PhoneCheck =>
  (unit, code, lastFour) =>
    mac(`${unit}\n${code}\n${lastFour}`);

/** The hashing function under the configured or stored key (made and stored once if need be). */
export const phoneChecker = async (db: Db, configured = process.env.MOTCUA_DOSSIER_KEY): Promise<PhoneCheck> =>
  asCheck(await keyedMac(db, KEY, configured));

/** The storage's checker, made once per storage. */
export const phoneCheckOf = async (db: Db): Promise<PhoneCheck> =>
  asCheck(await macOf(db, KEY, process.env.MOTCUA_DOSSIER_KEY));
