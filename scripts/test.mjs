// npm test: set up what is missing (pnpm, dependencies, Chromium), then run every suite and end with
// one summary line. Options: --only <suite>[,<suite>] runs just those; --no-setup skips installing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ensurePostgres } from './lib/postgres.mjs';
import { ensureChromium, ensureDependencies, ensurePnpm, log, repo } from './lib/setup.mjs';

const argv = process.argv.slice(2);
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : '';
const only = onlyArg ? new Set(onlyArg.split(',')) : null;

const pnpm = argv.includes('--no-setup') ? 'pnpm' : ensurePnpm();
if (!argv.includes('--no-setup')) ensureDependencies(pnpm);
ensureChromium();
process.env.MOTCUA_TEST = '1';
// Storage tests run on PGlite and on a real PostgreSQL: a throwaway cluster unless TEST_DATABASE_URL is given.
let postgres;
try {
  postgres = await ensurePostgres();
  process.env.TEST_DATABASE_URL = postgres.url;
} catch (error) {
  console.error(`PostgreSQL could not be started: ${error.message}`);
  process.exitCode = 1;
}

const reports = join(repo, '.reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Files under dir whose path matches test, skipping node_modules and dist. */
function findFiles(dir, test) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findFiles(full, test));
    else if (test(relative(repo, full))) out.push(full);
  }
  return out;
}

function exec(cmd, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: repo, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** "file › title: first error line" for every spec of a Playwright JSON report that failed or was flaky. */
function playwrightFailures(report) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      const results = (spec.tests ?? []).flatMap((t) => t.results ?? []);
      const flaky = (spec.tests ?? []).some((t) => t.status === 'flaky');
      if (spec.ok !== false && !flaky) continue;
      const error = results.flatMap((r) => r.errors ?? []).find((e) => e.message)?.message ?? '';
      const first =
        stripVTControlCharacters(error)
          .split('\n')
          .find((l) => l.trim()) ?? '';
      const what = flaky ? '(flaky: failed, then passed on retry) ' : '';
      out.push(`${what}${spec.file}:${spec.line} › ${spec.title}: ${first.trim().slice(0, 200)}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return out;
}

/** Names of the failed tests in a node:test TAP file. */
const tapFailures = (text) => [...text.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map((m) => m[1]);

const count = (text, re) => [...text.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);

/** Suites in the order they run. Each returns { ok, passed, failed, seconds }. */
const suites = [
  {
    name: 'typecheck',
    run: () => {
      const r = exec(pnpm, ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit']);
      return { ...r, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1 };
    },
  },
  {
    name: 'lint',
    run: () => {
      const checks = [
        exec(pnpm, ['exec', 'biome', 'check', '.']),
        exec('node', ['scripts/lit-analyzer.mjs']),
        // The committed custom-elements.json matches a fresh one made from the widgets' JSDoc.
        exec('node', ['packages/widgets/scripts/check-manifest.mjs']),
        // No import cycle in any package or the extension.
        exec('node', ['scripts/cycles.mjs']),
      ];
      return {
        ok: checks.every((c) => c.ok),
        passed: checks.filter((c) => c.ok).length,
        failed: checks.filter((c) => !c.ok).length,
        seconds: checks.reduce((s, c) => s + c.seconds, 0),
      };
    },
  },
  {
    name: 'build',
    run: () => {
      const r = exec(pnpm, ['-r', '--workspace-concurrency=1', 'run', 'build']);
      return { ...r, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1 };
    },
  },
  {
    // CDN size budgets of issue 10 (min+gzip per widget file, autoloader, all widgets on one page).
    name: 'size',
    run: () => {
      const started = Date.now();
      const r = spawnSync('node', ['packages/widgets/scripts/size.mjs'], { cwd: repo, encoding: 'utf8' });
      process.stdout.write(r.stdout ?? '');
      process.stderr.write(r.stderr ?? '');
      const m = (r.stdout ?? '').match(/^size: (\d+) passed, (\d+) failed/m);
      const ok = r.status === 0;
      return {
        ok,
        passed: Number(m?.[1] ?? 0),
        failed: ok ? Number(m?.[2] ?? 0) : Math.max(Number(m?.[2] ?? 0), 1),
        seconds: (Date.now() - started) / 1000,
      };
    },
  },
  {
    name: 'unit',
    run: () => {
      const files = [
        ...findFiles(
          join(repo, 'packages'),
          (p) => /^packages\/[^/]+\/test\/.*\.test\.ts$/.test(p) && !p.includes('/browser/'),
        ),
        ...findFiles(join(repo, 'test', 'node'), (p) => p.endsWith('.test.ts')),
        ...findFiles(join(repo, 'extension', 'test', 'node'), (p) => p.endsWith('.test.ts')),
      ];
      if (files.length === 0) return { ok: true, passed: 0, failed: 0, seconds: 0 };
      const tap = join(reports, 'unit.tap');
      const r = exec('node', [
        '--conditions=source',
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...files.map((f) => relative(repo, f)),
      ]);
      const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
      const passed = count(text, /^# pass (\d+)/gm);
      const failed = count(text, /^# fail (\d+)/gm) + (r.ok ? 0 : text ? 0 : 1);
      return {
        ok: r.ok,
        passed,
        failed: r.ok ? failed : Math.max(failed, 1),
        seconds: r.seconds,
        failures: tapFailures(text),
      };
    },
  },
  {
    name: 'component',
    run: () => {
      const r = exec(pnpm, ['exec', 'wtr', '--config', 'web-test-runner.config.mjs']);
      const xml = existsSync(join(reports, 'component.xml'))
        ? readFileSync(join(reports, 'component.xml'), 'utf8')
        : '';
      // Count test cases, not the reporter's failures/errors attributes (it fills both for one failure).
      const cases = xml
        .split('<testcase')
        .slice(1)
        .map((c) => c.split('</testcase>')[0] ?? '');
      const total = cases.length;
      const failed = cases.filter((c) => /<(failure|error)\b/.test(c)).length;
      const skipped = cases.filter((c) => /<skipped\b/.test(c)).length;
      return {
        ok: r.ok,
        passed: total - failed - skipped,
        failed: r.ok ? failed : Math.max(failed, 1),
        seconds: r.seconds,
        failures: cases
          .filter((c) => /<(failure|error)\b/.test(c))
          .map((c) => `${c.match(/classname="([^"]*)"/)?.[1] ?? ''} › ${c.match(/name="([^"]*)"/)?.[1] ?? ''}`),
      };
    },
  },
  {
    name: 'e2e',
    run: () => {
      const out = join(reports, 'e2e.json');
      const r = exec(pnpm, ['--filter', '@motcua/test', 'exec', 'playwright', 'test', '-c', 'playwright.config.ts'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      });
      const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
      const stats = report.stats ?? {};
      const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
      const failed = stats.unexpected ?? 0;
      return {
        ok: r.ok,
        passed,
        failed: r.ok ? failed : Math.max(failed, 1),
        seconds: r.seconds,
        failures: playwrightFailures(report),
      };
    },
  },
  {
    name: 'storybook',
    run: () => {
      const build = exec(pnpm, ['--filter', '@motcua/stories', 'run', 'build-storybook']);
      // Every widget story fits a 320 px frame (issue 25), measured in the build just made.
      const width = build.ok ? exec('node', ['stories/check-width.mjs']) : { ok: false, seconds: 0 };
      return {
        ok: build.ok && width.ok,
        passed: Number(build.ok) + Number(width.ok),
        failed: Number(!build.ok) + Number(!width.ok),
        seconds: build.seconds + width.seconds,
      };
    },
  },
];

const results = [];
const started = Date.now();
for (const suite of suites) {
  if (only && !only.has(suite.name)) continue;
  log(`suite ${suite.name}`);
  let result;
  try {
    result = suite.run();
  } catch (error) {
    console.error(error);
    result = { ok: false, passed: 0, failed: 1, seconds: 0 };
  }
  results.push({ name: suite.name, ...result });
}

postgres?.stop();
if (!postgres) results.push({ name: 'postgres', ok: false, passed: 0, failed: 1, seconds: 0 });
const width = Math.max(...results.map((r) => r.name.length));
console.log('\nmotcua test summary');
for (const r of results) {
  console.log(
    `  ${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(width)}  ${String(r.passed).padStart(4)} passed  ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)}s`,
  );
}
// The names of what failed come last, so that the tail of a CI log says what broke.
for (const r of results) {
  for (const failure of r.failures ?? []) console.log(`  failed in ${r.name}: ${failure}`);
}
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
const allOk = results.every((r) => r.ok);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
console.log(`motcua: ${passed} passed, ${failed} failed`);
process.exit(allOk && failed === 0 ? 0 : 1);
