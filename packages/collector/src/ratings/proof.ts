/**
 * How strongly a rating is vouched for (issue 17, finding 8). Anyone can rate anonymously from a ward's
 * page, so those ratings prove little; two kinds prove more, and the published figures count each:
 * - `kiosk`: sent by a counter device staff registered in the admin (its key, kept here only as SHA-256);
 * - `dossier`: sent with the pass the dossier lookup gives the dossier's owner (who knew its code and the
 *   phone's last four digits) once the result is handed back, an HMAC under the collector's key.
 * A rating whose proof fails is still taken, as an anonymous one: a citizen's rating is never lost
 * because a device was revoked or a pass mistyped.
 */
import { randomUUID } from 'node:crypto';
import type { Rating } from '@motcua/core';
import { digest, macOf, newToken, sameSecret } from '../http/secrets.js';
import type { Db, Queryable } from '../storage/database.js';
import type { RatingProof } from './tables.js';

const PASS_KEY = 'rating-pass-key';

/** The pass that lets the owner's rating of a dossier count as the dossier's own. */
export async function dossierPass(db: Db, unit: string, code: string): Promise<string> {
  return (await macOf(db, PASS_KEY))(`${unit}\n${code.toUpperCase()}`);
}

/** The proof a rating carries for this unit. */
export async function proofOf(db: Db, unit: string, rating: Rating): Promise<RatingProof> {
  if (
    rating.dossier &&
    rating.dossierPass &&
    sameSecret(await dossierPass(db, unit, rating.dossier), rating.dossierPass)
  )
    return 'dossier';
  if (rating.device) {
    const [kiosk] = await db.query<{ id: string }>(
      'SELECT id FROM kiosks WHERE unit = $1 AND key_hash = $2 AND revoked_at IS NULL',
      [unit, digest(rating.device)],
    );
    if (kiosk) return 'kiosk';
  }
  return 'none';
}

/**
 * Before the owner's rating of a dossier is stored: an unproven rating someone sent first under that
 * dossier's code gives way, so knowing a code is not enough to take a dossier's one rating.
 */
export const clearUnprovenDossierRating = (db: Queryable, unit: string, code: string) =>
  db.query("DELETE FROM ratings WHERE unit = $1 AND upper(dossier) = $2 AND proof <> 'dossier'", [
    unit,
    code.toUpperCase(),
  ]);

/** A new counter device for the unit: its id, and its key (shown once, stored only as a digest). */
export async function registerKiosk(db: Queryable, unit: string, name: string): Promise<{ id: string; key: string }> {
  const id = randomUUID();
  const key = newToken(24, 'kiosk_');
  await db.query('INSERT INTO kiosks (id, unit, name, key_hash) VALUES ($1, $2, $3, $4)', [
    id,
    unit,
    name,
    digest(key),
  ]);
  return { id, key };
}
