/**
 * What every staff route checks: a live session (401 without), the CSRF token on writes (403 when it
 * does not match, compared in constant time), and that the unit in the path is one the staff member
 * serves (404 otherwise, revealing nothing).
 */
import { isUuid } from '@motcua/core';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { sameSecret } from '../http/secrets.js';
import { SESSION_COOKIE, type Session, type Staff, sessionOf } from './accounts.js';

/** The signed-in staff member's session; on a write, only with the session's CSRF token. */
export async function sessionFor(c: Context<AppEnv>, options: { write?: boolean } = {}): Promise<Session> {
  const session = await sessionOf(c.get('db'), getCookie(c, SESSION_COOKIE));
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

/** A path parameter that must be a UUID: anything else is simply not found. */
export function uuidParam(c: Context<AppEnv>, name: string): string {
  const id = c.req.param(name) ?? '';
  if (!isUuid(id)) throw errors.notFound();
  return id;
}
