// Builds the extension: bundles background, content script and side panel with esbuild (no remote code,
// everything local), writes dist/chrome and dist/firefox with their own manifests and a zip of each.
// Then runs `web-ext lint` on the Firefox build and fails on any error (--no-lint skips it).
// --test also writes dist/chrome-test, which may reach http://127.0.0.1 (end-to-end tests only; never zipped).
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { zipSync } from 'fflate';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const withTest = process.argv.includes('--test');

/** The national portal; provincial portals are added at run time as optional permissions. */
const PORTALS = ['https://dichvucong.gov.vn/*', 'https://*.dichvucong.gov.vn/*'];
const OPTIONAL = ['https://*.gov.vn/*'];

function manifest(browser, test = false) {
  const base = {
    manifest_version: 3,
    name: 'motcua — Hồ sơ công dân',
    short_name: 'motcua',
    version: pkg.version,
    description: 'Điền biểu mẫu dịch vụ công từ mã QR thẻ căn cước; hồ sơ được mã hoá trên máy.',
    default_locale: undefined,
    action: { default_title: 'Mở hồ sơ công dân' },
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: test ? [...PORTALS, 'http://127.0.0.1/*'] : PORTALS,
    optional_host_permissions: OPTIONAL,
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  };
  delete base.default_locale;
  if (browser === 'chrome') {
    return {
      ...base,
      minimum_chrome_version: '116',
      permissions: [...base.permissions, 'sidePanel'],
      background: { service_worker: 'background.js', type: 'module' },
      side_panel: { default_path: 'sidepanel.html' },
    };
  }
  return {
    ...base,
    background: { scripts: ['background.js'], type: 'module' },
    sidebar_action: { default_panel: 'sidepanel.html', default_title: 'Hồ sơ công dân', open_at_install: false },
    browser_specific_settings: {
      gecko: {
        id: 'motcua-staff@motcua.vn',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const bundle = join(dist, '.bundle');
await build({
  entryPoints: {
    background: join(root, 'src/background.ts'),
    content: join(root, 'src/content.ts'),
    sidepanel: join(root, 'src/sidepanel.ts'),
    camera: join(root, 'src/camera.ts'),
  },
  outdir: bundle,
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: ['chrome116', 'firefox128'],
  minify: true,
  legalComments: 'linked',
  conditions: ['source', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  charset: 'utf8',
  logLevel: 'warning',
  // The content script is injected as a classic script: wrap it so it has no top-level exports.
  banner: {},
});
// Content scripts injected by executeScript cannot be modules: rebuild that one entry as an IIFE.
await build({
  entryPoints: [join(root, 'src/content.ts')],
  outfile: join(bundle, 'content.js'),
  bundle: true,
  format: 'iife',
  target: ['chrome116', 'firefox128'],
  minify: true,
  conditions: ['source', 'production'],
  charset: 'utf8',
  logLevel: 'warning',
});

// zxing-wasm's default would fetch its .wasm from a CDN; we always override it, and also strip the URL
// so the package holds no remote address at all (store reviewers look for them).
for (const name of readdirSync(bundle, { recursive: true })) {
  const file = join(bundle, String(name));
  if (!file.endsWith('.js')) continue;
  const stripped = readFileSync(file, 'utf8').replace(
    /`https:\/\/fastly\.jsdelivr\.net\/npm\/zxing-wasm@[^/]+\/dist\/\$\{[\w$]+\[1\]\}\/\$\{([\w$]+)\}`/g,
    (_, v) => `\`/\${${v}}\``,
  );
  if (/jsdelivr|unpkg\.com/.test(stripped)) throw new Error(`a CDN address is left in ${name}`);
  writeFileSync(file, stripped);
}

const targets = [
  ['chrome', manifest('chrome')],
  ['firefox', manifest('firefox')],
  ...(withTest ? [['chrome-test', manifest('chrome', true)]] : []),
];
const sizes = {};
for (const [name, m] of targets) {
  const dir = join(dist, name);
  mkdirSync(dir, { recursive: true });
  cpSync(bundle, dir, { recursive: true });
  cpSync(join(root, 'static'), dir, { recursive: true });
  // The QR decoder's WebAssembly ships inside the extension: no CDN, no remote code.
  cpSync(join(root, 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'), join(dir, 'zxing_reader.wasm'));
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
  if (name === 'chrome-test') continue;
  const files = {};
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const full = join(d, f);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full)] = new Uint8Array(readFileSync(full));
    }
  };
  walk(dir);
  const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(join(dist, `motcua-extension-${name}-${pkg.version}.zip`), zip);
  sizes[name] = zip.byteLength;
}
rmSync(bundle, { recursive: true, force: true });
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `extension built in ${Date.now() - started} ms: ${Object.entries(sizes)
    .map(([n, s]) => `${n}.zip ${kb(s)}`)
    .join(', ')}${withTest ? ' (+ dist/chrome-test)' : ''}`,
);

if (!process.argv.includes('--no-lint')) {
  const lint = spawnSync(
    'pnpm',
    ['exec', 'web-ext', 'lint', '--source-dir', join(dist, 'firefox'), '--output', 'json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  let report;
  try {
    report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  } catch {
    console.error(lint.stdout, lint.stderr);
    process.exit(1);
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint (firefox): ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const m of [...report.errors, ...report.warnings])
    console.log(`  ${m._type} ${m.code} ${m.file ?? ''}: ${m.message}`);
  if (errors > 0) process.exit(1);
}
