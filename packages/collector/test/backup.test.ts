// Backups (issue 24): the CLI's backup of a collector's storage, restored into an empty one, serves the
// same report. On PGlite (a data directory, the collector stopped for the backup) and on PostgreSQL
// (pg_dump while the collector runs, restored into a fresh database).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { type Collector, startCollector } from '../src/index.js';
import { call, type Storage, signIn, storages } from './helpers.js';
import { runCli } from './process.js';

// A year that holds at least a month of the demo's six months of activity.
const year = new Date(Date.now() - 31 * 86_400_000).getFullYear();

/** A fresh storage as the CLI (environment) and the collector (options) name it. */
async function freshPlace(
  storage: Storage,
  dataDir: string,
): Promise<{
  env: Record<string, string>;
  options: { databaseUrl: string } | { dataDir: string };
  drop(): Promise<void>;
}> {
  const db = await storage.fresh();
  return db.databaseUrl
    ? { env: { DATABASE_URL: db.databaseUrl }, options: { databaseUrl: db.databaseUrl }, drop: db.drop }
    : { env: { DATA_DIR: dataDir }, options: { dataDir }, drop: db.drop };
}

/** What staff read: the year's report (JSON and CSV) and the dashboard of the demo unit. */
async function reports(collector: Collector, admin: { email: string; password: string }) {
  const { cookie } = await signIn(collector.url, admin);
  const read = async (path: string) => {
    const r = await call(collector.url, `/api/v1/admin/units/demo/${path}`, { headers: { Cookie: cookie } });
    assert.equal(r.status, 200, path);
    return r.body;
  };
  return {
    report: await read(`report?period=year&year=${year}`),
    csv: await read(`report?period=year&year=${year}&format=csv`),
    dashboard: await read(`dashboard?period=year&year=${year}`),
  };
}

for (const storage of storages()) {
  describe(`backup and restore on ${storage.name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-backup-'));
    const dropped: (() => Promise<void>)[] = [];
    after(async () => {
      for (const drop of dropped) await drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('restores a backup into an empty storage that serves the same report', async () => {
      const file = join(dir, 'motcua.backup');
      const source = await freshPlace(storage, join(dir, 'source'));
      const target = await freshPlace(storage, join(dir, 'target'));
      dropped.push(source.drop, target.drop);

      // Six months of invented ratings, feedback, campaigns and contest results in the demo unit.
      const first = await startCollector({ port: 0, seedDemo: true, demoData: 'lived-in', ...source.options });
      const admin = first.admin as { email: string; password: string };
      const before = await reports(first, admin);
      assert.ok(before.report.total > 0, 'the report holds ratings to compare');
      // PostgreSQL is backed up live; PGlite is one process: its collector stops first.
      if (storage.name === 'pglite') await first.close();
      await runCli(['backup', file], source.env);
      if (storage.name === 'postgres') await first.close();

      await runCli(['restore', file], target.env);
      // Restored as it was: no seeding, the same demo admin.
      const restored = await startCollector({ port: 0, ...target.options });
      try {
        assert.deepEqual(await reports(restored, admin), before);
      } finally {
        await restored.close();
      }
    });

    it('refuses to restore over a storage that holds data', async () => {
      const file = join(dir, 'not-a-backup');
      writeFileSync(file, 'not a backup');
      const target = await freshPlace(storage, join(dir, 'in-use'));
      dropped.push(target.drop);
      await (await startCollector({ port: 0, ...target.options })).close();
      await assert.rejects(runCli(['restore', file], target.env), /not empty/);
    });
  });
}
