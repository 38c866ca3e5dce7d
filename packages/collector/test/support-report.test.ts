// The support figures of the periodic publicity report, through real HTTP on PGlite and PostgreSQL:
// home visits received and served by team and by need over the period, a request with no team yet on a
// line of its own, and each point's open hours in an ordinary week, in the JSON, the XLSX and the page.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
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

for (const storage of storages()) {
  describe(`support in the publicity report on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage));
    let staff: Record<string, string> = {};
    before(async () => {
      staff = await signIn(c.url, c.admin as { email: string; password: string });
    });

    it('counts requests by team and by need, and each point’s weekly open hours', async () => {
      const unit = `${c.url}/api/v1/units/demo`;
      const admin = `${c.url}/api/v1/admin/units/demo`;
      const points = (await call(unit, '/support-points')).body.points as { id: string; name: string }[];
      const team = points.find((p) => p.name === 'Tổ công nghệ số cộng đồng khu phố 1')?.id;
      const ask = async (need: string) => {
        const res = await call(unit, '/home-visits', {
          body: {
            id: uuid(),
            name: 'Trần Thị Bình',
            phone: '0905 111 222',
            address: '12 kiệt 5 Phan Bội Châu',
            need,
            preferredTime: 'Tối thứ Bảy',
            consent: true,
          },
        });
        assert.equal(res.status, 201);
        return res.body.id as string;
      };
      const step = (id: string, body: unknown) => call(admin, `/home-visits/${id}`, { headers: staff, body });
      const served = await ask('kich-hoat-vneid');
      const assigned = await ask('kich-hoat-vneid');
      await ask('nop-truc-tuyen');
      assert.equal((await step(served, { status: 'da-phan-cong', team })).status, 200);
      assert.equal((await step(served, { status: 'da-hen', scheduledAt: new Date().toISOString() })).status, 200);
      assert.equal((await step(served, { status: 'da-xong', note: 'Xong.' })).status, 200);
      assert.equal((await step(assigned, { status: 'da-phan-cong', team })).status, 200);

      const vnNow = new Date(Date.now() + 7 * 3600_000);
      const q = `period=month&year=${vnNow.getUTCFullYear()}&index=${vnNow.getUTCMonth() + 1}`;
      const report = await call(admin, `/publicity?${q}`, { headers: staff });
      assert.equal(report.status, 200);
      assert.deepEqual(report.body.support.teams, [
        { ward: report.body.name, team: 'Tổ công nghệ số cộng đồng khu phố 1', requested: 2, served: 1 },
        { ward: report.body.name, team: null, requested: 1, served: 0 },
      ]);
      assert.deepEqual(
        report.body.support.needs.map((n: { need: string; requested: number; served: number }) => [
          n.need,
          n.requested,
          n.served,
        ]),
        [
          ['thu-tuc', 0, 0],
          ['nop-truc-tuyen', 1, 0],
          ['kich-hoat-vneid', 2, 1],
          ['thanh-toan-khong-tien-mat', 0, 0],
        ],
      );
      const hours = Object.fromEntries(
        report.body.support.points.map((p: { point: string; hoursPerWeek: number }) => [p.point, p.hoursPerWeek]),
      );
      // 18:00–21:00 every day; the one-stop counter 7.5 h on weekdays and Saturday morning's 4 h.
      assert.equal(hours['Điểm hỗ trợ 24h Tổ dân phố 3'], 21);
      assert.equal(hours['Bộ phận một cửa phường Bàn Thạch'], 41.5);

      const xlsx = await fetch(`${admin}/publicity?${q}&format=xlsx`, { headers: staff });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await xlsx.arrayBuffer());
      const sheet = wb.getWorksheet('Hỗ trợ tại nhà theo tổ');
      assert.ok(sheet, 'the report has a sheet of home visits by team');
      assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1), ['Tổ công nghệ số cộng đồng khu phố 1', 2, 1]);
      assert.deepEqual((sheet.getRow(3).values as unknown[]).slice(1), ['Chưa phân công tổ', 1, 0]);
      const page = await (await fetch(`${admin}/publicity?${q}&format=html`, { headers: staff })).text();
      assert.match(page, /Giờ mở cửa của điểm hỗ trợ trong một tuần/);
      assert.match(page, /Số giờ mở cửa mỗi tuần/);
    });
  });
}
