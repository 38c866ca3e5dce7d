/**
 * Storage: one PostgreSQL dialect on two engines. PGlite (embedded, a data directory) by default so
 * a ward runs the collector with no server; a real PostgreSQL through a `pg` pool when DATABASE_URL
 * is set, for a province running one collector (or several) for many wards.
 */
import { mkdirSync } from 'node:fs';

export type Row = Record<string, unknown>;

/** The part of a connection a query needs; a transaction offers the same. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PGlite data directory; omitted = in memory (tests). */
  dataDir?: string;
  /** postgres://… ; when set, PGlite is not used. */
  databaseUrl?: string;
}

export async function openDb(options: DbOptions): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

async function openPglite(dataDir?: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  // PGlite runs one statement at a time; queue callers so a transaction is never interleaved.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };
  const q: Queryable = {
    query: async <T extends Row>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
  };
  return {
    kind: 'pglite',
    query: (sql, params) => serial(() => q.query(sql, params)),
    tx: (fn) =>
      serial(() =>
        pg.transaction(async (t) =>
          fn({
            query: async <T extends Row>(sql: string, params: unknown[] = []) => (await t.query<T>(sql, params)).rows,
          }),
        ),
      ),
    exec: (sql) => serial(async () => void (await pg.exec(sql))),
    close: () => serial(() => pg.close()),
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 16) });
  pool.on('error', () => {
    /* idle client errors are retried by the pool; nothing to log that could hold personal data */
  });
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    query: async <T extends Row>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async <T extends Row>(sql: string, params: unknown[] = []) =>
            (await client.query(sql, params)).rows as T[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => void (await pool.query(sql)),
    close: () => pool.end(),
  };
}

/** PostgreSQL error code of a failed query, e.g. 23505 for a unique violation. */
export function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
