// Builds dist/autofill.iife.js: one self-contained classic script for extension content scripts,
// which cannot load ES module chunks. It sets globalThis.MotcuaAutofill.
import { build } from 'esbuild';
import { join } from 'node:path';

const pkg = join(import.meta.dirname, '..');
const result = await build({
  entryPoints: [join(pkg, 'src/iife.ts')],
  outfile: join(pkg, 'dist/autofill.iife.js'),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  conditions: ['source'],
  legalComments: 'none',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
console.log(`autofill.iife.js: ${(bytes / 1024).toFixed(1)} KiB`);
