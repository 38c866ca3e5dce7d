// Writes package.json's `exports` and `sideEffects` from the widget folders, so every widget gets
// `@motcua/widgets/<name>` (the define module: registers the tag) and `@motcua/widgets/<name>/component`
// (the class: no side effects, safe to subclass and re-tag), and bundlers keep only the define modules
// for their side effects. Run it after adding a widget; `node scripts/sync-package.mjs --check` fails
// when package.json is out of date (the widgets' Node tests run the same check).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listWidgets } from './build-cdn.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'package.json');

const entry = (path) => ({ types: `./dist/${path}.d.ts`, source: `./src/${path}.ts`, default: `./dist/${path}.js` });

/** package.json as it should be for the widgets on disk. */
export function expectedPackage() {
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const exports = {};
  const sideEffects = [];
  for (const w of listWidgets()) {
    exports[`./${w.name}`] = entry(`${w.name}/${w.name}`);
    exports[`./${w.name}/component`] = entry(`${w.name}/${w.name}.component`);
    sideEffects.push(`./dist/${w.name}/${w.name}.js`, `./src/${w.name}/${w.name}.ts`);
  }
  exports['./shared/*'] = entry('shared/*');
  exports['./cdn/*'] = './dist/cdn/*';
  exports['./custom-elements.json'] = './custom-elements.json';
  exports['./vscode.html-custom-data.json'] = './vscode.html-custom-data.json';
  exports['./package.json'] = './package.json';
  sideEffects.push('./dist/cdn/**');
  return {
    ...pkg,
    exports,
    sideEffects,
    customElements: 'custom-elements.json',
    files: ['dist', 'custom-elements.json', 'vscode.html-custom-data.json'],
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = `${JSON.stringify(expectedPackage(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error('packages/widgets/package.json is out of date: run node packages/widgets/scripts/sync-package.mjs');
      process.exit(1);
    }
  } else writeFileSync(file, text);
}
