// npm start: set up what is missing, build, and run the demo: the ward site on PORT (8080), and the
// collector on embedded storage (COLLECTOR_PORT, 8787) when the collector package is present.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies, ensurePnpm, log, repo, run } from './lib/setup.mjs';

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
log('building every package');
run(pnpm, ['-r', '--workspace-concurrency=1', 'run', 'build']);
if (!process.env.MOTCUA_SKIP_STORYBOOK) {
  log('building Storybook (static docs at /storybook/)');
  run(pnpm, ['--filter', '@motcua/stories', 'run', 'build-storybook']);
}

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);
const children = [];
let collectorUrl = '';

const collectorPkg = join(repo, 'packages', 'collector', 'package.json');
if (existsSync(collectorPkg) && JSON.parse(readFileSync(collectorPkg, 'utf8')).scripts?.start) {
  const collectorPort = Number(process.env.COLLECTOR_PORT ?? 8787);
  collectorUrl = `http://${host}:${collectorPort}`;
  const child = spawn(pnpm, ['--filter', '@motcua/collector', 'start'], {
    cwd: repo,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: String(collectorPort),
      HOST: host,
      DATA_DIR: process.env.DATA_DIR ?? join(repo, '.data', 'collector'),
      MOTCUA_SEED_DEMO: '1',
      MOTCUA_DEMO_ORIGIN: `http://${host}:${port}`,
    },
  });
  children.push(child);
}

const { startDemo } = await import('../packages/demo/server.mjs');
const demo = await startDemo({ port, host, collectorUrl });
log(`Demo ward site:  ${demo.url}/`);
if (collectorUrl) log(`Collector API:   ${collectorUrl}/api/v1/  (admin pages: ${collectorUrl}/admin/)`);
log(`Widget docs:     ${demo.url}/storybook/`);
log('Press Ctrl+C to stop.');

const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  demo.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
