// Type-checks Lit templates (bindings, attributes, events) with lit-analyzer over every Lit source tree.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const globs = ['packages/widgets/src/**/*.ts', 'extension/src/**/*.ts', 'packages/collector/src/admin/**/*.ts'].filter(
  (g) => existsSync(join(repo, g.split('/**')[0])),
);
const r = spawnSync(
  'pnpm',
  [
    'exec',
    'lit-analyzer',
    ...globs,
    '--strict',
    '--rules.no-missing-import',
    'off',
    '--rules.no-incompatible-type-binding',
    'error',
  ],
  {
    cwd: repo,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
