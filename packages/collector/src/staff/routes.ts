/** Signing in and out, and who is signed in (with the units they serve and the session's CSRF token). */
import { randomBytes } from 'node:crypto';
import { LoginSchema } from '@motcua/core';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { HttpError } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import type { Db } from '../storage/database.js';
import { limit } from '../storage/rate-limits.js';
import { createSession, endSession, hashPassword, SESSION_COOKIE, verifyPassword } from './accounts.js';
import { sessionFor } from './guard.js';

const tags = ['staff'];

const secure = (url: string, proto: string | undefined) => url.startsWith('https:') || proto === 'https';

/** Failed sign-ins per account counted over 15 minutes; from the fifth, the slow lane. */
const FAILURES = { max: 5, windowSeconds: 900 };
const failureWindow = (now = Date.now()) => new Date(now - (now % (FAILURES.windowSeconds * 1000)));

async function countFailure(db: Db, email: string): Promise<void> {
  await db.query(
    `INSERT INTO rate_counters (key, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + 1`,
    [`login-fail:${email}`, failureWindow()],
  );
}

async function recentFailures(db: Db, email: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('rate_counters')
    .select('count')
    .where('key', '=', `login-fail:${email}`)
    .where('window_start', '=', failureWindow())
    .executeTakeFirst();
  return (row?.count ?? 0) >= FAILURES.max;
}

let dummy: Promise<string> | undefined;
/** A hash of nothing anyone knows, checked when the e-mail has no account. */
const dummyHash = () => {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
};

export const staffRoutes = new Hono<AppEnv>()
  .post(
    '/api/v1/admin/login',
    doc({
      summary: 'Sign in: sets the session cookie and answers the CSRF token writes must carry',
      tags,
      example: { email: 'canbo@demo.example', password: '…' },
      responses: {
        200: 'Signed in: the CSRF token',
        400: 'E-mail or password missing',
        401: 'Wrong e-mail or password',
        429: 'Too many tries',
      },
    }),
    limitBody(SMALL_BODY),
    valid('json', LoginSchema),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const db = c.get('db');
      // Guessing from one address is throttled whatever the account.
      await limit(db, `login-ip:${c.get('ip')}`, 30, 900);
      // An account with recent failures is in the slow lane: one try per 20 seconds, never a lockout,
      // so guesses from anywhere slow the guesser and the owner can still sign in.
      if (await recentFailures(db, email)) await limit(db, `login-slow:${email}`, 1, 20);
      const row = await db.kysely
        .selectFrom('staff')
        .select(['id', 'password_hash'])
        .where('email', '=', email)
        .executeTakeFirst();
      // The same scrypt work for an unknown e-mail, so timing does not tell which accounts exist.
      const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash()));
      if (!row || !ok) {
        await countFailure(db, email);
        throw new HttpError(401, 'bad_credentials', {
          vi: 'Email hoặc mật khẩu không đúng.',
          en: 'The e-mail or password is not correct.',
        });
      }
      const s = await createSession(db, row.id);
      setCookie(c, SESSION_COOKIE, s.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'Strict',
        maxAge: s.maxAge,
        secure: secure(c.req.url, c.req.header('x-forwarded-proto')),
      });
      return c.json({ csrfToken: s.csrf });
    },
  )
  .post(
    '/api/v1/admin/logout',
    doc({
      summary: 'Sign out (a write: needs the CSRF token)',
      tags,
      staff: true,
      responses: { 200: 'Signed out', 401: 'Not signed in', 403: 'No CSRF token' },
    }),
    async (c) => {
      // A write like any other: without the session's CSRF token, a same-site page cannot end a session.
      const session = await sessionFor(c, { write: true });
      await endSession(c.get('db'), session.id);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true });
    },
  )
  .get(
    '/api/v1/admin/me',
    doc({
      summary: 'Who is signed in, the units they serve and the CSRF token',
      tags,
      staff: true,
      responses: { 200: 'The staff member', 401: 'Not signed in' },
    }),
    async (c) => {
      const { staff, csrf } = await sessionFor(c);
      const units = staff.units.length
        ? await c
            .get('db')
            .kysely.selectFrom('units')
            .select(['code', 'name'])
            .where('code', 'in', staff.units)
            .orderBy('name')
            .execute()
        : [];
      return c.json({ ...staff, units, csrfToken: csrf });
    },
  );
