// A province's contest across its wards, through real HTTP on PGlite and PostgreSQL: one contest reached
// from every ward's widget, each participant counted in their ward (its round figures, its ideas, its
// periodic report), one ranking and one published result for the whole province, the province's staff
// seeing the wards side by side, and a ward's staff reading the contest without changing it or ever
// seeing another ward's participants.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { call, launch, signIn, storages, useCollector, uuid } from './helpers.js';

const SLUG = 'cchc-da-nang-2026';
type Session = Awaited<ReturnType<typeof signIn>>;
const headers = (s: Session, write = false) => ({ Cookie: s.cookie, ...(write ? { 'X-CSRF-Token': s.csrf } : {}) });
const reg = (over: Record<string, unknown> = {}) => ({
  id: uuid(),
  fullName: 'Trần Thị Bình',
  birthYear: 1990,
  phone: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  place: 'Tổ dân phố 3',
  consent: true,
  ...over,
});

async function sheetRows(body: ArrayBuffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body);
  const rows: string[][] = [];
  wb.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

for (const storage of storages()) {
  describe(`a province's contest on ${storage.name}`, () => {
    const c = useCollector(() =>
      launch(storage, {
        demoData: 'lived-in',
        config: { contestStartsPerIp: 1000, contestSubmitsPerIp: 1000 },
      }),
    );
    let province: Session;
    let ward: Session;
    const publicBase = (unit: string) => `${c.url}/api/v1/units/${unit}/contests/${SLUG}`;
    const wardAdmin = `/api/v1/admin/units/demo/contests`;
    const provinceAdmin = `/api/v1/admin/provinces/48/contests`;
    /** Starts and submits an attempt through `unit`'s widget; the participant's phone. */
    async function takePart(unit: string, over: Record<string, unknown> = {}, idea?: string) {
      const body = reg(over);
      const start = await call(publicBase(unit), '/attempts', { body });
      assert.equal(start.status, 201, JSON.stringify(start.body));
      const answers = Object.fromEntries(
        start.body.questions.map((q: { id: string; options: { id: string }[] }) => [q.id, [q.options[0]?.id]]),
      );
      const done = await call(publicBase(unit), `/attempts/${start.body.id}/submission`, {
        body: { token: start.body.token, answers, prediction: 5, ...(idea && { idea }) },
      });
      assert.equal(done.status, 200);
      return body.phone as string;
    }
    before(async () => {
      await c.db.query(
        "INSERT INTO units (code, name, origins, commune_code, province_code) VALUES ('ba-dinh', 'UBND phường Ba Đình', '{}', '00004', '01')",
      );
      const accounts = c.admin as NonNullable<typeof c.admin>;
      province = await signIn(c.url, accounts.province);
      ward = await signIn(c.url, accounts);
    });

    it("opens the one contest from every ward's widget, listing the wards, and from no other province's", async () => {
      const fromDemo = await call(publicBase('demo'), '');
      const fromTamKy = await call(publicBase('tam-ky'), '');
      assert.equal(fromDemo.status, 200);
      assert.deepEqual(fromDemo.body, fromTamKy.body);
      assert.deepEqual(fromDemo.body.wards.map((w: { code: string }) => w.code).sort(), ['demo', 'tam-ky']);
      assert.equal((await call(publicBase('ba-dinh'), '')).status, 404);
      // The ward's own contest lists no wards.
      assert.equal((await call(`${c.url}/api/v1/units/demo/contests/tim-hieu-cchc-2026`, '')).body.wards, undefined);
    });

    it('counts each participant in the ward they came through or chose, and refuses a ward of another province', async () => {
      const mine = await takePart('demo', {}, 'Ý kiến của người dân phường Bàn Thạch.');
      const theirs = await takePart('tam-ky', {}, 'Ý kiến của người dân phường Tam Kỳ.');
      const chose = await takePart('demo', { ward: 'tam-ky' });
      const rows = await c.db.query<{ phone: string; ward: string }>(
        'SELECT phone, ward FROM contest_participants WHERE phone = ANY($1::text[])',
        [[mine, theirs, chose]],
      );
      assert.deepEqual(Object.fromEntries(rows.map((r) => [r.phone, r.ward])), {
        [mine]: 'demo',
        [theirs]: 'tam-ky',
        [chose]: 'tam-ky',
      });
      const foreign = await call(publicBase('demo'), '/attempts', { body: reg({ ward: 'ba-dinh' }) });
      assert.equal(foreign.status, 409);
      assert.match(foreign.body.message.vi, /không thuộc tỉnh/);
    });

    it("lists a province's wards by their 2025 names for the ward picker, to any page, and no other province's", async () => {
      const list = await call(c.url, '/api/v1/provinces/48/wards', { headers: { Origin: 'https://tinh.example' } });
      assert.equal(list.status, 200);
      assert.deepEqual(list.body, {
        province: { code: '48', name: 'Thành phố Đà Nẵng' },
        wards: [
          { code: 'demo', name: 'Phường Bàn Thạch' },
          { code: 'tam-ky', name: 'Phường Tam Kỳ' },
        ],
      });
      assert.ok(list.body.wards.every((w: { name: string }) => w.name === w.name.normalize('NFC')));
      assert.equal(list.headers.get('access-control-allow-origin'), '*');
      assert.match(list.headers.get('cache-control') ?? '', /public, max-age=\d+/);
      const hanoi = await call(c.url, '/api/v1/provinces/01/wards');
      assert.deepEqual(hanoi.body.wards, [{ code: 'ba-dinh', name: 'Phường Ba Đình' }]);
      for (const bad of ['99', '4', 'x1', '48%27'])
        assert.equal((await call(c.url, `/api/v1/provinces/${bad}/wards`)).status, 404, bad);
      const openapi = await call(c.url, '/api/v1/openapi.json');
      assert.ok(openapi.body.paths['/api/v1/provinces/{province}/wards']?.get);
    });

    it("shows the province the wards side by side, and a ward's staff their own ward only, read-only", async () => {
      const all = await call(c.url, `${provinceAdmin}/${SLUG}`, { headers: headers(province) });
      assert.equal(all.status, 200);
      assert.equal(all.body.readOnly, false);
      const open = all.body.rounds.at(-1);
      const byWard = Object.fromEntries(
        open.byWard.map((w: { ward: string; participants: number }) => [w.ward, w.participants]),
      );
      assert.deepEqual(byWard, { demo: 1, 'tam-ky': 2 });
      assert.equal(open.participants, 3);
      const past = all.body.rounds[0];
      assert.equal(past.participants, 36);

      const own = await call(c.url, `${wardAdmin}/${SLUG}`, { headers: headers(ward) });
      assert.equal(own.status, 200);
      assert.equal(own.body.readOnly, true);
      const wardOpen = own.body.rounds.at(-1);
      assert.equal(wardOpen.participants, 1);
      assert.deepEqual(
        wardOpen.byWard.map((w: { ward: string }) => w.ward),
        ['demo'],
      );
      assert.equal(own.body.rounds[0].participants, 18, 'half the past round came through phường Bàn Thạch');
      assert.ok(own.body.ideas.some((i: { text: string }) => /Bàn Thạch/.test(i.text)));
      assert.ok(!JSON.stringify(own.body).includes('Tam Kỳ.'), "never another ward's ideas");
      const list = await call(c.url, wardAdmin, { headers: headers(ward) });
      assert.deepEqual(
        list.body.map((x: { slug: string; readOnly?: boolean }) => [x.slug, !!x.readOnly]),
        [
          ['tim-hieu-cchc-2026', false],
          [SLUG, true],
        ],
      );
    });

    it("refuses every change a ward's staff try on the province's contest", async () => {
      const stats = await call(c.url, `${provinceAdmin}/${SLUG}`, { headers: headers(province) });
      const round = stats.body.rounds.at(-1).id as string;
      const settings = {
        slug: SLUG,
        title: 'Cuộc thi của phường',
        rules: '',
        prediction: '',
        ideas: true,
        requireIdNumber: false,
        places: [],
        attemptsPerRound: 5,
      };
      const tries = [
        call(c.url, wardAdmin, { body: settings, headers: headers(ward, true) }),
        call(c.url, `${wardAdmin}/${SLUG}/rounds`, {
          body: {
            title: 'Đợt phụ',
            questionCount: 5,
            durationMinutes: 5,
            opensAt: new Date().toISOString(),
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          },
          headers: headers(ward, true),
        }),
        call(c.url, `${wardAdmin}/${SLUG}/rounds/${round}/bank`, {
          method: 'PUT',
          raw: 'Câu hỏi,Loại\n',
          headers: { ...headers(ward, true), 'Content-Type': 'text/csv' },
        }),
        call(c.url, `${wardAdmin}/${SLUG}/rounds/${round}/publish`, {
          body: { published: true },
          headers: headers(ward, true),
        }),
      ];
      for (const res of await Promise.all(tries)) {
        assert.equal(res.status, 403, JSON.stringify(res.body));
        assert.equal(res.body.error, 'read_only');
      }
      const after = await c.db.query<{ title: string; n: string }>(
        `SELECT c.title, (SELECT count(*) FROM contest_rounds r WHERE r.unit = c.unit AND r.contest = c.slug) AS n
         FROM contests c WHERE c.slug = $1`,
        [SLUG],
      );
      assert.equal(after.length, 1, 'no ward contest under the same code');
      assert.match(after[0]?.title ?? '', /Đà Nẵng/);
      assert.equal(Number(after[0]?.n), 2);
      // The bank stays readable.
      const bank = await call(c.url, `${wardAdmin}/${SLUG}/rounds/${round}/bank`, { headers: headers(ward) });
      assert.equal(bank.body.length, 20);
    });

    it('ranks the whole province in one published result, and gives a ward its own winners only', async () => {
      const stats = await call(c.url, `${provinceAdmin}/${SLUG}`, { headers: headers(province) });
      const past = stats.body.rounds[0];
      const results = await call(publicBase('tam-ky'), `/rounds/${past.id}/results`);
      assert.equal(results.status, 200);
      assert.equal(results.body.participants, 36);
      assert.deepEqual([...new Set(results.body.entries.map((e: { ward: string }) => e.ward))].sort(), [
        'UBND phường Bàn Thạch',
        'UBND phường Tam Kỳ',
      ]);
      assert.deepEqual((await call(publicBase('demo'), `/rounds/${past.id}/results`)).body, results.body);
      assert.doesNotMatch(JSON.stringify(results.body), /09\d{8}|0900/);

      const file = async (s: Session, path: string) => {
        const res = await fetch(`${c.url}${path}/${SLUG}/rounds/${past.id}/winners.xlsx`, { headers: headers(s) });
        assert.equal(res.status, 200);
        return sheetRows(await res.arrayBuffer());
      };
      const ranked = (rows: string[][]) => rows.filter((r) => /^\d+$/.test(r[0] ?? ''));
      const whole = ranked(await file(province, provinceAdmin));
      const own = ranked(await file(ward, wardAdmin));
      assert.equal(whole.length, 36);
      assert.equal(own.length, 18);
      assert.ok(
        own.every((r) => r[5] === 'UBND phường Bàn Thạch'),
        "only the ward's own participants",
      );
      // Their ranks are the province's.
      const ranks = new Map(whole.map((r) => [r[3], r[0]]));
      for (const r of own) assert.equal(r[0], ranks.get(r[3]));
    });

    it("counts only the ward's own participants in its periodic report", async () => {
      const year = new Date().getFullYear();
      const report = await call(c.url, `/api/v1/admin/units/demo/report?period=year&year=${year}`, {
        headers: headers(ward),
      });
      const line = report.body.contests.find((x: { title: string }) => /Đà Nẵng/.test(x.title));
      assert.ok(line, JSON.stringify(report.body.contests));
      const [count] = await c.db.query<{ n: string }>(
        "SELECT count(DISTINCT participant_id) AS n FROM contest_attempts WHERE contest = $1 AND ward = 'demo' AND submitted_at IS NOT NULL",
        [SLUG],
      );
      assert.equal(line.participants, Number(count?.n));
      assert.equal(line.participants, 19, '18 past and 1 today, the ward chosen by the third counted elsewhere');
    });

    it("counts the province's contest once in the province's totals, however many of its wards took part", async () => {
      await takePart('tam-ky');
      const year = new Date().getFullYear();
      const q = `period=year&year=${year}`;
      const report = await call(c.url, `/api/v1/admin/provinces/48/publicity?${q}`, { headers: headers(province) });
      assert.equal(report.status, 200, JSON.stringify(report.body));
      const byWard = report.body.wards.map((w: { contests: { contests: number } }) => w.contests.contests);
      const [held] = await c.db.query<{ n: string }>(
        `SELECT count(DISTINCT (unit, contest)) AS n FROM contest_attempts
         WHERE submitted_at IS NOT NULL AND ward IN ('demo', 'tam-ky') AND submitted_at >= make_date($1, 1, 1)`,
        [year],
      );
      assert.ok(
        byWard.filter((n: number) => n > 0).length >= 2,
        `both wards took part this year: ${JSON.stringify(byWard)}`,
      );
      assert.equal(report.body.total.contests.contests, Number(held?.n));
      assert.ok(report.body.total.contests.contests < byWard.reduce((a: number, b: number) => a + b, 0));
      const dashboard = await call(c.url, `/api/v1/admin/provinces/48/dashboard?${q}`, { headers: headers(province) });
      assert.equal(dashboard.body.total.contests.contests, Number(held?.n));
    });

    it('lets the province create contests under codes no ward of it uses, which its wards then read', async () => {
      const settings = (slug: string) => ({
        slug,
        title: 'Cuộc thi tìm hiểu Luật Căn cước',
        rules: '',
        prediction: '',
        ideas: false,
        requireIdNumber: false,
        places: [],
        attemptsPerRound: 1,
      });
      const taken = await call(c.url, provinceAdmin, {
        body: settings('tim-hieu-cchc-2026'),
        headers: headers(province, true),
      });
      assert.equal(taken.status, 409);
      const noCsrf = await call(c.url, provinceAdmin, { body: settings('luat-can-cuoc'), headers: headers(province) });
      assert.equal(noCsrf.status, 403);
      const made = await call(c.url, provinceAdmin, {
        body: settings('luat-can-cuoc'),
        headers: headers(province, true),
      });
      assert.equal(made.status, 200);
      const list = await call(c.url, wardAdmin, { headers: headers(ward) });
      assert.ok(list.body.some((x: { slug: string; readOnly?: boolean }) => x.slug === 'luat-can-cuoc' && x.readOnly));
      // A ward's staff never reach the province's routes.
      assert.equal((await call(c.url, provinceAdmin, { headers: headers(ward) })).status, 404);
    });

    it("takes part from the province's own site once the province lists it, with no ward listing it", async () => {
      const site = 'https://dichvucong.danang.example';
      const from = { Origin: site };
      const before = await call(publicBase('tam-ky'), '', { headers: from });
      assert.equal(before.headers.get('access-control-allow-origin'), null);
      assert.equal((await call(publicBase('tam-ky'), '/attempts', { headers: from, body: reg() })).status, 403);
      await c.db.query("UPDATE provinces SET origins = ARRAY[$1] WHERE code = '48'", [site]);
      try {
        // Every ward of the province, served at once (the change is announced, nothing waits for a cache).
        for (const unit of ['tam-ky', 'demo']) {
          const now = await call(publicBase(unit), '', { headers: from });
          assert.equal(now.headers.get('access-control-allow-origin'), site, unit);
        }
        const start = await call(publicBase('tam-ky'), '/attempts', { headers: from, body: reg() });
        assert.equal(start.status, 201);
        // Another origin is still refused.
        const other = { Origin: 'https://elsewhere.example' };
        assert.equal((await call(publicBase('tam-ky'), '/attempts', { headers: other, body: reg() })).status, 403);
      } finally {
        await c.db.query("UPDATE provinces SET origins = '{}' WHERE code = '48'");
      }
      const after = await call(publicBase('tam-ky'), '', { headers: from });
      assert.equal(after.headers.get('access-control-allow-origin'), null);
    });
  });
}
