// The collector's HTTP contract: health, validation answers, 404/405/413/415, each unit's CORS allow-list, rate limits.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { call, launch, launchApi, storages, useCollector, uuid } from './helpers.js';

for (const storage of storages()) {
  describe(`HTTP contract on ${storage.name}`, () => {
    const c = useCollector(() => launchApi(storage));
    let base = '';
    before(async () => {
      base = c.url;
    });

    it('answers /healthz when storage answers, and serves the OpenAPI document', async () => {
      assert.equal((await call(base, '/healthz')).body.storage, storage.name);
      const doc = await call(base, '/api/v1/openapi.json');
      assert.equal(doc.body.openapi, '3.1.0');
      assert.ok(doc.body.paths['/api/v1/units/{unit}/ratings']);
    });

    it('refuses bad bodies field by field in Vietnamese and English', async () => {
      const r = await call(base, '/api/v1/units/demo/ratings', { body: { id: 'nope', scale: 3, score: 7 } });
      assert.equal(r.status, 400);
      assert.deepEqual(Object.keys(r.body.fields).sort(), ['id', 'score']);
      assert.ok(r.body.fields.score.vi && r.body.fields.score.en);
      assert.equal(
        (
          await call(base, '/api/v1/units/demo/ratings', {
            raw: '{"id":',
            headers: { 'Content-Type': 'application/json' },
          })
        ).status,
        400,
      );
    });

    it('answers 404, 405, 413 and 415 as the contract says', async () => {
      assert.equal(
        (await call(base, '/api/v1/units/khong-co/ratings', { body: { id: uuid(), scale: 3, score: 3 } })).status,
        404,
      );
      assert.equal((await call(base, '/api/v1/units/demo/ratings')).status, 405);
      assert.equal((await call(base, '/api/v1/nothing-here')).status, 404);
      const big = await call(base, '/api/v1/units/demo/ratings', {
        raw: JSON.stringify({ comment: 'x'.repeat(70_000) }),
        headers: { 'Content-Type': 'application/json' },
      });
      assert.equal(big.status, 413);
      const text = await call(base, '/api/v1/units/demo/ratings', {
        raw: 'id=1',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(text.status, 415);
    });

    it('applies each unit’s CORS allow-list and refuses writes from other sites', async () => {
      const ok = await call(base, '/api/v1/units/demo/ratings', {
        method: 'OPTIONS',
        headers: { Origin: 'http://127.0.0.1:8080', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
      // The catalogue's revalidation sends the cached ETag back.
      assert.match(ok.headers.get('access-control-allow-headers') ?? '', /\bIf-None-Match\b/);
      const denied = await call(base, '/api/v1/units/demo/ratings', {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example' },
      });
      assert.equal(denied.headers.get('access-control-allow-origin'), null);
      const write = await call(base, '/api/v1/units/demo/ratings', {
        body: { id: uuid(), scale: 3, score: 3 },
        headers: { Origin: 'https://evil.example' },
      });
      assert.equal(write.status, 403);
    });

    it('rate-limits writes per address with 429 and Retry-After', async () => {
      const strict = await launch(storage, { config: { rateIpPerMinute: 3 } });
      try {
        const statuses = [];
        for (let i = 0; i < 5; i++)
          statuses.push(
            (await call(strict.url, '/api/v1/units/demo/ratings', { body: { id: uuid(), scale: 3, score: 3 } })).status,
          );
        assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
        const r = await call(strict.url, '/api/v1/units/demo/ratings', { body: { id: uuid(), scale: 3, score: 3 } });
        assert.ok(Number(r.headers.get('retry-after')) >= 1);
      } finally {
        await strict.close();
        await strict.dropDb();
      }
    });
  });
}
