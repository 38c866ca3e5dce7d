// Limits that charge the abuser (issue 17, finding 1): one address flooding a ward's ratings and events
// is refused for its own address, and never spends the unit's budget, so the ward's other citizens keep
// being served. On PGlite and PostgreSQL, through real HTTP; addresses come from a trusted proxy's header.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, launch, storages, useCollector, uuid } from './helpers.js';

for (const storage of storages()) {
  describe(`abuse limits on ${storage.name}`, () => {
    const c = useCollector(() =>
      launch(storage, { config: { rateIpPerMinute: 10, rateUnitPerMinute: 60, trustProxy: 1 } }),
    );

    const rate = (address: string) =>
      call(c.url, '/api/v1/units/demo/ratings', {
        body: { id: uuid(), scale: 3, score: 3 },
        headers: { 'X-Forwarded-For': address },
      });

    /** The address limit is 10 a minute: 10 per minute window the requests fell in (one, or two on a boundary). */
    const windows = (from: number, to: number) => (Math.floor(from / 60_000) === Math.floor(to / 60_000) ? 1 : 2);

    it('refuses the flooding address and keeps serving the others of the ward', async () => {
      // 200 ratings at once from one address: 10 accepted a minute, the rest refused for that address.
      const started = Date.now();
      const flood = await Promise.all(Array.from({ length: 200 }, () => rate('203.0.113.7')));
      const allowed = 10 * windows(started, Date.now());
      assert.ok(flood.filter((r) => r.status === 201).length <= allowed);
      assert.ok(flood.filter((r) => r.status === 429).length >= 200 - allowed);
      // 40 other citizens, one rating each, within the unit's budget of 60: every one accepted.
      const others = await Promise.all(Array.from({ length: 40 }, (_, i) => rate(`198.51.100.${i + 1}`)));
      assert.deepEqual(
        others.map((r) => r.status),
        others.map(() => 201),
      );
    });

    it('believes only the address the trusted proxy saw, not what the client wrote before it', async () => {
      // The client rotates a made-up first hop; the proxy's own entry (the last) stays the same.
      const spoofed = await Promise.all(Array.from({ length: 15 }, (_, i) => rate(`10.0.0.${i + 1}, 192.0.2.99`)));
      assert.equal(spoofed.filter((r) => r.status === 201).length, 10);
    });
  });
}
