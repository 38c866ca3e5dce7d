// The catalogue through HTTP: ETag and 304, the compact view for search, one record by code, and the staff's CSV and XLSX imports.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { call, launchApi, signIn, storages, useCollector } from './helpers.js';

for (const storage of storages()) {
  describe(`catalogue API on ${storage.name}`, () => {
    const c = useCollector(() => launchApi(storage));
    let base = '';
    let cookie = '';
    let csrf = '';
    before(async () => {
      base = c.url;
      ({ cookie, csrf } = await signIn(base, c.admin));
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
      // A referral (a procedure the ward does not receive) keeps its marker in the compact view.
      const referral = compact.body.find((p: { referral?: { office: string } }) => p.referral);
      assert.ok(referral?.referral.office, 'a referral in the compact catalogue');
    });

    it('imports a JSON catalogue with a referral, and refuses one without its office', async () => {
      const h = { Cookie: cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' };
      const record = { code: '3.000165', name: 'Đăng ký cấp sao bản án', field: 'Tòa án', level: ['Cấp xã'] };
      const bad = await call(base, '/api/v1/admin/units/demo/catalogue', {
        raw: JSON.stringify([record, { ...record, code: '3.000164', referral: { office: '  ' } }]),
        headers: h,
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.rows.map((r: { line: number }) => r.line),
        [2],
      );
      const good = await call(base, '/api/v1/admin/units/demo/catalogue', {
        raw: JSON.stringify([{ ...record, referral: { office: ' Tòa án nhân dân khu vực 1 ', extra: 'x' } }]),
        headers: h,
      });
      assert.equal(good.status, 200);
      const cat = await call(base, '/api/v1/units/demo/procedures?view=index');
      assert.deepEqual(cat.body, [{ ...record, referral: { office: 'Tòa án nhân dân khu vực 1' } }]);
      // A spreadsheet names the office in a "Chuyển nơi khác" column.
      const csv =
        'Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Chuyển nơi khác\n1.011022,Khai thuế đối với hộ kinh doanh,Thuế,Cấp xã,Thuế cơ sở\n1.001193,Đăng ký khai sinh,Hộ tịch,Cấp xã,\n';
      const sheet = await call(base, '/api/v1/admin/units/demo/catalogue', {
        raw: csv,
        headers: { ...h, 'Content-Type': 'text/csv' },
      });
      assert.equal(sheet.body.imported, 2);
      const both = await call(base, '/api/v1/units/demo/procedures');
      assert.deepEqual(
        both.body.map((p: { code: string; referral?: unknown }) => [p.code, p.referral]),
        [
          ['1.011022', { office: 'Thuế cơ sở' }],
          ['1.001193', undefined],
        ],
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
  });
}
