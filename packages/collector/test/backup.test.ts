// Backups (issue 24): a backup of a collector's storage, restored into an empty one, serves the same
// report. On PGlite the running collector's own backup (MOTCUA_BACKUP_DIR) and the CLI's of the stopped
// data directory; on PostgreSQL the CLI's pg_dump while the collector runs, restored into a fresh database.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
      const source = await freshPlace(storage, join(dir, 'source'));
      dropped.push(source.drop);
      const live = join(dir, 'live');
      // Six months of invented ratings, feedback, campaigns and contest results in the demo unit; on
      // PGlite the running collector writes its own backup (MOTCUA_BACKUP_DIR) once seeded.
      const first = await startCollector({
        port: 0,
        seedDemo: true,
        demoData: 'lived-in',
        ...source.options,
        ...(storage.name === 'pglite' && { backupDir: live }),
      });
      const admin = first.admin as { email: string; password: string };
      const before = await reports(first, admin);
      assert.ok(before.report.total > 0, 'the report holds ratings to compare');
      const files = storage.name === 'pglite' ? readdirSync(live).map((f) => join(live, f)) : [];
      assert.equal(files.length, storage.name === 'pglite' ? 1 : 0);
      // The CLI: pg_dump while the collector runs; PGlite is one process, so its collector stops first.
      if (storage.name === 'pglite') await first.close();
      files.push(join(dir, 'motcua.backup'));
      await runCli(['backup', files.at(-1) as string], source.env);
      if (storage.name === 'postgres') await first.close();

      for (const [i, file] of files.entries()) {
        const target = await freshPlace(storage, join(dir, `target-${i}`));
        dropped.push(target.drop);
        await runCli(['restore', file], target.env);
        // Restored as it was: no seeding, the same demo admin.
        const restored = await startCollector({ port: 0, ...target.options });
        try {
          assert.deepEqual(await reports(restored, admin), before, file);
        } finally {
          await restored.close();
        }
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
