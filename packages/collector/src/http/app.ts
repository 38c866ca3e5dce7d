/**
 * The collector's HTTP application on Hono: shared middleware (client address, security headers, no
 * caching unless a route says so), the error boundary that turns anything unexpected into a clean
 * answer (never a stack trace, never personal data in a log), /healthz, the OpenAPI document, the
 * admin pages, and each feature's routes.
 */
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { serveAdmin } from '../admin-ui/serve.js';
import { campaignAdminRoutes } from '../campaigns/admin-routes.js';
import { campaignRoutes } from '../campaigns/routes.js';
import { catalogueRoutes } from '../catalogue/routes.js';
import { contestAdminRoutes } from '../contests/admin-routes.js';
import { contestRoutes } from '../contests/routes.js';
import { dossierAdminRoutes } from '../dossiers/admin-routes.js';
import { dossierRoutes } from '../dossiers/routes.js';
import { feedbackAdminRoutes } from '../feedback/admin-routes.js';
import { feedbackRoutes } from '../feedback/routes.js';
import { kioskAdminRoutes } from '../ratings/kiosk-routes.js';
import { ratingRoutes } from '../ratings/routes.js';
import { searchAdminRoutes } from '../search/admin-routes.js';
import { searchRoutes } from '../search/routes.js';
import { reportAdminRoutes } from '../reports/admin-routes.js';
import { provinceRoutes } from '../provinces/wards.js';
import { publicityRoutes } from '../reports/publicity-routes.js';
import { staffOnly } from '../staff/guard.js';
import { staffRoutes } from '../staff/routes.js';
import { supportAdminRoutes } from '../support/admin-routes.js';
import { supportRoutes } from '../support/routes.js';
import type { Db } from '../storage/database.js';
import { refuseForeignWrites, unitCors, withUnit } from '../units/middleware.js';
import { clientAddress } from './client-address.js';
import type { AppEnv, CollectorConfig } from './config.js';
import { errors, HttpError } from './errors.js';
import { openapiDocument } from './openapi.js';
import { doc } from './validate.js';

const hops = (trust: boolean | number) => (trust === true ? 1 : trust === false ? 0 : Math.max(0, trust));

function answerError(c: Context<AppEnv>, error: HttpError) {
  return c.json(
    { error: error.code, message: error.text, ...(error.fields ? { fields: error.fields } : {}) },
    error.status as 400,
    error.headers,
  );
}

export function createApp(db: Db, config: CollectorConfig): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let openapi: ReturnType<typeof openapiDocument> | undefined;

  app.use(async (c, next) => {
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    c.set('db', db);
    c.set('config', config);
    c.set(
      'ip',
      clientAddress(incoming?.socket?.remoteAddress, c.req.header('x-forwarded-for'), hops(config.trustProxy)),
    );
    if (c.req.url.length > 4096)
      throw new HttpError(414, 'uri_too_long', { vi: 'Địa chỉ quá dài.', en: 'URI too long.' });
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(
    secureHeaders({
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: false,
      crossOriginOpenerPolicy: false,
      strictTransportSecurity: false,
    }),
  );

  app.onError((error, c) => {
    if (error instanceof HttpError) return answerError(c, error);
    if (error instanceof HTTPException && error.status === 400) return answerError(c, errors.badJson());
    // Storage down or a bug: answer 503 without details; log the class of error only.
    console.error(`[collector] ${c.req.method} request failed: ${(error as Error)?.name ?? 'Error'}`);
    return answerError(
      c,
      new HttpError(
        503,
        'unavailable',
        { vi: 'Hệ thống đang bận, vui lòng thử lại sau.', en: 'The service is busy; please try again later.' },
        undefined,
        { 'Retry-After': '5' },
      ),
    );
  });
  // A path that exists under another method is a 405, not a 404.
  let patterns: { method: string; path: RegExp }[] | undefined;
  app.notFound((c) => {
    patterns ??= app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => ({ method: r.method, path: new RegExp(`^${r.path.replace(/:[^/]+/g, '[^/]+')}$`) }));
    const known = patterns.some((p) => p.path.test(c.req.path));
    return answerError(c, known ? errors.methodNotAllowed() : errors.notFound());
  });

  app.get(
    '/healthz',
    doc({ summary: 'Whether storage answers', tags: ['service'], responses: { 200: 'Up', 503: 'Storage down' } }),
    async (c) => {
      await db.query('SELECT 1');
      return c.json({ ok: true, storage: db.kind });
    },
  );
  app.get(
    '/api/v1/openapi.json',
    doc({ summary: 'This document', tags: ['service'], responses: { 200: 'The OpenAPI document' } }),
    (c) => {
      openapi ??= openapiDocument(app.routes);
      return c.json(openapi, 200, { 'Access-Control-Allow-Origin': '*' });
    },
  );
  const adminPage = doc({
    summary: 'The staff pages (HTML, scripts, styles)',
    tags: ['admin pages'],
    produces: 'text/html',
    responses: { 200: 'The file', 404: 'No such file' },
  });
  app.get('/admin', adminPage, (c) => serveAdmin(c, 'index.html'));
  app.get('/admin/', adminPage, (c) => serveAdmin(c, 'index.html'));
  app.get('/admin/:file', adminPage, (c) => serveAdmin(c, c.req.param('file')));

  app.use('/api/v1/units/:unit/*', withUnit, unitCors, refuseForeignWrites);
  app.use('/api/v1/admin/units/:unit/*', staffOnly);
  app.use('/api/v1/admin/provinces/:province/*', staffOnly);
  for (const routes of [
    catalogueRoutes,
    ratingRoutes,
    feedbackRoutes,
    campaignRoutes,
    contestRoutes,
    provinceRoutes,
    supportRoutes,
    dossierRoutes,
    searchRoutes,
    staffRoutes,
    feedbackAdminRoutes,
    campaignAdminRoutes,
    reportAdminRoutes,
    publicityRoutes,
    contestAdminRoutes,
    supportAdminRoutes,
    dossierAdminRoutes,
    kioskAdminRoutes,
    searchAdminRoutes,
  ])
    app.route('/', routes);
  return app;
}
