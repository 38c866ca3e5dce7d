/**
 * Backing up and restoring either storage to and from one file (`motcua-collector backup|restore`).
 *
 * PostgreSQL: PostgreSQL's own `pg_dump --format=custom` (a consistent snapshot while instances keep
 * running) and `pg_restore` into an empty database; the connection's parts go to them as PG* variables,
 * so a password never shows in the process list. PGlite: its own `dumpDataDir()`, a gzipped tar of the
 * data directory, and `loadDataDir` into an empty one. PGlite is one process: the CLI can only open a
 * directory no collector is using, so a running collector writes its own backups (MOTCUA_BACKUP_DIR:
 * at start and daily, `writeBackup`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, openDb } from './database.js';

/** A PostgreSQL database or a PGlite data directory. */
export type Storage = { databaseUrl: string } | { dataDir: string };

/** Writes a backup of the storage to file. */
export async function backup(storage: Storage, file: string): Promise<void> {
  if ('databaseUrl' in storage) {
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], storage.databaseUrl);
    return;
  }
  const { dataDir } = storage;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new Error(`No PGlite database in ${dataDir}.`);
  const db = await openDb({ dataDir });
  try {
    await writeWhole(file, db);
  } finally {
    await db.close();
  }
}

/** The PGlite storage's backup written to file: all of it, or (on any failure) nothing under that name. */
async function writeWhole(file: string, db: Db): Promise<void> {
  if (!db.dumpDataDir) throw new Error('Back up PostgreSQL with pg_dump (motcua-collector backup).');
  const dump = await db.dumpDataDir();
  writeFileSync(`${file}.part`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${file}.part`, file);
}

const SCHEDULED = /^motcua-\d{8}-\d{4}\.tar\.gz$/;

/**
 * A running collector's backup of its PGlite storage into dir, named by the time (`motcua-YYYYMMDD-HHmm.tar.gz`,
 * UTC), keeping the newest `keep`; the file's path.
 */
export async function writeBackup(db: Db, dir: string, keep = 7, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  const file = join(dir, `motcua-${stamp}.tar.gz`);
  await writeWhole(file, db);
  const old = readdirSync(dir)
    .filter((f) => SCHEDULED.test(f))
    .sort()
    .slice(0, -keep);
  for (const f of old) rmSync(join(dir, f));
  return file;
}

/** Restores a backup made by backup() into an empty storage (an empty database, an empty or new directory). */
export async function restore(storage: Storage, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup file ${file}.`);
  if ('databaseUrl' in storage) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: storage.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
      );
      if (rows[0].n > 0) throw new Error('The database is not empty: restore into a new, empty database.');
    } finally {
      await client.end();
    }
    const into = `--dbname=${libpqEnv(storage.databaseUrl).PGDATABASE}`;
    await run(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', into, file],
      storage.databaseUrl,
    );
    return;
  }
  const { dataDir } = storage;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} is not empty: restore into a new, empty directory.`);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  await db.query('SELECT 1');
  await db.close();
}

/**
 * Where PostgreSQL's programs are: PG_BIN when set, else the newest of Debian's /usr/lib/postgresql/N/bin
 * (as on a server with the postgresql package), else the PATH.
 */
function program(name: string): string {
  if (process.env.PG_BIN) return join(process.env.PG_BIN, name);
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions[0] ? join(base, versions[0], 'bin', name) : name;
}

/** The connection URL as libpq's variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE). */
function libpqEnv(databaseUrl: string): Record<string, string> {
  const url = new URL(databaseUrl);
  const host = url.searchParams.get('host') ?? decodeURIComponent(url.hostname);
  const env: Record<string, string> = {
    PGHOST: host || 'localhost',
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
  };
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function run(name: string, args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program(name), args, {
      env: { ...process.env, ...libpqEnv(databaseUrl) },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (d) => {
      errors += String(d);
    });
    child.once('error', (error) => reject(new Error(`${name} could not be started (${error.message}); set PG_BIN.`)));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed: ${errors.trim()}`))));
  });
}
