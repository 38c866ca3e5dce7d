// A real PostgreSQL for the storage tests: TEST_DATABASE_URL when given and reachable; otherwise
// Debian's postgresql (installed if missing) in a throwaway cluster on a free loopback port, removed
// by stop(). initdb refuses to run as root, so the cluster belongs to the 'postgres' user then.
// With `keep` (a directory), the cluster lives there and outlives stop(): a bench seeds it once and
// later runs start it again with its data.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function log(message) {
  console.log(`\x1b[36m[motcua]\x1b[0m ${message}`);
}

function binDir() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function ensurePostgres({ keep } = {}) {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: () => {} };
  let bin = binDir();
  if (!bin) {
    log('PostgreSQL is missing: installing Debian package postgresql');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
    if (r.status !== 0) throw new Error('could not install postgresql');
    bin = binDir();
    if (!bin) throw new Error('postgresql installed but initdb not found');
  }
  const root = process.getuid?.() === 0;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'motcua-pg-'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777);
  const as = (cmd, args) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'PG_VERSION')))
    as('initdb', ['-D', data, '-A', 'trust', '-U', 'motcua', '-E', 'UTF8', '--no-instructions']);
  // A kept cluster still running (an earlier run cut short) is used as it is, on its port.
  const pidFile = join(data, 'postmaster.pid');
  if (keep && existsSync(pidFile)) {
    let running = true;
    try {
      as('pg_ctl', ['-D', data, 'status']);
    } catch {
      running = false;
    }
    const port = readFileSync(pidFile, 'utf8').split('\n')[3]?.trim();
    if (running && port) {
      log(`PostgreSQL kept cluster already running on 127.0.0.1:${port}`);
      return {
        url: `postgres://motcua@127.0.0.1:${port}/postgres`,
        stop: () => as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
      };
    }
  }
  const port = await freePort();
  as('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    'start',
  ]);
  log(`PostgreSQL test cluster on 127.0.0.1:${port}`);
  return {
    url: `postgres://motcua@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
