// Dossiers through real HTTP on PGlite and PostgreSQL: the machine API (token per unit, idempotent, one
// bad row never failing the batch), the staff export upload with its saved column mapping (all or
// nothing, problems by line, the same file twice changing nothing), the citizen's lookup (one answer in
// about the same time for an unknown code and wrong digits, rate limits, nothing personal), and the
// rating offered once the result is handed back, stored with the dossier's code, once.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { call, launch, signIn, storages, useCollector, uuid } from './helpers.js';

const row = (over: Record<string, unknown> = {}) => ({
  code: `TEST-${uuid().slice(0, 8)}`,
  procedure: '1.001193',
  receivedAt: '2026-12-01T08:00:00+07:00',
  dueDate: '2026-12-04',
  status: 'dang-xu-ly',
  phone: '0912 345 678',
  ...over,
});

for (const storage of storages()) {
  describe(`dossiers on ${storage.name}`, () => {
    const c = useCollector(() =>
      launch(storage, { config: { dossierLookupsPerIp: 1000, dossierLookupsPerCode: 1000 } }),
    );
    let api = '';
    let token = '';
    let staff: Record<string, string> = {};
    const push = (dossiers: unknown[], auth = token) =>
      call(api, '/dossiers', { method: 'PUT', body: { dossiers }, headers: { Authorization: `Bearer ${auth}` } });
    const lookup = (code: string, phone: string, headers: Record<string, string> = {}) =>
      call(api, '/dossiers/lookup', { body: { code, phone }, headers });

    before(async () => {
      api = `${c.url}/api/v1/units/demo`;
      const s = await signIn(c.url, c.admin as { email: string; password: string });
      staff = { Cookie: s.cookie, 'X-CSRF-Token': s.csrf };
      const t = await call(c.url, '/api/v1/admin/units/demo/dossiers/token', { method: 'POST', headers: staff });
      assert.equal(t.status, 201);
      token = t.body.token;
    });

    it('takes a pushed batch only with the unit’s token, and the same batch twice changes nothing', async () => {
      const batch = [row(), row({ status: 'yeu-cau-bo-sung', note: 'Bổ sung bản sao giấy chứng nhận kết hôn.' })];
      assert.equal((await push(batch, 'mc_wrong-token-0000000000')).status, 401);
      const other = await call(api, '/dossiers', { method: 'PUT', body: { dossiers: batch } });
      assert.equal(other.status, 401);
      const first = await push(batch);
      assert.equal(first.status, 200);
      assert.deepEqual(first.body, { received: 2, created: 2, updated: 0, unchanged: 0, refused: [] });
      const again = await push(batch);
      assert.deepEqual(again.body, { received: 2, created: 0, updated: 0, unchanged: 2, refused: [] });
      const moved = await push([{ ...batch[0], status: 'cho-tra-ket-qua' }]);
      assert.deepEqual(moved.body, { received: 1, created: 0, updated: 1, unchanged: 0, refused: [] });
      const seen = await lookup(batch[0]?.code as string, '5678');
      assert.deepEqual(
        seen.body.history.map((h: { status: string }) => h.status),
        ['moi-tiep-nhan', 'dang-xu-ly', 'cho-tra-ket-qua'],
      );
    });

    it('stores the good rows of a batch and names the bad ones field by field', async () => {
      const good = row();
      const res = await push([good, row({ status: 'tu-choi' }), row({ phone: '123', dueDate: '2026-02-30' }), 7]);
      assert.equal(res.status, 200);
      assert.equal(res.body.created, 1);
      assert.deepEqual(
        res.body.refused.map((r: { index: number; fields: object }) => [r.index, Object.keys(r.fields).sort()]),
        [
          [1, ['note']],
          [2, ['dueDate', 'phone']],
          [3, ['']],
        ],
      );
      assert.match(res.body.refused[0].fields.note.vi, /lý do/);
      const none = await push([row({ status: 'không rõ' })]);
      assert.equal(none.status, 400);
      assert.equal((await push([])).status, 400);
    });

    it('imports an export with the saved mapping, all or nothing, and the same file twice changes nothing', async () => {
      const mapping = {
        code: 'Số hồ sơ',
        procedure: 'Mã TTHC',
        receivedAt: 'Ngày nhận',
        dueDate: 'Hẹn trả',
        status: 'Tình trạng',
        note: 'Nội dung bổ sung',
        phone: 'Điện thoại',
      };
      const saved = await call(c.url, '/api/v1/admin/units/demo/dossiers/mapping', {
        method: 'PUT',
        body: mapping,
        headers: staff,
      });
      assert.equal(saved.status, 200);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Hồ sơ');
      ws.addRow(Object.values(mapping));
      ws.addRow(['H47-0001', '1.001193', '01/12/2026 08:30', '04/12/2026', 'Đang giải quyết', '', '0987654321']);
      ws.addRow([
        'H47-0002',
        '1.001193',
        new Date(Date.UTC(2026, 11, 1, 9)),
        new Date(Date.UTC(2026, 11, 3)),
        'Đã trả kết quả',
        '',
        '0987 654 321',
      ]);
      const good = new Blob([await wb.xlsx.writeBuffer()]);
      ws.addRow(['H47-0003', '', '02/12/2026', '31/02/2026', 'Bổ sung hồ sơ', '', '0987654321']);
      const bad = new Blob([await wb.xlsx.writeBuffer()]);
      const upload = (file: Blob) =>
        fetch(`${c.url}/api/v1/admin/units/demo/dossiers/import`, {
          method: 'PUT',
          body: file,
          headers: { ...staff, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        });
      const refused = await upload(bad);
      assert.equal(refused.status, 400);
      const problems = (await refused.json()) as { rows: { line: number; fields: Record<string, unknown> }[] };
      assert.deepEqual(
        problems.rows.map((p) => [p.line, Object.keys(p.fields).sort()]),
        [[4, ['Hẹn trả', 'Nội dung bổ sung']]],
      );
      assert.equal((await lookup('H47-0001', '4321')).status, 404, 'nothing of a refused file is imported');
      const first = await upload(good);
      assert.deepEqual(await first.json(), { received: 2, created: 2, updated: 0, unchanged: 0 });
      const again = await upload(good);
      assert.deepEqual(await again.json(), { received: 2, created: 0, updated: 0, unchanged: 2 });
      const handed = await lookup('h47-0002', '4321');
      assert.equal(handed.status, 200);
      assert.equal(handed.body.receivedAt, '2026-12-01T02:00:00.000Z', 'a spreadsheet date is Vietnam time');
      assert.equal(handed.body.dueDate, '2026-12-03');
      const csv = await fetch(`${c.url}/api/v1/admin/units/demo/dossiers/import`, {
        method: 'PUT',
        body: `${Object.values(mapping).join(',')}\nH47-0004,,01/12/2026,05/12/2026,Mới tiếp nhận,,0912000111\n`,
        headers: { ...staff, 'Content-Type': 'text/csv' },
      });
      assert.deepEqual(await csv.json(), { received: 1, created: 1, updated: 0, unchanged: 0 });
      assert.equal((await lookup('H47-0004', '0111')).body.status, 'moi-tiep-nhan', 'a CSV keeps the leading 0');
    });

    it('answers an unknown code and wrong digits alike, in about the same time, with nothing personal', async () => {
      const known = row({ status: 'yeu-cau-bo-sung', note: 'Bản sao CCCD của người làm chứng.' });
      await push([known]);
      const found = await lookup(known.code, '5678');
      assert.equal(found.status, 200);
      assert.equal(found.body.note, 'Bản sao CCCD của người làm chứng.');
      assert.equal(found.body.dueDate, '2026-12-04');
      assert.equal(found.body.canRate, false);
      assert.doesNotMatch(JSON.stringify(found.body), /0912|345|5678|phone/i);
      const wrong = await lookup(known.code, '0000');
      const unknown = await lookup('KHONG-CO-MA-NAY', '5678');
      assert.equal(wrong.status, 404);
      assert.deepEqual(wrong.body, unknown.body);
      assert.deepEqual([...wrong.headers.keys()].sort(), [...unknown.headers.keys()].sort());
      // Known and unknown codes timed in turn, so a busy machine slows both alike.
      const times: [number[], number[]] = [[], []];
      for (let i = 0; i < 40; i++)
        for (const [k, code] of [known.code, 'KHONG-CO-MA-NAY'].entries()) {
          const t = performance.now();
          await lookup(code, '0000');
          times[k]?.push(performance.now() - t);
        }
      const median = (xs: number[]) => xs.sort((x, y) => x - y)[20] as number;
      const [a, b] = [median(times[0]), median(times[1])];
      assert.ok(Math.abs(a - b) < Math.max(3, 0.5 * Math.min(a, b)), `medians ${a.toFixed(2)} and ${b.toFixed(2)} ms`);
      const invalid = await lookup('x', '12');
      assert.equal(invalid.status, 400);
      assert.deepEqual(Object.keys(invalid.body.fields).sort(), ['code', 'phone']);
    });

    it('offers the rating once the result is handed back, and stores it once with the dossier code', async () => {
      const d = row({ status: 'da-tra-ket-qua', statusAt: '2026-12-03T15:00:00+07:00' });
      await push([d]);
      const view = await lookup(d.code, '5678');
      assert.equal(view.body.canRate, true);
      assert.equal(view.body.onTime, true);
      assert.equal(view.body.resolvedOn, '2026-12-03');
      const rating = {
        id: uuid(),
        scale: 3,
        score: 3,
        dossier: view.body.code,
        dossierPass: view.body.ratingPass,
        procedure: '1.001193',
      };
      assert.equal((await call(api, '/ratings', { body: rating })).status, 201);
      const after = await lookup(d.code, '5678');
      assert.deepEqual([after.body.rated, after.body.canRate], [true, false]);
      assert.equal((await call(api, '/ratings', { body: { ...rating, id: uuid() } })).status, 409);
      const late = row({ status: 'cho-tra-ket-qua', statusAt: '2026-12-06T09:00:00+07:00' });
      await push([late]);
      assert.equal((await lookup(late.code, '5678')).body.onTime, false);
    });

    it('reports the on-time rate by procedure and month, and counts a dossier’s rating under its procedure', async () => {
      const year = new Date().getFullYear();
      const dashboard = async () =>
        (await call(c.url, `/api/v1/admin/units/demo/dashboard?period=year&year=${year}`, { headers: staff })).body;
      const before = (await dashboard()).dossiers;
      const onTime = row({ procedure: '9.000001', status: 'da-tra-ket-qua', statusAt: '2026-12-02T09:00:00+07:00' });
      const late = row({ procedure: '9.000002', status: 'cho-tra-ket-qua', statusAt: '2026-12-05T09:00:00+07:00' });
      await push([onTime, late, row({ procedure: '9.000002' })]);
      const rating = { id: uuid(), scale: 3, score: 2, dossier: onTime.code };
      assert.equal((await call(api, '/ratings', { body: rating })).status, 201);
      const dash = await dashboard();
      const line = (key: string) => dash.dossiers.byProcedure.find((p: { key: string }) => p.key === key);
      assert.deepEqual(line('9.000001'), { key: '9.000001', resolved: 1, onTime: 1, onTimeRate: 1 });
      assert.deepEqual(line('9.000002'), { key: '9.000002', resolved: 1, onTime: 0, onTimeRate: 0 });
      assert.deepEqual(
        [dash.dossiers.resolved - before.resolved, dash.dossiers.onTime - before.onTime],
        [2, 1],
        'a dossier still being handled is not counted',
      );
      assert.ok(dash.dossiers.byMonth.some((m: { key: string }) => m.key === '2026-12'));
      const rated = dash.byProcedure.find((p: { key: string }) => p.key === '9.000001');
      assert.equal(rated?.total, 1, 'the rating names no procedure: its dossier does');
      const csv = await call(c.url, `/api/v1/admin/units/demo/report?period=year&year=${year}&format=csv`, {
        headers: staff,
      });
      assert.match(csv.body, /Hồ sơ đúng hạn\r\nMã thủ tục,Số hồ sơ có kết quả,Số hồ sơ đúng hạn,Tỷ lệ đúng hạn\r\n/);
      assert.match(csv.body, /\r\n9\.000001,1,1,100\.0%\r\n9\.000002,1,0,0\.0%\r\n/);
    });

    it('seeds the demo unit with a dossier in every status, once', async () => {
      const statuses = await c.db.query<{ status: string }>(
        "SELECT DISTINCT status FROM dossiers WHERE unit = 'demo' AND code LIKE 'H47.26-%' ORDER BY status",
      );
      assert.equal(statuses.length, 7);
      const receipt = await lookup('H47.26-000123', '5678');
      assert.deepEqual(
        receipt.body.history.map((h: { status: string }) => h.status),
        ['moi-tiep-nhan', 'cho-tra-ket-qua', 'da-tra-ket-qua'],
      );
      const missing = await lookup('H47.26-000120', '5678');
      assert.match(missing.body.note, /giấy chứng nhận kết hôn/);
      const { seedDemoDossiers } = await import('../src/dossiers/demo.js');
      const count = async () =>
        (await c.db.query("SELECT count(*)::int AS n FROM dossier_history WHERE unit = 'demo'"))[0];
      const was = await count();
      await seedDemoDossiers(c.db, 'demo', new Date());
      assert.deepEqual(await count(), was);
    });

    it('limits lookups per code and per address', async () => {
      const limited = await launch(storage, { config: { dossierLookupsPerIp: 6, dossierLookupsPerCode: 3 } });
      try {
        const at = `${limited.url}/api/v1/units/demo/dossiers/lookup`;
        const statuses = [];
        for (let i = 0; i < 4; i++)
          statuses.push((await call(at, '', { body: { code: 'ABC-1', phone: '1111' } })).status);
        assert.deepEqual(statuses, [404, 404, 404, 429]);
        for (let i = 0; i < 2; i++) await call(at, '', { body: { code: `ABC-${i + 2}`, phone: '1111' } });
        assert.equal((await call(at, '', { body: { code: 'ABC-9', phone: '1111' } })).status, 429, 'the address too');
      } finally {
        await limited.close();
        await limited.dropDb();
      }
    });

    it('documents the machine API with an example in the OpenAPI document', async () => {
      const doc = await call(c.url, '/api/v1/openapi.json');
      const put = doc.body.paths['/api/v1/units/{unit}/dossiers'].put;
      assert.deepEqual(put.security, [{ unitToken: [] }]);
      assert.equal(put.requestBody.content['application/json'].example.dossiers.length, 2);
      assert.ok(doc.body.paths['/api/v1/units/{unit}/dossiers/lookup'].post);
    });
  });
}
