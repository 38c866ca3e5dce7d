/**
 * Starting and stopping the collector: storage opened and migrated, the demo seeded when asked, the Hono
 * app served by @hono/node-server with timeouts a slow client cannot abuse, and the hourly housekeeping.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { clearExpiredParticipants } from '../contests/manage.js';
import { seedDemo } from '../demo/seed.js';
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
}

export interface Collector {
  url: string;
  port: number;
  db: Db;
  /** Demo admin credentials when seeded. */
  admin?: { email: string; password: string };
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
  await migrate(db);
  const config = { ...DEFAULT_CONFIG, ...options.config };
  const admin = options.seedDemo
    ? await seedDemo(db, options.demoOrigins ?? ['http://127.0.0.1:8080'], options.demoData ?? 'setup')
    : undefined;
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
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}`,
    port,
    db,
    admin,
    async close() {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
