import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const read = (browser: string) => JSON.parse(readFileSync(join(dist, browser, 'manifest.json'), 'utf8'));

describe('extension build', () => {
  before(() => {
    const r = spawnSync('node', [join(root, 'scripts', 'build.mjs'), '--test', '--no-lint'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('writes a Chrome manifest with the side panel and only the portal hosts', () => {
    const m = read('chrome');
    assert.equal(m.manifest_version, 3);
    assert.deepEqual(m.side_panel, { default_path: 'sidepanel.html' });
    assert.equal(m.background.service_worker, 'background.js');
    assert.ok(m.permissions.includes('sidePanel'));
    assert.deepEqual(m.host_permissions, ['https://dichvucong.gov.vn/*', 'https://*.dichvucong.gov.vn/*']);
    assert.deepEqual(m.optional_host_permissions, ['https://*.gov.vn/*']);
    assert.equal(m.sidebar_action, undefined);
  });

  it('writes a Firefox manifest with the sidebar, an add-on id and no Chrome-only keys', () => {
    const m = read('firefox');
    assert.equal(m.sidebar_action.default_panel, 'sidepanel.html');
    assert.deepEqual(m.background.scripts, ['background.js']);
    assert.ok(m.browser_specific_settings.gecko.id);
    assert.equal(m.side_panel, undefined);
    assert.ok(!m.permissions.includes('sidePanel'));
    assert.ok(!JSON.stringify(m.host_permissions).includes('127.0.0.1'));
  });

  it('lets only the test build reach 127.0.0.1', () => {
    assert.ok(read('chrome-test').host_permissions.includes('http://127.0.0.1/*'));
    assert.ok(!JSON.stringify(read('chrome')).includes('127.0.0.1'));
  });

  it('zips each browser build with everything local: scripts, pages and the QR decoder .wasm', () => {
    const zips = readdirSync(dist).filter((f) => f.endsWith('.zip'));
    assert.deepEqual(zips.map((z) => z.replace(/-[\d.]+\.zip$/, '')).sort(), [
      'motcua-extension-chrome',
      'motcua-extension-firefox',
    ]);
    for (const zip of zips) {
      const files = unzipSync(new Uint8Array(readFileSync(join(dist, zip))));
      for (const f of [
        'manifest.json',
        'sidepanel.html',
        'sidepanel.js',
        'content.js',
        'background.js',
        'zxing_reader.wasm',
      ])
        assert.ok(files[f], `${zip} lacks ${f}`);
      const code = Object.entries(files)
        .filter(([name]) => name.endsWith('.js') || name.endsWith('.html'))
        .map(([, bytes]) => new TextDecoder().decode(bytes))
        .join('\n');
      // No remote code: no CDN addresses, no script loaded from the network.
      assert.ok(!/jsdelivr|unpkg\.com|cdnjs/.test(code), `${zip} names a CDN`);
      assert.ok(!/<script[^>]+src=["']https?:/.test(code), `${zip} loads a remote script`);
    }
    assert.ok(!existsSync(join(dist, 'motcua-extension-chrome-test-0.1.0.zip')));
  });

  it('injects a classic (non-module) content script', () => {
    const content = readFileSync(join(dist, 'chrome', 'content.js'), 'utf8');
    assert.ok(!/^\s*(import|export)\s/m.test(content));
  });
});
