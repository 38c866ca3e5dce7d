/**
 * Storage: one PostgreSQL dialect on two engines, both through Kysely. PGlite (embedded, a data
 * directory) by default so a ward runs the collector with no server; a real PostgreSQL through a `pg`
 * pool when DATABASE_URL is set, for a province running one collector (or several) for many wards.
 * Both through Kysely's own dialects (PGliteDialect, PostgresDialect).
 *
 * Features query with Kysely's typed builder (`db.kysely`). `query`/`tx` run a SQL text with
 * parameters on the same connections, for the statements a builder says less clearly than SQL (the
 * rating batch insert, report windows); they are the same transactions and the same pool.
 *
 * Several instances may share one PostgreSQL: `changes` brings the database's change notices (one
 * listening connection of its own, see changes.ts) and `exclusive` keeps start-up work (migrations,
 * the demo seed) to one instance at a time.
 */
import { mkdirSync } from 'node:fs';
import { CompiledQuery, type Dialect, Kysely, PGliteDialect, PostgresDialect, type Transaction, sql } from 'kysely';
import { CHANGES_CHANNEL, ChangeFeed, type Listen } from './changes.js';
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
  /** Change notices from every instance; started by the server (the CLI has no cache to keep fresh). */
  readonly changes: ChangeFeed;
  /**
   * Runs fn while no other instance runs its own (a PostgreSQL advisory lock held on one connection of
   * the pool; PGlite is one process). For start-up: migrations and the demo seed.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * PGlite only: the data directory as a gzipped tar, taken while the collector runs (checkpointed, with
   * no statement of the collector running meanwhile). PostgreSQL is backed up with pg_dump (backup.ts).
   */
  readonly dumpDataDir?: () => Promise<Blob>;
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

/** The lock key of start-up work, the same in every instance. */
const START_UP_LOCK = sql`hashtext('motcua-collector start-up')`;

export async function openDb(options: DbOptions): Promise<Db> {
  const kind = options.databaseUrl ? 'postgres' : 'pglite';
  const engine = options.databaseUrl ? await postgres(options.databaseUrl) : await pglite(options.dataDir);
  const kysely = new Kysely<Database>({ dialect: engine.dialect });
  const base = queryable(kysely);
  await base.query('SELECT 1');
  const changes = new ChangeFeed(engine.listen);
  const { dumpDataDir } = engine;
  return {
    kind,
    ...base,
    tx: (fn) => kysely.transaction().execute((t) => fn(queryable(t))),
    changes,
    exclusive: (fn) =>
      kind === 'pglite'
        ? fn()
        : kysely.connection().execute(async (connection) => {
            await sql`SELECT pg_advisory_lock(${START_UP_LOCK})`.execute(connection);
            try {
              return await fn();
            } finally {
              await sql`SELECT pg_advisory_unlock(${START_UP_LOCK})`.execute(connection);
            }
          }),
    ...(dumpDataDir && {
      // Kysely's one PGlite connection held throughout: no statement of ours runs while the files are read.
      dumpDataDir: () =>
        kysely.connection().execute(async (connection) => {
          await sql`CHECKPOINT`.execute(connection);
          return dumpDataDir();
        }),
    }),
    close: async () => {
      await changes.close();
      await kysely.destroy();
    },
  };
}

interface Engine {
  dialect: Dialect;
  listen: Listen;
  dumpDataDir?: () => Promise<Blob>;
}

async function pglite(dataDir?: string): Promise<Engine> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  return {
    // Kysely's own PGlite dialect: one connection, handed to one caller at a time (a transaction holds it
    // until commit or rollback, on PGlite's exclusive transaction), so statements never interleave.
    dialect: new PGliteDialect({ pglite: db }),
    // One process, one connection: the triggers' notices come back to it; nothing to lose.
    listen: async (notice) => {
      const unlisten = await db.listen(CHANGES_CHANNEL, notice);
      return () => unlisten();
    },
    dumpDataDir: async () => (await db.dumpDataDir('gzip')) as Blob,
  };
}

async function postgres(url: string): Promise<Engine> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 16) });
  pool.on('error', () => {
    /* idle client errors are retried by the pool; nothing to log that could hold personal data */
  });
  return {
    dialect: new PostgresDialect({ pool }),
    // A connection of its own, outside the pool: LISTEN lasts as long as the session.
    listen: async (notice, lost) => {
      const client = new pg.Client({ connectionString: url });
      client.on('notification', (m) => {
        if (m.channel === CHANGES_CHANNEL) notice(m.payload ?? '');
      });
      client.on('error', () => undefined); // a failed start rejects below; after it, 'end' follows
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      client.on('end', lost);
      return async () => {
        client.removeListener('end', lost);
        await client.end();
      };
    },
  };
}

/** PostgreSQL error code of a failed query, e.g. 23505 for a unique violation. */
export function pgCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
