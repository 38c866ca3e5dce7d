// Bundles the admin pages (Lit) into dist/admin/ with their HTML and CSS; served at /admin/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ui = join(root, 'src', 'admin-ui');
const out = join(root, 'dist', 'admin');
mkdirSync(out, { recursive: true });
if (existsSync(join(ui, 'admin-app.ts'))) {
  // The admin pages, and the report page's charts (Chart.js, loaded by that page only).
  await build({
    entryPoints: { admin: join(ui, 'admin-app.ts'), 'report-charts': join(ui, 'report-charts.ts') },
    outdir: out,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['source'],
    tsconfig: join(root, '..', '..', 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  for (const f of ['index.html', 'admin.css', 'report.css']) copyFileSync(join(ui, f), join(out, f));
}
console.log('admin pages built');
