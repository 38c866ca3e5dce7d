// Rate limits counted in batches (storage/rate-limits.ts): requests that arrive while a counting
// statement runs are counted together by the next one, and each still gets its exact count, so a limit
// of N lets exactly N through however many arrive at once; two instances on one PostgreSQL share it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limitAll } from '../src/storage/rate-limits.js';
import { launch, storages, useCollector } from './helpers.js';

const outcome = (p: Promise<void>) =>
  p.then(
    () => 'ok',
    (e: { status?: number }) => String(e.status ?? e),
  );

for (const storage of storages()) {
  describe(`batched rate limits on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage));

    it('lets exactly the limit through of 120 requests at once, for each key apart', async () => {
      const key = (k: string) => [{ key: `t-${k}-${storage.name}`, max: 7, windowSeconds: 3600 }];
      // Interleaved: a, b, a, b…; b's count never spends a's.
      const results = await Promise.all(
        Array.from({ length: 120 }, (_, i) => outcome(limitAll(c.db, key(i % 2 ? 'b' : 'a')))),
      );
      const a = results.filter((_, i) => i % 2 === 0);
      const b = results.filter((_, i) => i % 2 === 1);
      for (const side of [a, b]) {
        assert.equal(side.filter((r) => r === 'ok').length, 7);
        assert.equal(side.filter((r) => r === '429').length, 53);
        // The first to arrive are the ones let through.
        assert.deepEqual(side.slice(0, 7), Array(7).fill('ok'));
      }
      const stored = await c.db.query<{ count: number }>('SELECT count FROM rate_counters WHERE key = $1', [
        `t-a-${storage.name}`,
      ]);
      assert.equal(stored[0]?.count, 60);
    });

    it('keeps the counters in an unlogged table: a count waits for no disk flush', async () => {
      const [table] = await c.db.query<{ relpersistence: string }>(
        "SELECT relpersistence FROM pg_class WHERE relname = 'rate_counters'",
      );
      assert.equal(table?.relpersistence, 'u');
    });

    it('counts a shared budget only for requests the personal limits let through', async () => {
      const shared = { key: `t-shared-${storage.name}`, max: 1000, windowSeconds: 3600, shared: true };
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          outcome(limitAll(c.db, [{ key: `t-one-${storage.name}`, max: 5, windowSeconds: 3600 }, shared])),
        ),
      );
      assert.equal(results.filter((r) => r === 'ok').length, 5);
      const stored = await c.db.query<{ count: number }>('SELECT count FROM rate_counters WHERE key = $1', [
        shared.key,
      ]);
      assert.equal(stored[0]?.count, 5);
    });

    if (storage.name === 'postgres')
      it('shares one count between two instances on one database', async () => {
        const second = await launch(storage, { databaseUrl: c.databaseUrl });
        try {
          const limits = [{ key: 't-two-instances', max: 10, windowSeconds: 3600 }];
          const results = await Promise.all(
            Array.from({ length: 40 }, (_, i) => outcome(limitAll(i % 2 ? c.db : second.db, limits))),
          );
          assert.equal(results.filter((r) => r === 'ok').length, 10);
        } finally {
          await second.close();
          await second.dropDb();
        }
      });
  });
}
