// What citizens searched for and did not find, through real HTTP on PGlite and PostgreSQL: reports
// counted per month and query (text/plain, as the widget's keepalive fetch sends them), personal numbers,
// addresses and too-short queries dropped here too, bad batches as localised 400s, the per-address
// limit; the staff list by count; attaching a query to a procedure serves it with the catalogue under a
// new ETag; tenancy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vnDay } from '@motcua/core';
import { call, launch, signIn, storages } from './helpers.js';

const send = (
  base: string,
  reports: unknown,
  type = 'text/plain;charset=UTF-8',
  headers: Record<string, string> = {},
) => call(base, '/search-reports', { raw: JSON.stringify({ reports }), headers: { 'Content-Type': type, ...headers } });

for (const storage of storages()) {
  describe(`search reports on ${storage.name}`, () => {
    let c: Awaited<ReturnType<typeof launch>>;
    let unit = '';
    let admin = '';
    let staff: Record<string, string> = {};
    before(async () => {
      c = await launch(storage, { config: { rateIpPerMinute: 6 } });
      unit = `${c.url}/api/v1/units/demo`;
      admin = `${c.url}/api/v1/admin/units/demo`;
      const s = await signIn(c.url, c.admin as { email: string; password: string });
      staff = { Cookie: s.cookie, 'X-CSRF-Token': s.csrf };
    });
    after(async () => {
      await c.close();
      await c.dropDb();
    });

    it('counts reported queries by month and accent-folded query, dropping personal numbers and short ones', async () => {
      const a = await send(unit, [
        { query: 'Giấy phép bán vé số', kind: 'no-results' },
        { query: 'giay phep ban ve so', kind: 'not-opened' },
        { query: 'gọi 0912 345 678', kind: 'no-results' },
        { query: 'cccd 001204012345', kind: 'no-results' },
        { query: 'ab', kind: 'no-results' },
        { query: 'hỏi a@b.vn', kind: 'no-results' },
      ]);
      assert.equal(a.status, 202);
      assert.equal(a.body.counted, 2);
      const b = await send(unit, [{ query: 'giấy phép bán vé số', kind: 'no-results' }], 'application/json');
      assert.equal(b.status, 202);

      const list = await call(admin, '/search-queries', { headers: staff });
      assert.equal(list.status, 200);
      assert.equal(list.body.month, vnDay(Date.now()).slice(0, 7));
      assert.deepEqual(list.body.months, [list.body.month]);
      assert.deepEqual(list.body.queries, [
        { query: 'giấy phép bán vé số', noResults: 2, notOpened: 1, total: 3, attachedTo: [] },
      ]);
    });

    it('refuses bad batches with a localised 400 and other media types with 415, never a 5xx', async () => {
      for (const body of ['{', '[]', '{"reports":[]}', '{"reports":[{"query":"so do","kind":"x"}]}', 'null']) {
        const r = await call(unit, '/search-reports', { raw: body, headers: { 'Content-Type': 'text/plain' } });
        assert.equal(r.status, 400, body);
        assert.ok(r.body.message.vi && r.body.message.en, body);
      }
      const many = Array.from({ length: 21 }, () => ({ query: 'so do', kind: 'no-results' }));
      assert.equal((await send(unit, many)).status, 400);
      assert.equal((await send(unit, [{ query: 'so do', kind: 'no-results' }], 'application/xml')).status, 415);
      assert.equal((await send(`${c.url}/api/v1/units/nope`, [{ query: 'so do', kind: 'no-results' }])).status, 404);
    });

    it('limits reports per address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++)
        statuses.push(
          (
            await send(unit, [{ query: 'lam so do', kind: 'no-results' }], undefined, {
              'X-Forwarded-For': '203.0.113.9',
            })
          ).status,
        );
      assert.ok(statuses.includes(429), statuses.join());
    });

    it('attaches a query to a procedure: the catalogue serves it in askedAs, under a new ETag', async () => {
      const before = await call(unit, '/procedures?view=index');
      const etag = before.headers.get('etag');
      const r = await call(admin, '/search-keywords', {
        body: { query: '  Giấy phép bán vé số ', code: '1.001612' },
        headers: staff,
      });
      assert.equal(r.status, 201);
      assert.deepEqual(r.body, {
        code: '1.001612',
        name: 'Đăng ký thành lập hộ kinh doanh',
        keyword: 'giấy phép bán vé số',
      });
      const after = await call(unit, '/procedures?view=index');
      assert.notEqual(after.headers.get('etag'), etag);
      const hkd = after.body.find((p: { code: string }) => p.code === '1.001612');
      assert.deepEqual(hkd.askedAs, ['giấy phép bán vé số']);
      const list = await call(admin, '/search-queries', { headers: staff });
      assert.deepEqual(list.body.queries.find((q: { query: string }) => q.query === 'giấy phép bán vé số').attachedTo, [
        '1.001612',
      ]);
    });

    it('refuses a keyword for a procedure the catalogue lacks, a personal number as keyword, and strangers', async () => {
      const missing = await call(admin, '/search-keywords', {
        body: { query: 'vé số', code: '9.999999' },
        headers: staff,
      });
      assert.equal(missing.status, 404);
      const phone = await call(admin, '/search-keywords', {
        body: { query: '0912345678', code: '1.001612' },
        headers: staff,
      });
      assert.equal(phone.status, 400);
      assert.ok(phone.body.message.vi);
      assert.equal((await call(admin, '/search-queries')).status, 401);
      assert.equal((await call(`${c.url}/api/v1/admin/units/nope`, '/search-queries', { headers: staff })).status, 404);
      assert.equal((await call(admin, '/search-queries?month=2026-13', { headers: staff })).status, 400);
    });
  });
}

for (const storage of storages()) {
  describe(`a ward's own details of a procedure on ${storage.name}`, () => {
    let c: Awaited<ReturnType<typeof launch>>;
    let unit = '';
    let admin = '';
    let staff: Record<string, string> = {};
    before(async () => {
      c = await launch(storage);
      unit = `${c.url}/api/v1/units/demo`;
      admin = `${c.url}/api/v1/admin/units/demo`;
      const s = await signIn(c.url, c.admin as { email: string; password: string });
      staff = { Cookie: s.cookie, 'X-CSRF-Token': s.csrf };
    });
    after(async () => {
      await c.close();
      await c.dropDb();
    });

    const local = {
      feeNote: 'Miễn lệ phí khi đăng ký đúng hạn.',
      where: 'Bộ phận một cửa, tầng 1, 12 Phan Bội Châu',
      hours: 'Thứ Hai đến thứ Sáu, 7 giờ 30 đến 17 giờ',
      contact: 'Cán bộ hộ tịch, 0235 3812 345',
    };

    it('serves them beside the national text, in the catalogue and the full record, under a new ETag', async () => {
      const etag = (await call(unit, '/procedures?view=index')).headers.get('etag');
      const saved = await call(admin, '/procedures/1.001193/local', { method: 'PUT', body: local, headers: staff });
      assert.equal(saved.status, 200);
      const list = await call(unit, '/procedures?view=index');
      assert.notEqual(list.headers.get('etag'), etag);
      const ks = list.body.find((p: { code: string }) => p.code === '1.001193');
      assert.deepEqual(ks.local, local);
      assert.equal(ks.name, 'Đăng ký khai sinh', 'the national text stays as it is');
      const full = await call(unit, '/procedures/1.001193');
      assert.deepEqual(full.body.local, local);
      assert.ok(full.body.documents.length > 0);
    });

    it('removes them when every field is empty, and refuses bad input, unknown procedures and strangers', async () => {
      const empty = await call(admin, '/procedures/1.001193/local', {
        method: 'PUT',
        body: { feeNote: '', where: ' ' },
        headers: staff,
      });
      assert.equal(empty.status, 200);
      assert.equal((await call(unit, '/procedures/1.001193')).body.local, undefined);
      const long = await call(admin, '/procedures/1.001193/local', {
        method: 'PUT',
        body: { contact: 'x'.repeat(201) },
        headers: staff,
      });
      assert.equal(long.status, 400);
      assert.ok(long.body.fields.contact.vi);
      assert.equal(
        (await call(admin, '/procedures/9.999999/local', { method: 'PUT', body: local, headers: staff })).status,
        404,
      );
      assert.equal((await call(admin, '/procedures/1.001193/local', { method: 'PUT', body: local })).status, 401);
      assert.equal(
        (
          await call(`${c.url}/api/v1/admin/units/nope`, '/procedures/1.001193/local', {
            method: 'PUT',
            body: local,
            headers: staff,
          })
        ).status,
        404,
      );
    });
  });
}
