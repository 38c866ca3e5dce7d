// Province staff (issue 24): units carry their province, a province account sees the wards of its
// province and only those (a probe of every staff route with a ward of another province), the province
// dashboard ranks its wards, and the publicity report's XLSX reads back the figures seeded for it.
// Real HTTP on PGlite and PostgreSQL.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createStaff } from '../src/index.js';
import { createApp } from '../src/http/app.js';
import { DEFAULT_CONFIG } from '../src/http/config.js';
import { call, launch, signIn, storages, useCollector, uuid } from './helpers.js';

type Session = { cookie: string; csrf: string };
const headers = (s: Session) => ({ Cookie: s.cookie, 'X-CSRF-Token': s.csrf });

/** March 2025 in Vietnam: no demo data falls there, so every figure of the month is the test's. */
const MONTH = { from: '2025-03-01', year: 2025, index: 3 };
/** A campaign title that is both a spreadsheet formula and markup: it must stay text in both exports. */
const TITLE = '=HYPERLINK("http://x") <script>alert(1)</script> Nộp hồ sơ trực tuyến';
const at = (day: number, hour = 9) => new Date(Date.UTC(2025, 2, day, hour - 7)).toISOString();

for (const storage of storages()) {
  describe(`province staff and the publicity report on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage));
    let province: Session;
    let ward: Session;
    let otherProvince: Session;
    before(async () => {
      // A ward of Hà Nội (01), province B for the Đà Nẵng (48) account.
      await c.db.query(
        "INSERT INTO units (code, name, origins, commune_code, province_code) VALUES ('ba-dinh', 'UBND phường Ba Đình', '{}', '00004', '01')",
      );
      await c.db.tx((q) =>
        createStaff(q, {
          email: 'tinh@hanoi.example',
          name: 'Hà Nội',
          password: 'mat-khau-ha-noi-2026',
          role: 'province',
          province: '01',
        }),
      );
      const accounts = c.admin as NonNullable<typeof c.admin>;
      province = await signIn(c.url, accounts.province);
      ward = await signIn(c.url, accounts);
      otherProvince = await signIn(c.url, { email: 'tinh@hanoi.example', password: 'mat-khau-ha-noi-2026' });
      // Seeded figures for phường Tam Kỳ in March 2025: 4 ratings (3 satisfied), 3 feedback items (2 answered,
      // 1 of them on time), a campaign with 120 impressions and 9 clicks, 2 home visits of which 1 served.
      const ratings: [number, number, number][] = [
        [3, 3, 3],
        [3, 2, 10],
        [5, 4, 12],
        [3, 1, 20],
      ];
      for (const [scale, score, day] of ratings)
        await c.db.query("INSERT INTO ratings (id, unit, scale, score, created_at) VALUES ($1, 'tam-ky', $2, $3, $4)", [
          uuid(),
          scale,
          score,
          at(day),
        ]);
      const feedback: [string, string | null, string | null][] = [
        ['da-tra-loi', at(2), at(5)],
        ['da-tra-loi', at(3), at(28)],
        ['moi', at(25), null],
      ];
      for (const [i, [status, created, answered]] of feedback.entries())
        await c.db.query(
          `INSERT INTO feedback (id, unit, receipt_code, name, phone, content, consent_at, status, answer, answered_at, created_at)
           VALUES ($1, 'tam-ky', $2, 'Người thử', '0900000000', 'Nội dung', $3, $4, $5, $6, $3)`,
          [uuid(), `PA-TEST0${i}`, created, status, answered ? 'Đã trả lời' : null, answered],
        );
      const campaign = uuid();
      await c.db.query(
        `INSERT INTO campaigns (id, unit, title, starts_at, ends_at) VALUES ($1, 'tam-ky', $2, $3, $4)`,
        [campaign, TITLE, at(1), at(31)],
      );
      await c.db.query(
        `INSERT INTO event_counts (unit, campaign, widget, day, type, count) VALUES
           ('tam-ky', $1, 'motcua-campaign-banner', '2025-03-04', 'impression', 100),
           ('tam-ky', $1, 'motcua-campaign-banner', '2025-03-05', 'impression', 20),
           ('tam-ky', $1, 'motcua-campaign-banner', '2025-03-05', 'click', 9)`,
        [campaign],
      );
      for (const [i, status] of ['da-xong', 'moi'].entries())
        await c.db.query(
          `INSERT INTO home_visits (id, unit, receipt_code, name, phone, address, need, preferred_time, consent_at, status, created_at, updated_at)
           VALUES ($1, 'tam-ky', $2, 'Người thử', '0900000000', 'Tổ 1', 'kich-hoat-vneid', 'Sáng', $3, $4, $3, $3)`,
          [uuid(), `HT-TEST0${i}`, at(6), status],
        );
    });

    it('ties the demo wards to Đà Nẵng, and a province account sees its wards and only those', async () => {
      const units = await c.db.query<{ code: string; province_code: string }>(
        "SELECT code, province_code FROM units WHERE code IN ('demo', 'tam-ky') ORDER BY code",
      );
      assert.deepEqual(
        units.map((u) => [u.code, u.province_code]),
        [
          ['demo', '48'],
          ['tam-ky', '48'],
        ],
      );
      const me = await call(c.url, '/api/v1/admin/me', { headers: headers(province) });
      assert.equal(me.body.role, 'province');
      assert.equal(me.body.province, '48');
      assert.deepEqual(me.body.units.map((u: { code: string }) => u.code).sort(), ['demo', 'tam-ky']);
      const wardMe = await call(c.url, '/api/v1/admin/me', { headers: headers(ward) });
      assert.deepEqual(
        wardMe.body.units.map((u: { code: string }) => u.code),
        ['demo'],
      );
      // A commune code names its province: a unit cannot claim a commune of another province.
      await assert.rejects(c.db.query("UPDATE units SET commune_code = '00004' WHERE code = 'tam-ky'"), /foreign key/i);
    });

    it("answers 404 to Đà Nẵng's account on every staff route of a Hà Nội ward, and to Hà Nội's on Đà Nẵng's", async () => {
      const routes = createApp(c.db, DEFAULT_CONFIG)
        .routes.filter(
          (r) => r.method !== 'ALL' && /^\/api\/v1\/admin\/(units\/:unit|provinces\/:province)/.test(r.path),
        )
        .map((r) => ({ method: r.method, path: r.path }));
      const unique = [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
      assert.ok(unique.length >= 20, `${unique.length} staff routes probed`);
      const probe = async (who: Session, unit: string, provinceCode: string) => {
        for (const r of unique) {
          const path = r.path
            .replace(':unit', unit)
            .replace(':province', provinceCode)
            .replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
          const res = await call(c.url, path, {
            method: r.method,
            headers: { ...headers(who), 'Content-Type': 'application/json' },
            ...(r.method === 'GET' ? {} : { raw: '{}' }),
          });
          assert.ok([403, 404].includes(res.status), `${r.method} ${path}: ${res.status}`);
        }
      };
      await probe(province, 'ba-dinh', '01');
      await probe(otherProvince, 'tam-ky', '48');
      // The same routes do answer each their own.
      const mine = await call(c.url, '/api/v1/admin/units/tam-ky/feedback', { headers: headers(province) });
      assert.equal(mine.status, 200);
      const theirs = await call(c.url, '/api/v1/admin/units/ba-dinh/feedback', { headers: headers(otherProvince) });
      assert.equal(theirs.status, 200);
    });

    it('ranks the wards of the province on its dashboard, for the province account only', async () => {
      const q = `period=month&year=${MONTH.year}&index=${MONTH.index}`;
      const dash = await call(c.url, `/api/v1/admin/provinces/48/dashboard?${q}`, { headers: headers(province) });
      assert.equal(dash.status, 200);
      assert.equal(dash.body.province.name, 'Thành phố Đà Nẵng');
      assert.deepEqual(dash.body.wards.map((w: { unit: string }) => w.unit).sort(), ['demo', 'tam-ky']);
      const tamKy = dash.body.wards.find((w: { unit: string }) => w.unit === 'tam-ky');
      assert.deepEqual(tamKy.ratings, { total: 4, satisfied: 3, satisfiedRate: 0.75 });
      assert.deepEqual(tamKy.feedback, { received: 3, answered: 2, onTime: 1, onTimeRate: 0.3333 });
      assert.deepEqual(tamKy.campaigns, { run: 1, impressions: 120, clicks: 9, clickThrough: 0.075 });
      assert.deepEqual(tamKy.support, { points: 0, visitsRequested: 2, visitsServed: 1 });
      assert.equal(dash.body.total.ratings.total, 4);
      for (const who of [ward, otherProvince])
        assert.equal(
          (await call(c.url, `/api/v1/admin/provinces/48/dashboard?${q}`, { headers: headers(who) })).status,
          404,
        );
      assert.equal(
        (
          await call(c.url, '/api/v1/admin/provinces/48/dashboard?period=quarter&index=5', {
            headers: headers(province),
          })
        ).status,
        400,
      );
    });

    it('exports the publicity report as XLSX whose cells read back the seeded figures, formulas defused', async () => {
      const res = await fetch(
        `${c.url}/api/v1/admin/units/tam-ky/publicity?period=month&year=${MONTH.year}&index=${MONTH.index}&format=xlsx`,
        { headers: headers(province) },
      );
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-disposition') ?? '', /bao-cao-tuyen-truyen-cchc-tam-ky-2025-03\.xlsx/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const sheet = (prefix: string) => {
        const ws = wb.worksheets.find((w) => w.name.startsWith(prefix));
        assert.ok(ws, prefix);
        return (row: number, col: number) => ws.getRow(row).getCell(col).value;
      };
      const summary = sheet('Tổng hợp');
      assert.equal(summary(1, 1), 'Đơn vị');
      assert.equal(summary(2, 1), 'UBND phường Tam Kỳ');
      assert.equal(summary(2, 2), 'Tháng 3 năm 2025');
      const satisfaction = sheet('I. Mức độ hài lòng');
      assert.deepEqual([satisfaction(2, 2), satisfaction(3, 2), satisfaction(4, 2)], [4, 3, '75.0%']);
      const feedback = sheet('II. Tiếp nhận');
      assert.deepEqual([feedback(2, 2), feedback(3, 2), feedback(4, 2)], [3, 2, 1]);
      const campaigns = sheet('IV. Chiến dịch');
      assert.equal(campaigns(1, 2), 'Lượt hiển thị');
      assert.equal(campaigns(2, 1), `'${TITLE}`);
      assert.deepEqual([campaigns(2, 2), campaigns(2, 3)], [120, 9]);
      const support = sheet('VI. Điểm hỗ trợ');
      assert.deepEqual([support(3, 2), support(4, 2)], [2, 1]);
      const trend = sheet('Tỷ lệ hài lòng theo tháng');
      assert.deepEqual([trend(2, 1), trend(2, 2), trend(2, 3)], ['2025-03', 4, 3]);
    });

    it('keeps the monthly totals equal to counting the rows: API batches, upserted counts, a deletion', async () => {
      const now = new Date();
      const year = now.getFullYear();
      const index = now.getMonth() + 1;
      const q = `period=month&year=${year}&index=${index}`;
      const figures = async () =>
        (
          await call(c.url, `/api/v1/admin/provinces/48/dashboard?${q}`, { headers: headers(province) })
        ).body.wards.find((w: { unit: string }) => w.unit === 'tam-ky');
      const before = await figures();
      const ids = [uuid(), uuid(), uuid()];
      const posted = await Promise.all(
        ids.map((id, i) => call(c.url, '/api/v1/units/tam-ky/ratings', { body: { id, scale: 3, score: i + 1 } })),
      );
      assert.deepEqual(
        posted.map((r) => r.status),
        [201, 201, 201],
      );
      // A retried rating is stored once, and so counted once.
      assert.equal(
        (await call(c.url, '/api/v1/units/tam-ky/ratings', { body: { id: ids[0], scale: 3, score: 1 } })).status,
        200,
      );
      const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
      for (const count of [5, 7]) {
        const events = [{ widget: 'motcua-procedure-search', type: 'impression', count, day }];
        assert.equal((await call(c.url, '/api/v1/units/tam-ky/events', { body: { id: uuid(), events } })).status, 202);
      }
      await c.db.query('DELETE FROM ratings WHERE id = $1', [ids[2]]);
      const after = await figures();
      assert.equal(after.ratings.total - before.ratings.total, 2);
      assert.equal(after.ratings.satisfied - before.ratings.satisfied, 1);
      assert.equal(after.online.widgetImpressions - before.online.widgetImpressions, 12);
      // And the totals are what counting every row gives.
      const [raw] = await c.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ratings WHERE unit = 'tam-ky'`);
      const [rolled] = await c.db.query<{ n: number }>(
        `SELECT sum(n)::int AS n FROM rating_months WHERE unit = 'tam-ky'`,
      );
      assert.equal(rolled?.n, raw?.n);
    });

    it("counts the ward's own online procedures only, not its referrals (filed at the tax office or the court)", async () => {
      const q = 'period=month&year=2025&index=3';
      const online = async () =>
        (
          await call(c.url, `/api/v1/admin/provinces/48/dashboard?${q}`, { headers: headers(province) })
        ).body.wards.find((w: { unit: string }) => w.unit === 'tam-ky').online;
      const [saved] = await c.db.query<{ catalogue: unknown }>(`SELECT catalogue FROM units WHERE code = 'tam-ky'`);
      const own = (code: string, online: string) => ({ code, name: code, field: 'Hộ tịch', level: ['Cấp xã'], online });
      const catalogue = [
        own('1.000001', 'mot-phan'),
        own('1.000002', 'toan-trinh'),
        { ...own('1.000003', 'mot-phan'), field: 'Thuế', referral: { office: 'Thuế cơ sở' } },
        { ...own('1.000004', 'toan-trinh'), field: 'Tòa án', referral: { office: 'Tòa án nhân dân' } },
      ];
      await c.db.query(`UPDATE units SET catalogue = $1 WHERE code = 'tam-ky'`, [JSON.stringify(catalogue)]);
      try {
        const figures = await online();
        assert.deepEqual([figures.fullyOnline, figures.partlyOnline], [1, 1]);
      } finally {
        await c.db.query(`UPDATE units SET catalogue = $1 WHERE code = 'tam-ky'`, [
          JSON.stringify(saved?.catalogue ?? []),
        ]);
      }
    });

    it("gives the province's report with its wards side by side, and refuses a bad format or language", async () => {
      const q = `period=quarter&year=${MONTH.year}&index=1`;
      const report = await call(c.url, `/api/v1/admin/provinces/48/publicity?${q}`, { headers: headers(province) });
      assert.equal(report.status, 200);
      assert.equal(report.body.name, 'UBND Thành phố Đà Nẵng');
      assert.equal(report.body.wards.length, 2);
      assert.deepEqual(
        report.body.trend.map((m: { month: string; total: number }) => [m.month, m.total]),
        [
          ['2025-01', 0],
          ['2025-02', 0],
          ['2025-03', 4],
        ],
      );
      const page = await fetch(`${c.url}/api/v1/admin/provinces/48/publicity?${q}&format=html`, {
        headers: headers(province),
      });
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const text = await page.text();
      assert.ok(text.includes('Quý I năm 2025'));
      // The campaign title that looks like markup and a formula stays text.
      assert.ok(!text.includes('<script>alert'));
      assert.ok(text.includes('&lt;script&gt;alert(1)&lt;/script&gt; Nộp hồ sơ'));
      for (const bad of ['format=pdf', 'lang=fr', 'period=week'])
        assert.equal(
          (await call(c.url, `/api/v1/admin/units/tam-ky/publicity?${bad}`, { headers: headers(province) })).status,
          400,
          bad,
        );
      assert.equal(
        (await call(c.url, `/api/v1/admin/units/tam-ky/publicity?${q}`, { headers: headers(ward) })).status,
        404,
      );
    });
  });
}
