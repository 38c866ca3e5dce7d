/**
 * Storage: one PostgreSQL dialect on two engines, both through Kysely. PGlite (embedded, a data
 * directory) by default so a ward runs the collector with no server; a real PostgreSQL through a `pg`
 * pool when DATABASE_URL is set, for a province running one collector (or several) for many wards.
 * Both through Kysely's own dialects (PGliteDialect, PostgresDialect).
 *
 * Features query with Kysely's typed builder (`db.kysely`). `query`/`tx` run a SQL text with
 * parameters on the same connections, for the statements a builder says less clearly than SQL (the
 * rating batch insert, report windows); they are the same transactions and the same pool.
 */
import { mkdirSync } from 'node:fs';
import { CompiledQuery, Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Row = Record<string, unknown>;

/** The part of a connection a query needs; a transaction offers the same. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The typed query builder on this connection (inside a transaction: the transaction). */
  readonly kysely: Kysely<Database>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PGlite data directory; omitted = in memory (tests). */
  dataDir?: string;
  /** postgres://… ; when set, PGlite is not used. */
  databaseUrl?: string;
}

function queryable(k: Kysely<Database> | Transaction<Database>): Queryable {
  return {
    kysely: k,
    query: async <T extends Row>(sql: string, params: unknown[] = []) =>
      (await k.executeQuery<T>(CompiledQuery.raw(sql, params))).rows as T[],
  };
}

export async function openDb(options: DbOptions): Promise<Db> {
  const kind = options.databaseUrl ? 'postgres' : 'pglite';
  const kysely = new Kysely<Database>({
    dialect: options.databaseUrl ? await postgresDialect(options.databaseUrl) : await pgliteDialect(options.dataDir),
  });
  const base = queryable(kysely);
  await base.query('SELECT 1');
  return {
    kind,
    ...base,
    tx: (fn) => kysely.transaction().execute((t) => fn(queryable(t))),
    close: () => kysely.destroy(),
  };
}

async function pgliteDialect(dataDir?: string) {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Kysely's own PGlite dialect: one connection, handed to one caller at a time (a transaction holds it
  // until commit or rollback, on PGlite's exclusive transaction), so statements never interleave.
  return new PGliteDialect({ pglite: dataDir ? await PGlite.create(dataDir) : await PGlite.create() });
}

async function postgresDialect(url: string) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 16) });
  pool.on('error', () => {
    /* idle client errors are retried by the pool; nothing to log that could hold personal data */
  });
  return new PostgresDialect({ pool });
}

/** PostgreSQL error code of a failed query, e.g. 23505 for a unique violation. */
export function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
