// Makes a fresh machine ready for the README's commands: pnpm, the workspace's dependencies, and
// (for tests) Debian's Chromium. Uses only Node built-ins, since nothing else is installed yet.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repo = join(import.meta.dirname, '..', '..');

export function log(message) {
  console.log(`\x1b[36m[motcua]\x1b[0m ${message}`);
}

function works(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/** Runs a command with inherited output; throws on failure. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: repo, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** Path of a usable pnpm 10, installing it with npm when it is missing. */
export function ensurePnpm() {
  if (works('pnpm')) return 'pnpm';
  log('pnpm is missing: installing pnpm@10 with npm');
  run('npm', ['i', '-g', 'pnpm@10']);
  if (works('pnpm')) return 'pnpm';
  const prefix = execFileSync('npm', ['prefix', '-g'], { encoding: 'utf8' }).trim();
  const bin = join(prefix, 'bin', 'pnpm');
  if (works(bin)) {
    process.env.PATH = `${join(prefix, 'bin')}:${process.env.PATH}`;
    return bin;
  }
  throw new Error('pnpm could not be installed; install it with "npm i -g pnpm@10" and try again');
}

/** Installs the workspace's dependencies exactly as the lockfile says. */
export function ensureDependencies(pnpm) {
  log('installing dependencies (pnpm install --frozen-lockfile)');
  run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}

/** Path of a Chromium to test with: CHROME_PATH, /usr/bin/chromium, or Debian's package installed now. */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  const found = candidates.find((c) => existsSync(c));
  if (found) {
    process.env.CHROME_PATH = found;
    return found;
  }
  log('no Chromium found: installing Debian package chromium');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) =>
    run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
  if (!existsSync('/usr/bin/chromium')) throw new Error('chromium was installed but /usr/bin/chromium is missing');
  process.env.CHROME_PATH = '/usr/bin/chromium';
  return process.env.CHROME_PATH;
}

/** Flags every headless Chromium we start needs on these machines. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
