/** Signing in and out, and who is signed in (with the units they serve and the session's CSRF token). */
import { cleanText, isObject } from '@motcua/core';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { limitBody, readJson } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors, HttpError } from '../http/errors.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { limit } from '../storage/rate-limits.js';
import { createSession, endSession, SESSION_COOKIE, verifyPassword } from './accounts.js';
import { sessionFor } from './guard.js';

const secure = (url: string, proto: string | undefined) => url.startsWith('https:') || proto === 'https';

export const staffRoutes = new Hono<AppEnv>()
  .post('/api/v1/admin/login', limitBody(SMALL_BODY), async (c) => {
    const body = await readJson(c);
    const email =
      isObject(body) && typeof body.email === 'string' ? cleanText(body.email).trim().toLowerCase().slice(0, 254) : '';
    const password = isObject(body) && typeof body.password === 'string' ? cleanText(body.password).slice(0, 200) : '';
    if (!email || !password) {
      throw errors.invalid({
        ...(email ? {} : { email: { vi: 'Vui lòng nhập email.', en: 'Enter your e-mail.' } }),
        ...(password ? {} : { password: { vi: 'Vui lòng nhập mật khẩu.', en: 'Enter your password.' } }),
      });
    }
    const db = c.var.db;
    // Throttle guessing per account and per address, whether or not the account exists.
    await limit(db, `login:${email}`, 5, 900);
    await limit(db, `login-ip:${c.var.ip}`, 30, 900);
    const row = await db.kysely
      .selectFrom('staff')
      .select(['id', 'password_hash'])
      .where('email', '=', email)
      .executeTakeFirst();
    const ok = row ? await verifyPassword(password, row.password_hash) : false;
    if (!row || !ok)
      throw new HttpError(401, 'bad_credentials', {
        vi: 'Email hoặc mật khẩu không đúng.',
        en: 'The e-mail or password is not correct.',
      });
    const s = await createSession(db, row.id);
    setCookie(c, SESSION_COOKIE, s.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      maxAge: s.maxAge,
      secure: secure(c.req.url, c.req.header('x-forwarded-proto')),
    });
    return c.json({ csrfToken: s.csrf });
  })
  .post('/api/v1/admin/logout', async (c) => {
    // A write like any other: without the session's CSRF token, a same-site page cannot end a session.
    const session = await sessionFor(c, { write: true });
    await endSession(c.var.db, session.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  })
  .get('/api/v1/admin/me', async (c) => {
    const { staff, csrf } = await sessionFor(c);
    const units = staff.units.length
      ? await c.var.db.kysely
          .selectFrom('units')
          .select(['code', 'name'])
          .where('code', 'in', staff.units)
          .orderBy('name')
          .execute()
      : [];
    return c.json({ ...staff, units, csrfToken: csrf });
  });
