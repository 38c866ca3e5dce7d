// Campaign counts through HTTP: event batches counted once, counts for unknown campaigns dropped, active campaigns served.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { call, launchApi, storages, useCollector, uuid } from './helpers.js';

for (const storage of storages()) {
  describe(`campaigns API on ${storage.name}`, () => {
    const c = useCollector(() => launchApi(storage));
    let base = '';
    before(async () => {
      base = c.url;
    });

    it('counts event batches once and drops counts for unknown campaigns', async () => {
      const [{ id: campaign } = { id: '' }] = await c.db.query<{ id: string }>(
        "INSERT INTO campaigns (id, unit, title, starts_at, ends_at) VALUES ($1, 'demo', 'Thử', now() - interval '1 day', now() + interval '1 day') RETURNING id::text",
        [uuid()],
      );
      const batch = {
        id: uuid(),
        events: [
          { type: 'impression', campaign, count: 5, day: '2026-11-23' },
          { type: 'click', campaign: uuid(), count: 2, day: '2026-11-23' },
        ],
      };
      assert.equal((await call(base, '/api/v1/units/demo/events', { body: batch })).status, 202);
      assert.equal((await call(base, '/api/v1/units/demo/events', { body: batch })).status, 202);
      const rows = await c.db.query<{ n: string }>(
        "SELECT sum(count)::text AS n FROM event_counts WHERE unit = 'demo' AND campaign = $1",
        [campaign],
      );
      assert.equal(rows[0]?.n, '5');
      const active = await call(base, '/api/v1/units/demo/campaigns?page=/thu-tuc');
      assert.ok(active.body.some((x: { id: string }) => x.id === campaign));
    });
  });
}
