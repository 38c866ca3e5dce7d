// The real collector behind the component tests (web-test-runner), run in a process of its own by
// collector-proxy.mjs: PGlite in memory, the demo seed (catalogue, dossiers, contest, support points)
// allowing the test runner's origin (MOTCUA_TEST_ORIGIN). Two settings differ from a deployment, both
// tested for themselves in packages/collector/test: the proxy in front is trusted to name the client
// (each test gets an address of its own, so one test's writes never spend another's rate limit), and
// the feedback fill timer is off (a test fills a form in milliseconds, not seconds). Next to the demo
// ward, units of a test's own, which the proxy hands out one per bucket: empty ones (test-1 …) for
// figures that must be a test's alone, and ones holding the demo ward's dossiers (test-dossiers-1 …)
// for tests that rate a dossier, which the collector takes once. And test-map: the demo ward's support
// points with a tile server configured, this test runner's /__tiles/ (what the ward's staff would set).
import { startCollector } from '@motcua/collector';
import { seedDemoDossiers } from '../../packages/collector/src/dossiers/demo.js';
import { seedDemoSupport } from '../../packages/collector/src/support/demo.js';
import { saveMap } from '../../packages/collector/src/support/map.js';

const origin = process.env.MOTCUA_TEST_ORIGIN;
if (!origin) throw new Error('MOTCUA_TEST_ORIGIN (the test runner origin) is required');
const collector = await startCollector({
  port: 0,
  seedDemo: true,
  demoData: 'setup',
  demoOrigins: [origin],
  config: { trustProxy: 1, minFillSeconds: 0 },
});
/** How many of each kind (collector-proxy.mjs keeps its counts in step). */
const POOL = { empty: 200, dossiers: 20 };
await collector.db.query(
  `INSERT INTO units (code, name, origins)
   SELECT 'test-' || n, 'Đơn vị thử ' || n, $1::text[] FROM generate_series(1, ${POOL.empty}) AS n
   UNION ALL
   SELECT 'test-dossiers-' || n, 'Đơn vị thử hồ sơ ' || n, $1::text[] FROM generate_series(1, ${POOL.dossiers}) AS n
   UNION ALL
   SELECT 'test-map', 'Đơn vị thử bản đồ', $1::text[]`,
  [[origin]],
);
for (let n = 1; n <= POOL.dossiers; n++) await seedDemoDossiers(collector.db, `test-dossiers-${n}`, new Date());
await seedDemoSupport(collector.db.kysely, 'test-map');
await saveMap(collector.db.kysely, 'test-map', {
  tiles: `${origin}/__tiles/{z}/{x}/{y}.png`,
  attribution: '© OpenStreetMap contributors',
});
console.log(`[collector] listening on ${collector.url}`);
const stop = () => void collector.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// The runner may die without a word: the collector goes with it.
process.stdin.on('end', stop);
process.stdin.resume();
