/**
 * The collector's HTTP server: routing, CORS preflight, the error boundary that turns anything
 * unexpected into a clean answer (never a stack trace, never personal data in a log), /healthz,
 * the OpenAPI document, and the admin pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminRoutes } from './admin.js';
import { loadUnit, publicRoutes } from './api.js';
import { type CollectorConfig, type Ctx, DEFAULT_CONFIG } from './context.js';
import { type Db, openDb } from './db.js';
import { clientIp, errors, HttpError, matchRoute, sendError, sendJson } from './http.js';
import { migrate } from './migrations.js';
import { openapi } from './openapi.js';
import { pruneCounters } from './ratelimit.js';
import { seedDemo } from './seed.js';

export interface CollectorOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** Seed the demo unit `demo` and a demo admin (npm start, tests). */
  seedDemo?: boolean;
  /** Origins the demo unit allows. */
  demoOrigins?: string[];
  config?: Partial<CollectorConfig>;
}

export interface Collector {
  url: string;
  port: number;
  db: Db;
  /** Demo admin credentials when seeded. */
  admin?: { email: string; password: string };
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const routes = [...publicRoutes, ...adminRoutes];

function adminAsset(name: string): string | undefined {
  for (const dir of [join(here, '..', 'dist', 'admin'), join(here, 'admin')]) {
    const file = join(dir, name);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

function serveAdmin(res: ServerResponse, path: string): boolean {
  const file = path === '/admin' || path === '/admin/' ? 'index.html' : path.slice('/admin/'.length);
  if (!/^[a-z0-9.-]+\.(html|js|css|svg)$/.test(file)) return false;
  const body = adminAsset(file);
  if (body === undefined) return false;
  const type = file.endsWith('.html')
    ? 'text/html'
    : file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : 'image/svg+xml';
  res.writeHead(200, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Security-Policy': ADMIN_CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  res.end(body);
  return true;
}

async function handle(db: Db, config: CollectorConfig, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const ctx: Ctx = {
    req,
    res,
    db,
    config,
    url: new URL('http://collector/'),
    ip: clientIp(req, config.trustProxy),
    cors: {},
  };
  try {
    const method = req.method ?? 'GET';
    const raw = req.url ?? '/';
    if (raw.length > 4096) throw new HttpError(414, 'uri_too_long', { vi: 'Địa chỉ quá dài.', en: 'URI too long.' });
    try {
      ctx.url = new URL(raw, 'http://collector');
    } catch {
      throw errors.notFound();
    }
    const path = ctx.url.pathname;
    if (path === '/healthz') {
      await db.query('SELECT 1');
      return sendJson(res, 200, { ok: true, storage: db.kind });
    }
    if (path === '/api/v1/openapi.json') return sendJson(res, 200, openapi, { 'Access-Control-Allow-Origin': '*' });
    if (method === 'GET' && (path === '/admin' || path.startsWith('/admin/'))) {
      if (serveAdmin(res, path)) return;
      throw errors.notFound();
    }
    if (method === 'OPTIONS') return preflight(ctx, path);
    const match = matchRoute(routes, method, path);
    if (match === 'method') throw errors.methodNotAllowed();
    if (!match) throw errors.notFound();
    await match.route.handler(ctx, match.params);
  } catch (error) {
    if (error instanceof HttpError) return sendError(res, error, ctx.cors);
    // Storage down or a bug: answer 503 without details; log the class of error only.
    console.error(`[collector] ${req.method} request failed: ${(error as Error)?.name ?? 'Error'}`);
    if (!res.headersSent) {
      sendError(
        res,
        new HttpError(
          503,
          'unavailable',
          {
            vi: 'Hệ thống đang bận, vui lòng thử lại sau.',
            en: 'The service is busy; please try again later.',
          },
          undefined,
          { 'Retry-After': '5' },
        ),
        ctx.cors,
      );
    } else res.destroy();
  }
}

async function preflight(ctx: Ctx, path: string): Promise<void> {
  const m = /^\/api\/v1\/units\/([^/]+)\//.exec(path);
  const origin = ctx.req.headers.origin;
  if (m && origin) {
    let allowed = false;
    try {
      const unit = await loadUnit(ctx, decodeURIComponent(m[1] ?? ''));
      allowed = unit.origins.includes('*') || unit.origins.includes(origin);
    } catch {
      allowed = false;
    }
    if (allowed) {
      ctx.res.writeHead(204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST',
        // If-None-Match: the procedure search revalidates its cached catalogue with the ETag we expose.
        'Access-Control-Allow-Headers': 'Content-Type, If-None-Match',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
      ctx.res.end();
      return;
    }
  }
  if (path.startsWith('/api/v1/feedback/') && origin) {
    ctx.res.writeHead(204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET',
      'Access-Control-Max-Age': '600',
    });
    ctx.res.end();
    return;
  }
  ctx.res.writeHead(204).end();
}

export async function startCollector(options: CollectorOptions = {}): Promise<Collector> {
  const db = await openDb({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  await migrate(db);
  const config = { ...DEFAULT_CONFIG, ...options.config };
  const admin = options.seedDemo ? await seedDemo(db, options.demoOrigins ?? ['http://127.0.0.1:8080']) : undefined;
  const server: Server = createServer((req, res) => {
    void handle(db, config, req, res);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const prune = setInterval(() => void pruneCounters(db).catch(() => undefined), 3600_000);
  prune.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    db,
    admin,
    async close() {
      clearInterval(prune);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
