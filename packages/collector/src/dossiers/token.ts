/**
 * The machine API's token per unit: made by staff in the admin (shown once), kept only as its SHA-256,
 * checked in constant time on every push. A new token replaces the old one at once.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../http/config.js';
import { HttpError } from '../http/errors.js';
import type { Queryable } from '../storage/database.js';
import { digest, newToken, sameSecret } from '../http/secrets.js';

/** A fresh token for the unit; the previous one stops working. */
export async function issueToken(db: Queryable, unit: string): Promise<string> {
  const token = newToken(24, 'mc_');
  await db.query(
    `INSERT INTO dossier_settings (unit, token_hash) VALUES ($1, $2)
     ON CONFLICT (unit) DO UPDATE SET token_hash = EXCLUDED.token_hash, updated_at = now()`,
    [unit, digest(token, 'base64url')],
  );
  return token;
}

const refused = () =>
  new HttpError(
    401,
    'unauthorized',
    { vi: 'Mã truy cập (token) không đúng.', en: 'The access token is not valid.' },
    undefined,
    { 'WWW-Authenticate': 'Bearer' },
  );

/** Passes when the request carries the unit's token as `Authorization: Bearer …`; 401 otherwise. */
export async function requireToken(c: Context<AppEnv>): Promise<void> {
  const given = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(c.req.header('authorization') ?? '')?.[1];
  const [row] = await c
    .get('db')
    .query<{ token_hash: string | null }>('SELECT token_hash FROM dossier_settings WHERE unit = $1', [
      c.get('unit').code,
    ]);
  if (!given || !row?.token_hash || !sameSecret(digest(given, 'base64url'), row.token_hash)) throw refused();
}
