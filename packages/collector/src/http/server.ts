/**
 * Starting and stopping the collector: storage opened and migrated, the demo seeded when asked (one
 * instance at a time), change notices listened to, the Hono app served by @hono/node-server with
 * timeouts a slow client cannot abuse, and the hourly housekeeping.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { clearExpiredParticipants } from '../contests/manage.js';
import { type DemoAccounts, seedDemo } from '../demo/seed.js';
import { writeBackup } from '../storage/backup.js';
import { type Db, openDb } from '../storage/database.js';
import { migrate } from '../storage/migrations/index.js';
import { pruneCounters } from '../storage/rate-limits.js';
import { pruneTickets } from '../feedback/ticket.js';
import { createApp } from './app.js';
import { type CollectorConfig, DEFAULT_CONFIG } from './config.js';

export interface CollectorOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** Seed the demo unit `demo` and a demo admin (npm start, tests). */
  seedDemo?: boolean;
  /** What the demo unit holds: only its setup (catalogue, contest), or six months of invented activity too. */
  demoData?: 'setup' | 'lived-in';
  /** Origins the demo unit allows. */
  demoOrigins?: string[];
  config?: Partial<CollectorConfig>;
  /** PGlite: write a backup of the running storage here at start and every day, keeping the newest 7. */
  backupDir?: string;
}

export interface Collector {
  url: string;
  port: number;
  db: Db;
  /** Demo admin credentials when seeded (the ward's admin, and the province account). */
  admin?: DemoAccounts;
  close(): Promise<void>;
}

/** Housekeeping once an hour: old rate windows, expired sessions, spent form tickets, contest data past its retention. */
async function housekeeping(db: Db): Promise<void> {
  await pruneCounters(db);
  await pruneTickets(db);
  await db.kysely.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
  await clearExpiredParticipants(db.kysely, new Date());
}

export async function startCollector(options: CollectorOptions = {}): Promise<Collector> {
  const db = await openDb({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  // Instances started together (a rolling deploy) migrate and seed one after another; the later ones
  // find the work done.
  const admin = await db.exclusive(async () => {
    await migrate(db);
    return options.seedDemo
      ? await seedDemo(db, options.demoOrigins ?? ['http://127.0.0.1:8080'], options.demoData ?? 'setup')
      : undefined;
  });
  // Caches keep nothing until notices of other instances' changes flow.
  await db.changes.start();
  if (options.backupDir && !db.dumpDataDir)
    throw new Error('MOTCUA_BACKUP_DIR is for PGlite: back up PostgreSQL with pg_dump (motcua-collector backup).');
  const backups = options.backupDir;
  if (backups) await writeBackup(db, backups);
  const config = { ...DEFAULT_CONFIG, ...options.config };
  const app = createApp(db, config);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () =>
      resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const timer = setInterval(() => void housekeeping(db).catch(() => undefined), 3600_000);
  timer.unref();
  const daily = backups
    ? setInterval(
        () => void writeBackup(db, backups).catch((e) => console.error(`[collector] backup failed: ${e.message}`)),
        86_400_000,
      )
    : undefined;
  daily?.unref();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    admin,
    async close() {
      clearInterval(timer);
      clearInterval(daily);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
