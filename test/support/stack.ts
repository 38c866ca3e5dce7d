// Starts what an end-to-end test needs on free loopback ports: the collector on embedded PGlite
// (in memory unless a data dir is given) with the demo unit allowing the demo site's origin, and the
// demo ward site pointing its widgets at that collector.
import { createServer } from 'node:net';
import { type Collector, startCollector } from '@motcua/collector';
import { startDemo } from '@motcua/demo';

export interface Stack {
  siteUrl: string;
  collectorUrl: string;
  /** The demo ward's admin, with the province account of its city (`admin.province`). */
  admin: NonNullable<Collector['admin']>;
  close(): Promise<void>;
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startStack(
  options: { dataDir?: string; databaseUrl?: string; demoData?: 'setup' | 'lived-in' } = {},
): Promise<Stack> {
  const sitePort = await freePort();
  const siteOrigin = `http://127.0.0.1:${sitePort}`;
  const collector = await startCollector({
    port: 0,
    seedDemo: true,
    demoData: options.demoData ?? 'setup',
    demoOrigins: [siteOrigin],
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
  });
  const demo = await startDemo({ port: sitePort, collectorUrl: collector.url });
  return {
    siteUrl: demo.url,
    collectorUrl: collector.url,
    admin: collector.admin as NonNullable<Collector['admin']>,
    async close() {
      await demo.close();
      await collector.close();
    },
  };
}
