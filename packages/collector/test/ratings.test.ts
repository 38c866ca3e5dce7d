// Ratings through HTTP: idempotent retries, one rating per dossier, the public summary by month and quarter.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { call, launchApi, storages, useCollector, uuid } from './helpers.js';

for (const storage of storages()) {
  describe(`ratings API on ${storage.name}`, () => {
    const c = useCollector(() => launchApi(storage));
    let base = '';
    before(async () => {
      base = c.url;
    });

    it('stores a rating once however often it is retried', async () => {
      const id = uuid();
      const first = await call(base, '/api/v1/units/demo/ratings', { body: { id, scale: 3, score: 3 } });
      const again = await call(base, '/api/v1/units/demo/ratings', { body: { id, scale: 3, score: 3 } });
      assert.deepEqual([first.status, again.status], [201, 200]);
      const rows = await c.db.query('SELECT count(*)::int AS n FROM ratings WHERE id = $1', [id]);
      assert.equal(rows[0]?.n, 1);
    });

    it('accepts one rating per dossier code', async () => {
      const dossier = `HS-${uuid().slice(0, 8)}`;
      assert.equal(
        (await call(base, '/api/v1/units/demo/ratings', { body: { id: uuid(), scale: 5, score: 4, dossier } })).status,
        201,
      );
      const second = await call(base, '/api/v1/units/demo/ratings', {
        body: { id: uuid(), scale: 5, score: 1, dossier },
      });
      assert.equal(second.status, 409);
      assert.match(second.body.message.vi, /đã được đánh giá/);
    });

    it('publishes a satisfaction summary by month and quarter', async () => {
      const unit = `sum-${uuid().slice(0, 6)}`;
      await c.db.query('INSERT INTO units (code, name) VALUES ($1, $2)', [unit, 'Đơn vị thử']);
      for (const score of [3, 3, 2, 1])
        await call(base, `/api/v1/units/${unit}/ratings`, { body: { id: uuid(), scale: 3, score } });
      const s = await call(base, `/api/v1/units/${unit}/ratings/summary?groupBy=quarter`);
      assert.equal(s.status, 200);
      assert.equal(s.body.total, 4);
      assert.deepEqual(s.body.counts, { '1': 1, '2': 1, '3': 2 });
      assert.equal(s.body.satisfiedRate, 0.75);
      assert.match(s.body.periods[0].period, /^\d{4}-Q[1-4]$/);
      assert.equal((await call(base, `/api/v1/units/${unit}/ratings/summary?from=2026-02-30`)).status, 400);
    });
  });
}
