/**
 * What every staff route checks: a live session (401 without), the CSRF token on writes (403 when it
 * does not match, compared in constant time), and that the unit in the path is one the staff member
 * serves (404 otherwise, revealing nothing).
 */
import { isUuid } from '@motcua/core';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { sameSecret } from '../http/secrets.js';
import { SESSION_COOKIE, type Session, type Staff, sessionOf } from './accounts.js';

/** Each request's session, looked up once however many checks ask for it. */
const sessions = new WeakMap<Request, Promise<Session | undefined>>();

/** The signed-in staff member's session; on a write, only with the session's CSRF token. */
export async function sessionFor(c: Context<AppEnv>, options: { write?: boolean } = {}): Promise<Session> {
  let lookup = sessions.get(c.req.raw);
  if (!lookup) {
    lookup = sessionOf(c.get('db'), getCookie(c, SESSION_COOKIE));
    sessions.set(c.req.raw, lookup);
  }
  const session = await lookup;
  if (!session) throw errors.unauthorized();
  if (options.write && !sameSecret(c.req.header('x-csrf-token'), session.csrf)) throw errors.forbidden();
  return session;
}

/** The staff member and the unit of the path (`:unit`), once both checks pass. */
export async function staffFor(
  c: Context<AppEnv>,
  options: { write?: boolean } = {},
): Promise<{ staff: Staff; unit: string }> {
  const { staff } = await sessionFor(c, options);
  const unit = c.req.param('unit') ?? '';
  if (!staff.units.includes(unit)) throw errors.notFound();
  return { staff, unit };
}

const READS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Before any route of a unit's or a province's staff API reads its body: signed in, the CSRF token on
 * a write, and the unit (or province) of the path is the staff member's. So another ward's staff get
 * 404, and a write without the token 403, never a validation message about a body they may not send.
 */
export const staffOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.param('province') !== undefined) await provinceStaffFor(c);
  else await staffFor(c, { write: !READS.includes(c.req.method) });
  await next();
});

/**
 * The staff member and the province of the path (`:province`): only a province account of that very
 * province passes; anyone else is simply not found.
 */
export async function provinceStaffFor(c: Context<AppEnv>): Promise<{ staff: Staff; province: string }> {
  const { staff } = await sessionFor(c);
  const province = c.req.param('province') ?? '';
  if (staff.role !== 'province' || !staff.province || staff.province !== province) throw errors.notFound();
  return { staff, province };
}

/** A path parameter that must be a UUID: anything else is simply not found. */
export function uuidParam(c: Context<AppEnv>, name: string): string {
  const id = c.req.param(name) ?? '';
  if (!isUuid(id)) throw errors.notFound();
  return id;
}
