// A unit's map tiles and the citizen's follow-up of a home visit, through real HTTP on PGlite and
// PostgreSQL: staff set the tile server (https with {z}/{x}/{y} and a credit, refused field by field
// otherwise), the public list carries it, clearing it takes it away; another unit's staff cannot touch
// it; the follow-up answers a 4xx (never a 5xx) to malformed codes and phones, shows the note only once
// the request is closed, and is rate-limited per address; OpenAPI lists these endpoints.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { call, launch, storages, useCollector, uuid } from './helpers.js';

async function signIn(base: string, admin: { email: string; password: string }) {
  const res = await fetch(`${base}/api/v1/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
}

const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

for (const storage of storages()) {
  describe(`support map and follow-up on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage));
    let staff: Record<string, string> = {};
    let admin = '';
    const pub = () => `${c.url}/api/v1/units/demo`;
    before(async () => {
      admin = `${c.url}/api/v1/admin/units/demo`;
      staff = await signIn(c.url, c.admin as { email: string; password: string });
    });

    it('offers no map until staff set a tile server, then lists it with the points, and clears it', async () => {
      assert.equal((await call(pub(), '/support-points')).body.map, undefined);
      assert.deepEqual((await call(admin, '/support-map', { headers: staff })).body, { map: null });
      const bad = await call(admin, '/support-map', {
        method: 'PUT',
        headers: staff,
        body: { tiles: 'http://tiles.example/{z}/{x}.png', attribution: '' },
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.fields.tiles.vi, /https:\/\//);
      assert.ok(bad.body.fields.attribution.en);
      const missing = await call(admin, '/support-map', {
        method: 'PUT',
        headers: staff,
        body: { tiles: 'https://tiles.example/{z}/{x}.png', attribution: '© OSM' },
      });
      assert.equal(missing.status, 400);
      assert.match(missing.body.fields.tiles.en, /\{y\}/);
      const map = { tiles: TILES, attribution: '© Những người đóng góp OpenStreetMap' };
      assert.equal((await call(admin, '/support-map', { method: 'PUT', headers: staff, body: map })).status, 200);
      assert.deepEqual((await call(pub(), '/support-points')).body.map, map);
      assert.deepEqual((await call(admin, '/support-map', { headers: staff })).body, { map });
      assert.equal((await call(admin, '/support-map', { method: 'DELETE', headers: staff })).status, 204);
      assert.equal((await call(pub(), '/support-points')).body.map, undefined);
    });

    it("keeps the map setting to the unit's own staff", async () => {
      const other = `${c.url}/api/v1/admin/units/other`;
      const body = { tiles: TILES, attribution: '© OSM' };
      assert.equal((await call(other, '/support-map', { method: 'PUT', headers: staff, body })).status, 404);
      assert.equal((await call(admin, '/support-map', { method: 'PUT', body })).status, 401);
    });

    it('answers a follow-up only for the code and phone together, the note once closed, and never a 5xx', async () => {
      const asked = await call(pub(), '/home-visits', {
        body: {
          id: uuid(),
          name: 'Lê Văn Cường',
          phone: '0905 333 444',
          address: '45 Nguyễn Du, Tổ dân phố 7',
          need: 'nop-truc-tuyen',
          preferredTime: 'Sáng Chủ nhật',
          consent: true,
        },
      });
      assert.equal(asked.status, 201);
      const code: string = asked.body.receiptCode;
      const follow = (path: string) => call(c.url, `/api/v1/home-visits/${path}`);
      const plain = code.toLowerCase().replace('-', ' ');
      const found = await follow(`${encodeURIComponent(plain)}?phone=${encodeURIComponent('+84 905 333 444')}`);
      assert.equal(found.status, 200);
      assert.equal(found.body.status, 'moi');
      assert.equal(found.body.team, undefined);
      for (const path of [
        `${code}?phone=0905999888`,
        `${code}`,
        `${code}?phone=${'9'.repeat(5000)}`,
        `HT-0OIL11?phone=0905333444`,
        `${'x'.repeat(300)}?phone=0905333444`,
        `%FF?phone=0905333444`,
      ]) {
        const res = await follow(path);
        assert.ok(res.status >= 400 && res.status < 500, `${path.slice(0, 40)} → ${res.status}`);
      }
      // A note typed while the request is open stays with the staff until it is closed.
      const list = (await call(admin, '/home-visits', { headers: staff })).body.visits as {
        id: string;
        receiptCode: string;
      }[];
      const id = list.find((v) => v.receiptCode === code)?.id;
      const points = (await call(pub(), '/support-points')).body.points as { id: string; kind: string }[];
      const team = points.find((p) => p.kind === 'to-cong-nghe-so')?.id;
      const step = (body: unknown) => call(admin, `/home-visits/${id}`, { headers: staff, body });
      assert.equal((await step({ status: 'da-phan-cong', team, note: 'Gọi trước 30 phút.' })).status, 200);
      assert.equal((await follow(`${code}?phone=0905333444`)).body.note, undefined);
      assert.equal((await step({ status: 'khong-ho-tro-duoc', note: 'Gia đình đi vắng.' })).status, 200);
      const closed = (await follow(`${code}?phone=0905333444`)).body;
      assert.equal(closed.status, 'khong-ho-tro-duoc');
      assert.equal(closed.note, 'Gia đình đi vắng.');
      assert.ok(closed.team.name);
    });

    it('limits follow-ups per address', async () => {
      let last = 0;
      for (let i = 0; i < 35 && last !== 429; i++)
        last = (await call(c.url, '/api/v1/home-visits/HT-222222?phone=0905333444')).status;
      assert.equal(last, 429);
    });

    it('lists the map and follow-up endpoints in OpenAPI, with the follow-up’s phone parameter', async () => {
      const spec = (await call(c.url, '/api/v1/openapi.json')).body;
      assert.ok(spec.paths['/api/v1/admin/units/{unit}/support-map'].put);
      assert.ok(spec.paths['/api/v1/admin/units/{unit}/support-map'].delete);
      assert.ok(spec.paths['/api/v1/admin/units/{unit}/support-points/{id}/visits'].get);
      const params = spec.paths['/api/v1/home-visits/{code}'].get.parameters.map((p: { name: string }) => p.name);
      assert.deepEqual(params.sort(), ['code', 'phone']);
    });
  });
}
