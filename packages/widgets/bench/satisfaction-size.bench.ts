// Size of the satisfaction widgets' CDN files (one self-contained module each, Lit included), built
// the way scripts/build-cdn.mjs builds them, minified and gzipped. Budget: the quick widget ≤ 12 KB.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const BUDGET = 12 * 1024;
const widgets = ['satisfaction-rating', 'satisfaction-survey', 'satisfaction-kiosk', 'satisfaction-results'];

const rows: string[][] = [];
for (const name of widgets) {
  const out = await build({
    entryPoints: [join(root, 'src', name, `${name}.ts`)],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    legalComments: 'none',
    conditions: ['source'],
    tsconfig: join(root, 'tsconfig.build.json'),
    write: false,
    logLevel: 'warning',
  });
  const bytes = out.outputFiles[0]!.contents;
  const gz = gzipSync(bytes, { level: 9 }).length;
  const budget = name === 'satisfaction-rating' ? `${gz <= BUDGET ? 'within' : 'OVER'} 12 KB budget` : '';
  rows.push([
    `motcua-${name}.js`,
    `${(bytes.length / 1024).toFixed(1)} KB min`,
    `${(gz / 1024).toFixed(2)} KB min+gzip`,
    budget,
  ]);
}
for (const row of rows) console.log(row.map((c, i) => c.padEnd([34, 14, 20, 0][i] ?? 0)).join(' '));
