// pnpm bench: runs every benchmark file (bench/*.bench.{mjs,ts} in each package and test/bench/) one
// after another and lets each print its figures. Speed targets live here, never in unit tests.
// Pass names to run only some: pnpm bench search collector. Options (--name value) go to every file run:
// pnpm bench province --scale 0.1
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const repo = join(import.meta.dirname, '..');
const dirs = [
  ...readdirSync(join(repo, 'packages')).map((p) => join(repo, 'packages', p, 'bench')),
  join(repo, 'extension', 'bench'),
  join(repo, 'test', 'bench'),
];
const argv = process.argv.slice(2);
/** `--name value` pairs, passed through to the benchmark files; the other words pick the files. */
const options = argv.flatMap((a, i) => (a.startsWith('--') ? [a, argv[i + 1] ?? ''] : []));
const filter = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const files = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
      .map((f) => join(d, f)),
  )
  .filter((f) => filter.length === 0 || filter.some((w) => relative(repo, f).includes(w)));

if (files.length === 0) {
  console.log('No benchmarks found (bench/*.bench.ts in a package, or test/bench/).');
  process.exit(0);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${relative(repo, file)} ===`);
  const r = spawnSync('node', ['--conditions=source', '--import', 'tsx', file, ...options], {
    cwd: repo,
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
