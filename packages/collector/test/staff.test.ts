// The staff API through HTTP: the session cookie, refusals without a session or CSRF token, tenancy between units, report exports matching the dashboard, password guessing throttled.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createStaff } from '../src/index.js';
import { call, feedbackBody, launchApi, signIn, storages, useCollector } from './helpers.js';

for (const storage of storages()) {
  describe(`staff API on ${storage.name}`, () => {
    const c = useCollector(() => launchApi(storage));
    let base = '';
    let cookie = '';
    let unitCookie = '';
    let unitCsrf = '';
    before(async () => {
      base = c.url;
      ({ cookie } = await signIn(base, c.admin));
      await c.db.tx((q) =>
        createStaff(q, {
          email: 'canbo@xa-khac.example',
          name: 'Cán bộ xã Khác',
          password: 'mat-khau-dai-1234',
          role: 'unit',
          units: ['other'],
        }),
      );
      ({ cookie: unitCookie, csrf: unitCsrf } = await signIn(base, {
        email: 'canbo@xa-khac.example',
        password: 'mat-khau-dai-1234',
      }));
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
}
