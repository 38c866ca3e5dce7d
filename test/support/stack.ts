// Starts what an end-to-end test needs on free loopback ports: the demo ward site, and the collector
// on a throwaway PGlite data dir once the collector package provides startCollector.
import { startDemo } from '@motcua/demo';

export interface Stack {
  siteUrl: string;
  collectorUrl: string;
  close(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const demo = await startDemo({ port: 0 });
  return {
    siteUrl: demo.url,
    collectorUrl: '',
    close: () => demo.close(),
  };
}
