/**
 * Staff accounts and sessions. Passwords are hashed with scrypt (N=2^15) and a per-account salt;
 * sessions live in the database (any instance can serve any request) and are referenced by a random
 * token whose SHA-256 is stored, so a database dump holds no usable session. Each session has a CSRF
 * token that state-changing admin requests must echo in X-CSRF-Token.
 */
import { randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { digest, newToken } from '../http/secrets.js';
import type { Db, Queryable } from '../storage/database.js';

const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
export const SESSION_COOKIE = 'motcua_session';
const SESSION_HOURS = 8;

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt);
  return `scrypt$${SCRYPT.N}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, , salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export interface Staff {
  id: string;
  email: string;
  name: string;
  role: 'unit' | 'province';
  units: string[];
}

export async function createStaff(
  q: Queryable,
  input: { email: string; name: string; password: string; role: 'unit' | 'province'; units?: string[] },
): Promise<string> {
  if (input.password.length < 10) throw new Error('The password must have at least 10 characters.');
  const id = randomUUID();
  await q.query('INSERT INTO staff (id, email, name, password_hash, role) VALUES ($1, $2, $3, $4, $5)', [
    id,
    input.email.trim().toLowerCase(),
    input.name,
    await hashPassword(input.password),
    input.role,
  ]);
  for (const unit of input.units ?? [])
    await q.query('INSERT INTO staff_units (staff_id, unit) VALUES ($1, $2)', [id, unit]);
  return id;
}

export async function createSession(db: Db, staffId: string): Promise<{ token: string; csrf: string; maxAge: number }> {
  const token = newToken(32);
  const csrf = newToken(24);
  await db.query(
    `INSERT INTO sessions (id, staff_id, csrf, expires_at) VALUES ($1, $2, $3, now() + interval '${SESSION_HOURS} hours')`,
    [digest(token), staffId, csrf],
  );
  return { token, csrf, maxAge: SESSION_HOURS * 3600 };
}

export interface Session {
  id: string;
  csrf: string;
  staff: Staff;
}

/** The live session a cookie's token stands for, with its staff member and the units they serve. */
export async function sessionOf(db: Db, token: string | undefined): Promise<Session | undefined> {
  if (!token || token.length > 100) return undefined;
  const rows = await db.query<{
    sid: string;
    csrf: string;
    id: string;
    email: string;
    name: string;
    role: 'unit' | 'province';
  }>(
    `SELECT s.id AS sid, s.csrf, st.id, st.email, st.name, st.role FROM sessions s JOIN staff st ON st.id = s.staff_id
     WHERE s.id = $1 AND s.expires_at > now()`,
    [digest(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  const units =
    row.role === 'province'
      ? (await db.query<{ code: string }>('SELECT code FROM units ORDER BY code')).map((r) => r.code)
      : (
          await db.query<{ unit: string }>('SELECT unit FROM staff_units WHERE staff_id = $1 ORDER BY unit', [row.id])
        ).map((r) => r.unit);
  return {
    id: row.sid,
    csrf: row.csrf,
    staff: { id: row.id, email: row.email, name: row.name, role: row.role, units },
  };
}

export const endSession = (db: Db, id: string) => db.kysely.deleteFrom('sessions').where('id', '=', id).execute();
