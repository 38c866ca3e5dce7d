// The fill timer on the server's clock (issue 17, finding 8): a feedback form is timed from the ticket
// the collector issued when the form was shown, not from the `startedAt` the client claims. Without a
// good ticket (none, forged, reused) a submission takes the narrow lane: a few per address per hour.
// On PGlite and PostgreSQL, through real HTTP; addresses come from a trusted proxy's header.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { call, feedbackBody, launch, storages, useCollector } from './helpers.js';

const HOUR_AGO = () => new Date(Date.now() - 3600_000).toISOString();

for (const storage of storages()) {
  describe(`feedback fill time on ${storage.name}`, () => {
    const c = useCollector(() =>
      launch(storage, { config: { minFillSeconds: 1, feedbackUnticketedPerHour: 2, trustProxy: 1 } }),
    );

    const ticket = async () => {
      const r = await call(c.url, '/api/v1/units/demo/feedback/ticket');
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('cache-control'), 'no-store');
      return r.body.ticket as string;
    };
    const send = (address: string, over: Record<string, unknown>) =>
      call(c.url, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ startedAt: HOUR_AGO(), ...over }),
        headers: { 'X-Forwarded-For': address },
      });

    it('times the form from its ticket, whatever start time the client claims', async () => {
      const t = await ticket();
      const early = await send('198.51.100.1', { ticket: t });
      assert.equal(early.status, 400);
      assert.equal(early.body.error, 'too_fast');
      await sleep(1100);
      assert.equal((await send('198.51.100.1', { ticket: t })).status, 201);
    });

    it('takes one submission per ticket; more with it, or with none, go through the narrow lane', async () => {
      const t = await ticket();
      await sleep(1100);
      const address = '198.51.100.2';
      assert.equal((await send(address, { ticket: t })).status, 201);
      // The same ticket again, then none at all: two an hour for this address, then 429.
      assert.equal((await send(address, { ticket: t })).status, 201);
      assert.equal((await send(address, {})).status, 201);
      assert.equal((await send(address, { ticket: t })).status, 429);
      // A fresh ticket still serves the same citizen, and another address's narrow lane is its own.
      const fresh = await ticket();
      await sleep(1100);
      assert.equal((await send(address, { ticket: fresh })).status, 201);
      assert.equal((await send('198.51.100.3', {})).status, 201);
    });

    it('gives nothing for a forged or altered ticket', async () => {
      const t = await ticket();
      await sleep(1100);
      const [issued, nonce, mac] = t.split('.');
      const earlier = `${(Number.parseInt(issued ?? '', 36) - 7200_000).toString(36)}.${nonce}.${mac}`;
      const flipped = `${issued}.${nonce}.${(mac ?? '').replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'))}`;
      const address = '198.51.100.4';
      assert.equal((await send(address, { ticket: earlier })).status, 201);
      assert.equal((await send(address, { ticket: flipped })).status, 201);
      assert.equal((await send(address, { ticket: 'x'.repeat(150) })).status, 429);
      // The untouched ticket still works: altered copies did not spend it.
      assert.equal((await send(address, { ticket: t })).status, 201);
    });
  });
}
