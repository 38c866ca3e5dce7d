// The npm package's promises: an export per widget (define module and side-effect-free class module),
// `sideEffects` naming only define modules, and a CDN manifest whose SRI hashes match the files.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error: plain .mjs build scripts without declarations
import { buildCdn, listWidgets } from '../scripts/build-cdn.mjs';
// @ts-expect-error: plain .mjs build scripts without declarations
import { expectedPackage } from '../scripts/sync-package.mjs';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
type Widget = { name: string; tag: string; entry: string };
const widgets: Widget[] = listWidgets();

test('package.json is in step with the widget folders (run scripts/sync-package.mjs after adding one)', () => {
  assert.deepEqual(pkg.exports, expectedPackage().exports);
  assert.deepEqual(pkg.sideEffects, expectedPackage().sideEffects);
});

test('every widget exports its define module and its class module, both present in src', () => {
  assert.ok(widgets.length > 0);
  for (const w of widgets) {
    for (const key of [`./${w.name}`, `./${w.name}/component`]) {
      const target = pkg.exports[key];
      assert.ok(target, `missing export ${key}`);
      assert.ok(existsSync(join(root, target.source)), `${key} → ${target.source} does not exist`);
      assert.match(target.types, /\.d\.ts$/);
    }
  }
});

test('sideEffects lists define modules only, and class modules define nothing', () => {
  for (const path of pkg.sideEffects as string[]) {
    if (path.startsWith('./dist/cdn/')) continue;
    assert.match(path, /\/([a-z-]+)\/\1\.(js|ts)$/, `${path} is not a define module`);
  }
  for (const w of widgets) {
    const cls = join(root, 'src', w.name, `${w.name}.component.ts`);
    if (!existsSync(cls)) continue;
    const code = readFileSync(cls, 'utf8');
    assert.doesNotMatch(code, /^\s*\w+\.define\(|customElements\.define\(/m, `${w.name}.component.ts registers a tag`);
  }
});

test('the CDN build writes hashed files under the version folder whose SRI hashes match', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-cdn-test-'));
  try {
    const manifest = await buildCdn(dir);
    assert.equal(manifest.version, pkg.version);
    const check = (file: string, integrity: string) => {
      const bytes = readFileSync(join(dir, pkg.version, file));
      assert.equal(integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`);
      assert.match(file, /\.[A-Z0-9]{8}\.js$/, `${file} has no content hash`);
    };
    for (const w of widgets) {
      const entry = manifest.widgets[w.tag];
      check(entry.file, entry.integrity);
      check(entry.standalone.file, entry.standalone.integrity);
      for (const imp of entry.imports) assert.ok(existsSync(join(dir, pkg.version, imp)), imp);
      // The self-contained copy imports nothing: one request, Lit included.
      const standalone = readFileSync(join(dir, pkg.version, entry.standalone.file), 'utf8');
      assert.doesNotMatch(standalone, /(?:^|[;}])import\s*(?:[{*"']|\w+\s+from)/);
      assert.ok(existsSync(join(dir, `${w.tag}.js`)));
      // Strings loaded on demand (English) sit beside each file that imports them, with their hash.
      for (const lazy of [...(entry.lazy ?? []), ...(entry.standalone.lazy ?? [])]) {
        check(lazy.file, lazy.integrity);
        assert.ok(existsSync(join(dir, lazy.file.split('/').pop())), `${lazy.file} missing beside ${w.tag}.js`);
      }
    }
    check(manifest.autoloader.file, manifest.autoloader.integrity);
    const loader = readFileSync(join(dir, 'motcua.js'), 'utf8');
    for (const w of widgets) assert.ok(loader.includes(`./${pkg.version}/${manifest.widgets[w.tag].file}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('modules loaded on demand stay out of the files that do not need them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-cdn-test-'));
  try {
    const manifest = await buildCdn(dir);
    const read = (file: string) => readFileSync(join(dir, pkg.version, file), 'utf8');
    // The feedback box's lookup mode is a file of its own, without a second copy of Lit.
    const box = manifest.widgets['motcua-feedback-box'];
    const lookup = box.standalone.lazy.find((l: { file: string }) => /\.lookup\.[A-Z0-9]{8}\.js$/.test(l.file));
    assert.ok(lookup, 'no lookup module beside the feedback box');
    assert.doesNotMatch(read(box.standalone.file), /lookupTitle/);
    assert.match(read(lookup.file), /lookupTitle/);
    assert.doesNotMatch(read(lookup.file), /litHtmlVersions/);
    assert.match(read(box.standalone.file), /litHtmlVersions/);
    // The chunk every widget of the shared build imports carries no module only some widgets use: the
    // survey's criteria data (its English source line) and the banner's dismissal store
    // stay in the chunks of the widgets that import them (both are in their self-contained files).
    assert.match(read(manifest.widgets['motcua-satisfaction-survey'].standalone.file), /Decree 61\/2018/);
    assert.match(read(manifest.widgets['motcua-campaign-banner'].standalone.file), /motcua-campaigns-dismissed/);
    const lists = Object.values(manifest.widgets).map((w) => (w as { imports: string[] }).imports);
    const everywhere = (lists[0] ?? []).filter((f) => lists.every((l) => l.includes(f)));
    assert.ok(everywhere.length > 0, 'the widgets share no chunk');
    for (const file of everywhere) {
      const text = read(file);
      assert.doesNotMatch(text, /Decree 61\/2018/);
      assert.doesNotMatch(text, /motcua-campaigns-dismissed/);
      assert.match(text, /litHtmlVersions/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
