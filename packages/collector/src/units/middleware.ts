/**
 * Middleware of every public /api/v1/units/:unit/… route: the unit is loaded (404 if unknown), its
 * allow-list of origins decides CORS (Hono's cors middleware answers preflights), and a write
 * from a page of another origin is refused before its body is read.
 */
import { createMiddleware } from 'hono/factory';
import { cors } from 'hono/cors';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { allowsOrigin, loadUnit } from './load.js';

export const withUnit = createMiddleware<AppEnv>(async (c, next) => {
  c.set('unit', await loadUnit(c.get('db'), c.req.param('unit') ?? ''));
  await next();
});

/** The catalogue's ETag, which the procedure search sends back to revalidate. */
const EXPOSED = ['ETag'];

const preflight = cors({
  origin: (origin, c) => (allowsOrigin(c.get('unit'), origin) ? origin : null),
  allowMethods: ['GET', 'POST'],
  // If-None-Match: the procedure search revalidates its cached catalogue with the ETag we expose.
  allowHeaders: ['Content-Type', 'If-None-Match'],
  exposeHeaders: EXPOSED,
  maxAge: 600,
});

/**
 * Preflights are answered by Hono's cors middleware. On the requests themselves the same headers are
 * set before the route answers: hono/cors touches the answer before and after the route, which makes
 * @hono/node-server rebuild it as a web stream (measured: most of the CPU the Hono move added per rating).
 */
export const unitCors = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method === 'OPTIONS') return preflight(c, next);
  const origin = c.req.header('origin');
  if (origin && allowsOrigin(c.get('unit'), origin)) {
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', EXPOSED.join(', '));
    c.header('Vary', 'Origin');
  }
  await next();
});

export const refuseForeignWrites = createMiddleware<AppEnv>(async (c, next) => {
  const origin = c.req.header('origin');
  if (c.req.method === 'POST' && origin && !allowsOrigin(c.get('unit'), origin)) throw errors.forbidden();
  await next();
});
