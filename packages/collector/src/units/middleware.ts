/**
 * Middleware of every public /api/v1/units/:unit/… route: the unit is loaded (404 if unknown), its
 * allow-list of origins decides CORS (Hono's cors middleware, answering preflights too), and a write
 * from a page of another origin is refused before its body is read.
 */
import { createMiddleware } from 'hono/factory';
import { cors } from 'hono/cors';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { allowsOrigin, loadUnit } from './load.js';

export const withUnit = createMiddleware<AppEnv>(async (c, next) => {
  c.set('unit', await loadUnit(c.var.db, c.req.param('unit') ?? ''));
  await next();
});

export const unitCors = cors({
  origin: (origin, c) => (allowsOrigin(c.get('unit'), origin) ? origin : null),
  allowMethods: ['GET', 'POST'],
  // If-None-Match: the procedure search revalidates its cached catalogue with the ETag we expose.
  allowHeaders: ['Content-Type', 'If-None-Match'],
  exposeHeaders: ['ETag'],
  maxAge: 600,
});

export const refuseForeignWrites = createMiddleware<AppEnv>(async (c, next) => {
  const origin = c.req.header('origin');
  if (c.req.method === 'POST' && origin && !allowsOrigin(c.var.unit, origin)) throw errors.forbidden();
  await next();
});
