// Zero import cycles in every package and the extension (issue 18): dpdm follows every source file's
// imports (type-only imports skipped) and exits non-zero on any cycle. Part of the lint suite.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const r = spawnSync(
  'pnpm',
  [
    'exec',
    'dpdm',
    '--no-warning',
    '--no-tree',
    '-T',
    '--exit-code',
    'circular:1',
    'packages/*/src/**/*.ts',
    'extension/src/**/*.ts',
  ],
  { cwd: repo, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
