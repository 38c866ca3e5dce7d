// Builds the CDN files: one self-contained, minified ES module per widget (Lit included) and the
// motcua.js autoloader, into dist/cdn/. A widget is a folder src/<name>/ whose define module is
// src/<name>/<name>.ts; its tag is motcua-<name>.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const out = join(root, 'dist', 'cdn');

export function listWidgets() {
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(src, d.name, `${d.name}.ts`)))
    .map((d) => ({ name: d.name, tag: `motcua-${d.name}`, entry: join(src, d.name, `${d.name}.ts`) }));
}

const common = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2021',
  legalComments: 'none',
  conditions: ['source'],
  tsconfig: join(root, 'tsconfig.build.json'),
  logLevel: 'warning',
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const widgets = listWidgets();
for (const w of widgets) {
  await build({ ...common, entryPoints: [w.entry], outfile: join(out, `${w.tag}.js`) });
}
const files = Object.fromEntries(widgets.map((w) => [w.tag, `./${w.tag}.js`]));
await build({
  ...common,
  entryPoints: [join(src, 'autoloader.ts')],
  outfile: join(out, 'motcua.js'),
  define: { MOTCUA_WIDGETS: JSON.stringify(files) },
});
console.log(`cdn: ${widgets.length} widget(s) and motcua.js in ${out}`);
