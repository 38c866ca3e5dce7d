/** Serving the built admin pages (dist/admin) at /admin/, under a strict CSP. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { errors } from '../http/errors.js';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
};
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

function asset(name: string): string | undefined {
  for (const dir of [join(here, '..', '..', 'dist', 'admin'), join(here, '..', 'admin')]) {
    const file = join(dir, name);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

export function serveAdmin(c: Context, file: string): Response {
  const ext = /^[a-z0-9.-]+\.(html|js|css|svg)$/.exec(file)?.[1];
  const body = ext ? asset(file) : undefined;
  if (!ext || body === undefined) throw errors.notFound();
  return c.body(body, 200, {
    'Content-Type': `${TYPES[ext]}; charset=utf-8`,
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-cache',
  });
}
