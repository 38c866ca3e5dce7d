/**
 * Secrets the collector hands out or keeps, in one place: tokens are stored only as their SHA-256 and
 * compared in constant time, and the collector's own keys (for HMACs) live in the `secrets` table so that
 * every instance on one database shares them, unless the operator sets one in the environment.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../storage/database.js';

/** A fresh random token of `bytes` random bytes, base64url, with an optional prefix that says what it is for. */
export const newToken = (bytes = 32, prefix = '') => `${prefix}${randomBytes(bytes).toString('base64url')}`;

/** The SHA-256 a token is stored as (hex unless a column was made for base64url). */
export const digest = (token: string, encoding: 'hex' | 'base64url' = 'hex') =>
  createHash('sha256').update(token).digest(encoding);

/** Whether two secrets (tokens, digests, MACs) are equal, in time that does not depend on where they differ. */
export function sameSecret(a: string | undefined | null, b: string | undefined | null): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type Mac = (text: string) => string;

/** An HMAC-SHA256 (base64url) under the named key: `configured` when given, else made once and stored. */
export async function keyedMac(db: Db, name: string, configured?: string): Promise<Mac> {
  let key = configured;
  if (!key) {
    await db.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      name,
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = await db.query<{ value: string }>('SELECT value FROM secrets WHERE name = $1', [name]);
    key = row?.value ?? '';
  }
  const secret = Buffer.from(key);
  return (text) => createHmac('sha256', secret).update(text).digest('base64url');
}

const macs = new WeakMap<Db, Map<string, Promise<Mac>>>();

/** The storage's MAC under the named key, made once per storage (retried if the storage was down). */
export function macOf(db: Db, name: string, configured?: string): Promise<Mac> {
  const byName = macs.get(db) ?? new Map<string, Promise<Mac>>();
  macs.set(db, byName);
  let mac = byName.get(name);
  if (!mac) {
    mac = keyedMac(db, name, configured).catch((error) => {
      byName.delete(name);
      throw error;
    });
    byName.set(name, mac);
  }
  return mac;
}
