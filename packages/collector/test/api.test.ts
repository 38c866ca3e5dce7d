import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createStaff } from '../src/index.js';
import { call, feedbackBody, launch, storages, uuid } from './helpers.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd3ae70000000049454e44ae426082',
  'hex',
);

for (const storage of storages()) {
  describe(`collector API on ${storage.name}`, () => {
    let c: Awaited<ReturnType<typeof launch>>;
    let base = '';
    before(async () => {
      c = await launch(storage, {
        config: { rateIpPerMinute: 100_000, rateUnitPerMinute: 100_000, feedbackIpPerHour: 1000, minFillSeconds: 3 },
      });
      base = c.url;
      await c.db.query(
        "INSERT INTO units (code, name, origins) VALUES ('other', 'UBND xã Khác', '{https://xa-khac.example}')",
      );
    });
    after(async () => {
      await c.close();
      await c.dropDb();
    });

    it('answers /healthz when storage answers, and serves the OpenAPI document', async () => {
      assert.equal((await call(base, '/healthz')).body.storage, storage.name);
      const doc = await call(base, '/api/v1/openapi.json');
      assert.equal(doc.body.openapi, '3.1.0');
      assert.ok(doc.body.paths['/api/v1/units/{unit}/ratings']);
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

    it('takes feedback with a receipt code, replays it, and looks it up only with the right phone', async () => {
      const body = feedbackBody();
      const first = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(first.status, 201);
      assert.match(first.body.receiptCode, /^PA-[2-9A-HJKMNP-TV-Z]{6}$/);
      const again = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(again.status, 200);
      assert.equal(again.body.receiptCode, first.body.receiptCode);
      const code = first.body.receiptCode.toLowerCase().replace('-', ' ');
      const found = await call(
        base,
        `/api/v1/feedback/${encodeURIComponent(code)}?phone=${encodeURIComponent('+84 912 345 678')}`,
      );
      assert.equal(found.status, 200);
      assert.equal(found.body.status, 'moi');
      assert.equal((await call(base, `/api/v1/feedback/${first.body.receiptCode}?phone=0900000000`)).status, 404);
      const stored = await c.db.query<{ phone: string; consent_at: Date }>(
        'SELECT phone, consent_at FROM feedback WHERE id = $1',
        [body.id],
      );
      assert.equal(stored[0]?.phone, '0912345678');
      assert.ok(stored[0]?.consent_at);
    });

    it('refuses feedback without consent, sent too fast, or with a disguised attachment', async () => {
      assert.equal(
        (await call(base, '/api/v1/units/demo/feedback', { body: feedbackBody({ consent: false }) })).body.fields
          .consent !== undefined,
        true,
      );
      const fast = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ startedAt: new Date().toISOString() }),
      });
      assert.equal(fast.status, 400);
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]).toString('base64');
      const disguised = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ attachments: [{ name: 'anh.jpg', type: 'image/jpeg', data: exe }] }),
      });
      assert.equal(disguised.status, 415);
      assert.ok(disguised.body.fields['attachments.0'].vi.includes('anh.jpg'));
      const png = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ attachments: [{ name: 'anh.png', type: 'image/png', data: PNG.toString('base64') }] }),
      });
      assert.equal(png.status, 201);
    });

    it('takes the no-JavaScript form: 303 to an HTML receipt, errors as an HTML list, scripts shown as text', async () => {
      const site = 'http://127.0.0.1:8080';
      const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
        fetch(`${base}/api/v1/units/demo/feedback`, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: site, Referer: `${site}/gop-y`, ...headers },
          body: new URLSearchParams(fields),
        });
      const good = {
        name: '<script>alert(1)</script> Phạm Văn Bình',
        phone: '0283 812 3456',
        content: 'Đề nghị mở thêm quầy tiếp nhận vào sáng thứ Bảy.',
        consent: 'true',
        website: '',
      };
      const sent = await post(good);
      assert.equal(sent.status, 303);
      const location = new URL(sent.headers.get('location') ?? '', base);
      const code = location.searchParams.get('code') ?? '';
      assert.match(code, /^PA-[2-9A-HJKMNP-TV-Z]{6}$/);
      const stored = await c.db.query<{ name: string; phone: string }>(
        'SELECT name, phone FROM feedback WHERE receipt_code = $1',
        [code],
      );
      assert.deepEqual(stored, [{ name: good.name, phone: '02838123456' }]);
      const receipt = await fetch(location);
      assert.equal(receipt.status, 200);
      assert.match(receipt.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(receipt.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await receipt.text();
      assert.ok(html.includes(`<strong class="code">${code}</strong>`));
      assert.ok(html.includes(`href="${site}/gop-y"`), 'links back to the allowed ward page');

      // Missing consent and a phone of letters: 400, each error listed in Vietnamese, nothing stored.
      const before = (await c.db.query('SELECT 1 FROM feedback')).length;
      const bad = await post({ ...good, phone: 'không có số', consent: '' });
      assert.equal(bad.status, 400);
      const page = await bad.text();
      assert.ok(page.includes('<h1>Chưa gửi được phản ánh</h1>'));
      assert.ok(page.includes('Số điện thoại: '));
      assert.ok(page.includes('Đồng ý xử lý dữ liệu cá nhân: '));
      assert.ok(!page.includes('<script>'));
      assert.equal((await c.db.query('SELECT 1 FROM feedback')).length, before);

      // A site not on the unit's allow-list cannot post; a filled honeypot is answered and dropped.
      assert.equal((await post(good, { Origin: 'https://evil.example' })).status, 403);
      assert.equal((await post({ ...good, website: 'http://spam.example' })).status, 303);
      assert.equal((await c.db.query('SELECT 1 FROM feedback')).length, before);
      // A form that says when it was opened gets the fill-time check.
      assert.equal((await post({ ...good, startedAt: new Date().toISOString() })).status, 400);
      assert.equal((await fetch(`${base}/api/v1/units/demo/feedback/receipt?code=nonsense`)).status, 404);
    });

    it('answers bots filling the honeypot as if accepted, and keeps nothing', async () => {
      const body = feedbackBody({ website: 'http://spam.example' });
      const r = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(r.status, 201);
      assert.equal((await c.db.query('SELECT 1 FROM feedback WHERE id = $1', [body.id])).length, 0);
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

    it('serves the catalogue with an ETag and 304 on revalidation', async () => {
      const first = await call(base, '/api/v1/units/demo/procedures');
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag') ?? '';
      assert.ok(etag);
      assert.equal(
        (await call(base, '/api/v1/units/demo/procedures', { headers: { 'If-None-Match': etag } })).status,
        304,
      );
    });

    it('serves the compact catalogue for search (?view=index) and each full record by code', async () => {
      const full = await call(base, '/api/v1/units/demo/procedures');
      const compact = await call(base, '/api/v1/units/demo/procedures?view=index');
      assert.equal(compact.status, 200);
      assert.equal(compact.body.length, full.body.length);
      assert.notEqual(compact.headers.get('etag'), full.headers.get('etag'));
      const withSteps = full.body.find((p: { steps?: unknown[] }) => p.steps?.length);
      const short = compact.body.find((p: { code: string }) => p.code === withSteps.code);
      assert.equal(short.name, withSteps.name);
      assert.equal(short.steps, undefined);
      assert.equal(short.documents, undefined);
      const one = await call(base, `/api/v1/units/demo/procedures/${encodeURIComponent(withSteps.code)}`);
      assert.equal(one.status, 200);
      assert.deepEqual(one.body, withSteps);
      assert.equal((await call(base, '/api/v1/units/demo/procedures/9.999999')).status, 404);
      const zipped = await fetch(`${base}/api/v1/units/demo/procedures?view=index`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.deepEqual(await zipped.json(), compact.body);
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

    describe('staff', () => {
      let cookie = '';
      let csrf = '';
      let unitCookie = '';
      let unitCsrf = '';
      before(async () => {
        const login = await fetch(`${base}/api/v1/admin/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(c.admin),
        });
        cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        csrf = (await login.json()).csrfToken;
        await c.db.tx((q) =>
          createStaff(q, {
            email: 'canbo@xa-khac.example',
            name: 'Cán bộ xã Khác',
            password: 'mat-khau-dai-1234',
            role: 'unit',
            units: ['other'],
          }),
        );
        const l2 = await fetch(`${base}/api/v1/admin/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'canbo@xa-khac.example', password: 'mat-khau-dai-1234' }),
        });
        unitCookie = (l2.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        unitCsrf = (await l2.json()).csrfToken;
      });

      it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
        const login = await fetch(`${base}/api/v1/admin/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(c.admin),
        });
        const header = login.headers.get('set-cookie') ?? '';
        assert.match(header, /HttpOnly/);
        assert.match(header, /SameSite=Strict/);
      });

      it('refuses the admin API without a session, and writes without the CSRF token', async () => {
        assert.equal((await call(base, '/api/v1/admin/units/demo/feedback')).status, 401);
        const noCsrf = await call(base, '/api/v1/admin/units/demo/campaigns', {
          body: { title: 'x' },
          headers: { Cookie: cookie },
        });
        assert.equal(noCsrf.status, 403);
      });

      it('keeps each unit’s staff out of other units (tenancy)', async () => {
        const fb = await call(base, '/api/v1/units/demo/feedback', { body: feedbackBody() });
        const demoFeedback = await c.db.query<{ id: string }>('SELECT id::text FROM feedback WHERE receipt_code = $1', [
          fb.body.receiptCode,
        ]);
        const h = { Cookie: unitCookie, 'X-CSRF-Token': unitCsrf };
        for (const path of [
          '/feedback',
          `/feedback/${demoFeedback[0]?.id}`,
          '/dashboard',
          '/campaigns',
          '/report?format=csv',
        ]) {
          assert.equal((await call(base, `/api/v1/admin/units/demo${path}`, { headers: h })).status, 404, path);
        }
        assert.equal(
          (
            await call(base, `/api/v1/admin/units/demo/feedback/${demoFeedback[0]?.id}`, {
              body: { status: 'dang-xu-ly' },
              headers: h,
            })
          ).status,
          404,
        );
        assert.equal(
          (await call(base, '/api/v1/admin/units/demo/campaigns', { body: { title: 'x' }, headers: h })).status,
          404,
        );
        assert.equal((await call(base, '/api/v1/admin/units/other/feedback', { headers: h })).status, 200);
      });

      it('moves feedback through the workflow only along allowed steps', async () => {
        const fb = await call(base, '/api/v1/units/demo/feedback', { body: feedbackBody() });
        const [{ id } = { id: '' }] = await c.db.query<{ id: string }>(
          'SELECT id::text FROM feedback WHERE receipt_code = $1',
          [fb.body.receiptCode],
        );
        const h = { Cookie: cookie, 'X-CSRF-Token': csrf };
        const skip = await call(base, `/api/v1/admin/units/demo/feedback/${id}`, {
          body: { status: 'da-tra-loi', answer: 'Đã xử lý' },
          headers: h,
        });
        assert.equal(skip.status, 400);
        assert.equal(
          (await call(base, `/api/v1/admin/units/demo/feedback/${id}`, { body: { status: 'dang-xu-ly' }, headers: h }))
            .status,
          200,
        );
        const noAnswer = await call(base, `/api/v1/admin/units/demo/feedback/${id}`, {
          body: { status: 'da-tra-loi' },
          headers: h,
        });
        assert.equal(noAnswer.body.fields.answer.vi.length > 0, true);
        assert.equal(
          (
            await call(base, `/api/v1/admin/units/demo/feedback/${id}`, {
              body: { status: 'da-tra-loi', answer: 'Đã niêm yết.' },
              headers: h,
            })
          ).status,
          200,
        );
      });

      it('exports reports whose figures match the dashboard, as CSV and XLSX with Vietnamese headers', async () => {
        const h = { Cookie: cookie };
        const year = new Date().getFullYear();
        const dash = await call(base, `/api/v1/admin/units/demo/dashboard?period=year&year=${year}`, { headers: h });
        const csv = await call(base, `/api/v1/admin/units/demo/report?period=year&year=${year}&format=csv`, {
          headers: h,
        });
        assert.equal(csv.status, 200);
        assert.ok((csv.body as string).includes('Tổng số đánh giá'));
        assert.ok((csv.body as string).includes(`,${dash.body.total},${dash.body.satisfied},`));
        const xlsx = await fetch(`${base}/api/v1/admin/units/demo/report?period=year&year=${year}&format=xlsx`, {
          headers: h,
        });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
        const sheet = wb.getWorksheet('Tổng hợp');
        assert.equal(sheet?.getRow(1).getCell(5).value, 'Tổng số đánh giá');
        assert.equal(sheet?.getRow(2).getCell(5).value, dash.body.total);
        assert.equal(
          (await call(base, '/api/v1/admin/units/demo/report?period=quarter&index=5', { headers: h })).status,
          400,
        );
      });

      it('imports a CSV catalogue, reporting bad rows by line and importing nothing until all are good', async () => {
        const h = { Cookie: cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'text/csv' };
        const bad =
          'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện\n1.001193,Đăng ký khai sinh,Hộ tịch,Cấp xã\nabc,Thiếu mã,Hộ tịch,Cấp xã\n';
        const r1 = await call(base, '/api/v1/admin/units/demo/catalogue', { raw: bad, headers: h });
        assert.equal(r1.status, 400);
        assert.deepEqual(
          r1.body.rows.map((r: { line: number }) => r.line),
          [3],
        );
        const good =
          '\ufeffMã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC\n1.001193,Đăng ký khai sinh,Hộ tịch,Cấp xã,một phần\n';
        const r2 = await call(base, '/api/v1/admin/units/demo/catalogue', { raw: good, headers: h });
        assert.equal(r2.body.imported, 1);
        const cat = await call(base, '/api/v1/units/demo/procedures');
        assert.deepEqual(cat.body, [
          { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: ['Cấp xã'], online: 'mot-phan' },
        ]);
      });

      it('imports an XLSX catalogue with Vietnamese headers, reporting bad rows by spreadsheet line', async () => {
        const sheet = async (rows: (string | undefined)[][]) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('Thủ tục');
          ws.addRow(['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp thực hiện', 'Mức độ DVC']);
          for (const r of rows) ws.addRow(r);
          return Buffer.from(await wb.xlsx.writeBuffer());
        };
        const post = async (body: Buffer) => {
          const res = await fetch(`${base}/api/v1/admin/units/demo/catalogue`, {
            method: 'POST',
            headers: {
              Cookie: cookie,
              'X-CSRF-Token': csrf,
              'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            },
            body: new Uint8Array(body),
          });
          return { status: res.status, body: await res.json() };
        };
        const bad = await post(
          await sheet([
            ['1.000656', 'Đăng ký kết hôn', 'Hộ tịch', 'Cấp xã', 'toàn trình'],
            ['', 'Không có mã', 'Hộ tịch', 'Cấp xã', ''],
          ]),
        );
        assert.equal(bad.status, 400);
        assert.deepEqual(
          bad.body.rows.map((r: { line: number }) => r.line),
          [3],
        );
        const good = await post(await sheet([['1.000656', 'Đăng ký kết hôn', 'Hộ tịch', 'Cấp xã', 'toàn trình']]));
        assert.equal(good.status, 200);
        assert.equal(good.body.imported, 1);
        const cat = await call(base, '/api/v1/units/demo/procedures');
        assert.deepEqual(
          cat.body.map((p: { code: string; name: string; online?: string }) => [p.code, p.name, p.online]),
          [['1.000656', 'Đăng ký kết hôn', 'toan-trinh']],
        );
        assert.equal((await post(Buffer.from('not a spreadsheet'))).status, 400);
      });

      it('throttles password guessing', async () => {
        const statuses = [];
        for (let i = 0; i < 7; i++) {
          statuses.push(
            (
              await call(base, '/api/v1/admin/login', {
                body: { email: 'canbo@xa-khac.example', password: `sai-${i}` },
              })
            ).status,
          );
        }
        assert.deepEqual(statuses.slice(0, 4), [401, 401, 401, 401]);
        assert.equal(statuses.at(-1), 429);
      });
    });
  });
}
