// Group commit of ratings (src/ratings.ts): requests that arrive together are written together, and
// each is answered as if it had been processed alone. To put requests in one batch for certain, a test
// holds the writer (holdRatings) until they have all been received and queued, then lets it go; HTTP
// and storage are the real ones. Outcomes are checked, never timings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { holdRatings, ratingQueue } from '../src/ratings/store.js';
import { call, launch, storages, uuid } from './helpers.js';

type Running = Awaited<ReturnType<typeof launch>>;
type Answer = Awaited<ReturnType<typeof call>>;

const post = (base: string, body: unknown, unit = 'demo') => call(base, `/api/v1/units/${unit}/ratings`, { body });

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

/** Sends the requests so that the collector writes all of them in one batch; their answers in order. */
async function inOneBatch(c: Running, requests: (() => Promise<Answer>)[]): Promise<Answer[]> {
  const release = holdRatings(c.db);
  const answers = requests.map((send) => send());
  await until(() => ratingQueue(c.db).queued === requests.length);
  release();
  return Promise.all(answers);
}

for (const storage of storages()) {
  describe(`rating group commit on ${storage.name}`, () => {
    let c: Running;
    before(async () => {
      c = await launch(storage, { config: { rateIpPerMinute: 100_000, rateUnitPerMinute: 100_000 } });
      await c.db.query("INSERT INTO units (code, name, origins) VALUES ('other', 'UBND xã Khác', '{}')");
    });
    after(async () => {
      await c.close();
      await c.dropDb();
    });

    it('stores one row for replays of one id in one batch, and answers each 2xx (one 201)', async () => {
      const id = uuid();
      const answers = await inOneBatch(
        c,
        Array.from({ length: 24 }, () => () => post(c.url, { id, scale: 3, score: 2 })),
      );
      const statuses = answers.map((a) => a.status);
      assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses ${statuses}`);
      assert.equal(statuses.filter((s) => s === 200).length, 23, `statuses ${statuses}`);
      assert.ok(answers.every((a) => a.body.id === id));
      const rows = await c.db.query('SELECT count(*)::int AS n FROM ratings WHERE id = $1', [id]);
      assert.equal(rows[0]?.n, 1);
      // A replay of a stored id in a later batch is 200 too.
      assert.equal((await post(c.url, { id, scale: 3, score: 2 })).status, 200);
    });

    it('answers 409 for a dossier rated twice in a batch of good rows, 201 for the others', async () => {
      const dossier = `HS-${uuid().slice(0, 8)}`;
      const rated = `HS-${uuid().slice(0, 8)}`;
      assert.equal((await post(c.url, { id: uuid(), scale: 5, score: 5, dossier: rated })).status, 201);
      const bodies = Array.from({ length: 16 }, (_, i) => ({
        id: uuid(),
        scale: 5,
        score: 1 + (i % 5),
        // Two new requests share a dossier code; one names a dossier already rated.
        dossier: i === 3 || i === 11 ? dossier : i === 7 ? rated : `HS-${uuid()}`,
      }));
      const answers = await inOneBatch(
        c,
        bodies.map((b) => () => post(c.url, b)),
      );
      const status = (i: number) => answers[i]?.status;
      assert.equal(status(7), 409);
      assert.match(answers[7]?.body.message.vi, /đã được đánh giá/);
      assert.deepEqual([status(3), status(11)].sort(), [201, 409]);
      assert.match(answers[status(3) === 409 ? 3 : 11]?.body.message.vi, /đã được đánh giá/);
      for (let i = 0; i < bodies.length; i++) if (![3, 7, 11].includes(i)) assert.equal(status(i), 201, `request ${i}`);
      const stored = await c.db.query<{ id: string }>('SELECT id::text AS id FROM ratings WHERE id = ANY($1::uuid[])', [
        bodies.map((b) => b.id),
      ]);
      assert.equal(stored.length, 14);
      assert.ok(!stored.some((r) => r.id === bodies[7]?.id));
    });

    it('tells an id taken by another unit from a replay, within one batch', async () => {
      const id = uuid();
      const [demo, other, again] = await inOneBatch(c, [
        () => post(c.url, { id, scale: 3, score: 3 }, 'demo'),
        () => post(c.url, { id, scale: 3, score: 3 }, 'other'),
        () => post(c.url, { id, scale: 3, score: 1 }, 'demo'),
      ]);
      assert.deepEqual([demo?.status, other?.status, again?.status], [201, 409, 200]);
      assert.match(other?.body.message.en, /already used by other data/);
      assert.equal((await post(c.url, { id, scale: 3, score: 3 }, 'other')).status, 409);
    });

    it('acknowledges each of 64 ratings of one batch only once it is committed', async () => {
      // On PostgreSQL an observer on its own connection sees committed rows only.
      const observer = c.databaseUrl ? new pg.Client(c.databaseUrl) : undefined;
      await observer?.connect();
      try {
        const seen = async (id: string) =>
          observer
            ? (await observer.query('SELECT 1 FROM ratings WHERE id = $1', [id])).rowCount === 1
            : (await c.db.query('SELECT 1 FROM ratings WHERE id = $1', [id])).length === 1;
        const missing: string[] = [];
        const ids = Array.from({ length: 64 }, () => uuid());
        const answers = await inOneBatch(
          c,
          ids.map((id, i) => async () => {
            const r = await post(c.url, { id, scale: 3, score: 1 + (i % 3), mode: 'kiosk' });
            if (!(await seen(id))) missing.push(id);
            return r;
          }),
        );
        assert.deepEqual(
          answers.map((a) => a.status),
          Array(64).fill(201),
        );
        assert.deepEqual(missing, []);
      } finally {
        await observer?.end();
      }
    });
  });

  describe(`rating group commit limits on ${storage.name}`, () => {
    it('lets exactly the limit through a batch, then 429 with Retry-After', async () => {
      const strict = await launch(storage, { config: { rateIpPerMinute: 5, rateUnitPerMinute: 100_000 } });
      try {
        const answers = await inOneBatch(
          strict,
          Array.from({ length: 12 }, () => () => post(strict.url, { id: uuid(), scale: 3, score: 3 })),
        );
        // One by one, the first five to arrive would pass and the others not: the same in one batch.
        const statuses = answers.map((a) => a.status);
        assert.equal(statuses.filter((s) => s === 201).length, 5, `statuses ${statuses}`);
        assert.equal(statuses.filter((s) => s === 429).length, 7, `statuses ${statuses}`);
        const limited = answers.filter((a) => a.status === 429);
        assert.ok(limited.every((a) => Number(a.headers.get('retry-after')) >= 1 && a.body.error === 'rate_limited'));
        const stored = await strict.db.query('SELECT count(*)::int AS n FROM ratings');
        assert.equal(stored[0]?.n, 5);
      } finally {
        await strict.close();
        await strict.dropDb();
      }
    });

    it('keeps the others of a failing batch: rolled back whole, then written one by one, counted once', async () => {
      const c = await launch(storage, { config: { rateIpPerMinute: 100_000, rateUnitPerMinute: 100_000 } });
      try {
        await c.db.query("INSERT INTO units (code, name, origins) VALUES ('gone', 'UBND xã Cũ', '{}')");
        // The unit is cached by the first ratings (the second, if the insert's own notice came while the
        // first read it), then deleted with its change notice held back (as when another instance deletes
        // it and the notice is still on its way): a rating for it fails on the foreign key.
        for (let i = 0; i < 2; i++)
          assert.equal((await post(c.url, { id: uuid(), scale: 3, score: 3 }, 'gone')).status, 201);
        await c.db.tx(async (q) => {
          await q.query('ALTER TABLE units DISABLE TRIGGER units_notify_change');
          await q.query("DELETE FROM units WHERE code = 'gone'");
          await q.query('ALTER TABLE units ENABLE TRIGGER units_notify_change');
        });
        const bodies = Array.from({ length: 12 }, () => ({ id: uuid(), scale: 3, score: 2 }));
        const answers = await inOneBatch(c, [
          ...bodies.map((b) => () => post(c.url, b)),
          () => post(c.url, { id: uuid(), scale: 3, score: 1 }, 'gone'),
        ]);
        assert.deepEqual(
          answers.map((a) => a.status),
          [...Array(12).fill(201), 503],
        );
        const stored = await c.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM ratings WHERE id = ANY($1::uuid[])',
          [bodies.map((b) => b.id)],
        );
        assert.equal(stored[0]?.n, 12);
        // Each request counted once: the first two and the 13 of the batch; none twice for the failed try.
        const counted = await c.db.query<{ n: number }>(
          "SELECT sum(count)::int AS n FROM rate_counters WHERE key LIKE 'ip:%'",
        );
        assert.equal(counted[0]?.n, 15);
      } finally {
        await c.close();
        await c.dropDb();
      }
    });
  });
}
