// Test helpers: every storage test runs against PGlite and, when TEST_DATABASE_URL is set (npm test
// sets it), a fresh database on a real PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import pg from 'pg';
import { type Collector, type CollectorOptions, startCollector } from '../src/index.js';

export interface Storage {
  name: 'pglite' | 'postgres';
  /** A fresh database URL for postgres; undefined for PGlite (in memory). */
  fresh(): Promise<{ databaseUrl?: string; drop(): Promise<void> }>;
}

export function storages(): Storage[] {
  const list: Storage[] = [{ name: 'pglite', fresh: async () => ({ drop: async () => {} }) }];
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    list.push({
      name: 'postgres',
      async fresh() {
        const name = `motcua_test_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client(base);
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = new URL(base);
        url.pathname = `/${name}`;
        return {
          databaseUrl: url.toString(),
          async drop() {
            const c = new pg.Client(base);
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await c.end();
          },
        };
      },
    });
  }
  return list;
}

export async function launch(
  storage: Storage,
  options: CollectorOptions = {},
): Promise<Collector & { dropDb(): Promise<void>; databaseUrl?: string }> {
  const db = await storage.fresh();
  const c = await startCollector({
    port: 0,
    seedDemo: true,
    demoOrigins: ['http://127.0.0.1:8080'],
    databaseUrl: db.databaseUrl,
    ...options,
  });
  return {
    ...c,
    async close() {
      await c.close();
    },
    dropDb: db.drop,
    databaseUrl: db.databaseUrl,
  };
}

/**
 * A collector for the API tests: limits high enough not to get in their way (the rate-limit test
 * starts its own), and a second unit, `other`, with its own site, to test CORS and tenancy against.
 */
export async function launchApi(storage: Storage) {
  const c = await launch(storage, {
    config: { rateIpPerMinute: 100_000, rateUnitPerMinute: 100_000, feedbackIpPerHour: 1000, minFillSeconds: 3 },
  });
  await c.db.query(
    "INSERT INTO units (code, name, origins) VALUES ('other', 'UBND xã Khác', '{https://xa-khac.example}')",
  );
  const { admin } = c;
  if (!admin) throw new Error('the demo seed made no staff account');
  return { ...c, admin };
}

/**
 * A collector for one `describe` block: `start` runs in its `before`, and its `after` closes the
 * collector and drops its database. The handle is filled in when `before` has run, so tests (and later
 * `before` hooks of the block) read it as the collector itself: `const c = useCollector(() => launchApi(storage))`.
 */
export function useCollector<T extends { close(): Promise<void>; dropDb(): Promise<void> }>(
  start: () => Promise<T>,
): T {
  const handle = {} as T;
  before(async () => {
    Object.assign(handle, await start());
  });
  after(async () => {
    // A start that failed left nothing to close.
    await handle.close?.();
    await handle.dropDb?.();
  });
  return handle;
}

export const uuid = () => crypto.randomUUID();

export async function call(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers field by field
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(base + path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers: { ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers };
}

export const feedbackBody = (over: Record<string, unknown> = {}) => ({
  id: uuid(),
  name: 'Nguyễn Văn A',
  phone: '0912 345 678',
  content: 'Đề nghị niêm yết rõ lệ phí chứng thực tại bộ phận một cửa.',
  consent: true,
  startedAt: new Date(Date.now() - 60_000).toISOString(),
  ...over,
});

/** Signs the staff member in: the session cookie and the CSRF token every write carries. */
export async function signIn(base: string, admin: { email: string; password: string }) {
  const res = await fetch(`${base}/api/v1/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}
