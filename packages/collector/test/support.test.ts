// Support points, teams and home visits through real HTTP on PGlite and PostgreSQL: the demo's points
// read publicly; a request is idempotent by its id and answered only to the same phone; bad input as
// field-by-field 400s; the per-address limit; follow-up by receipt code and phone; the staff workflow
// (assign, schedule, close) with its rules; a team's day; points saved and imported all or nothing;
// tenancy; the OpenAPI document.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { call, launch, storages, useCollector, uuid } from './helpers.js';

const visit = (over: Record<string, unknown> = {}) => ({
  id: uuid(),
  name: 'Trần Thị Bình',
  phone: '0905 111 222',
  address: '12 kiệt 5 Phan Bội Châu, Tổ dân phố 3',
  need: 'kich-hoat-vneid',
  preferredTime: 'Tối thứ Bảy, sau 19 giờ',
  consent: true,
  ...over,
});

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
  describe(`support on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage, { config: { homeVisitsIpPerHour: 4 } }));
    let unit = '';
    let admin = '';
    let staff: Record<string, string> = {};
    before(async () => {
      unit = `${c.url}/api/v1/units/demo`;
      admin = `${c.url}/api/v1/admin/units/demo`;
      staff = await signIn(c.url, c.admin as { email: string; password: string });
    });

    it("lists the demo ward's points and teams publicly, with hours and services", async () => {
      const res = await call(unit, '/support-points');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('cache-control') ?? '', /public/);
      const kinds = new Set(res.body.points.map((p: { kind: string }) => p.kind));
      assert.deepEqual([...kinds].sort(), ['bo-phan-mot-cua', 'diem-ho-tro-24h', 'to-cong-nghe-so']);
      const counter = res.body.points.find((p: { kind: string }) => p.kind === 'bo-phan-mot-cua');
      assert.equal(counter.hours.weekly.length, 3);
      assert.ok(counter.services.includes('kich-hoat-vneid'));
      assert.equal((await call(`${c.url}/api/v1/units/nope`, '/support-points')).status, 404);
    });

    it('takes a home-visit request once however often it is sent, and answers its receipt only to the same phone', async () => {
      const body = visit();
      const first = await call(unit, '/home-visits', { body });
      assert.equal(first.status, 201);
      assert.match(first.body.receiptCode, /^HT-[2-9A-HJKMNP-TV-Z]{6}$/);
      const again = await call(unit, '/home-visits', { body });
      assert.equal(again.status, 200);
      assert.equal(again.body.receiptCode, first.body.receiptCode);
      const other = await call(unit, '/home-visits', { body: { ...body, phone: '0905 999 888' } });
      assert.equal(other.status, 409);
      assert.doesNotMatch(JSON.stringify(other.body), /HT-/);
      const code = first.body.receiptCode.toLowerCase().replace('-', ' ');
      const found = await call(`${c.url}/api/v1/home-visits/`, `${encodeURIComponent(code)}?phone=0905111222`);
      assert.equal(found.status, 200);
      assert.equal(found.body.status, 'moi');
      assert.equal(found.body.history.length, 1);
      assert.doesNotMatch(
        JSON.stringify(found.body),
        /Trần Thị Bình|Phan Bội Châu/,
        'no personal data in the follow-up',
      );
      const wrongPhone = await call(`${c.url}/api/v1/home-visits/`, `${first.body.receiptCode}?phone=0905999888`);
      assert.equal(wrongPhone.status, 404);
    });

    it('refuses bad requests field by field, in both languages', async () => {
      const bad = await call(unit, '/home-visits', {
        body: visit({ phone: '123', need: 'sua-nha', consent: false, name: ' ', preferredTime: '' }),
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(Object.keys(bad.body.fields).sort(), ['consent', 'name', 'need', 'phone', 'preferredTime']);
      assert.match(bad.body.fields.consent.vi, /đồng ý/);
      assert.match(bad.body.fields.phone.en, /phone number/);
      assert.equal(
        (await call(unit, '/home-visits', { raw: '{', headers: { 'Content-Type': 'application/json' } })).status,
        400,
      );
      assert.equal(
        (await call(unit, '/home-visits', { raw: '[]', headers: { 'Content-Type': 'application/json' } })).status,
        400,
      );
    });

    it('limits requests per address, and a retry of a received one still gets its receipt', async () => {
      const ip = { 'X-Forwarded-For': '203.0.113.9' };
      // The collector trusts no proxy here: every test request is one address; count what is left.
      const statuses: number[] = [];
      let last: { body: unknown } | undefined;
      for (let i = 0; i < 6; i++) {
        const body = visit();
        const r = await call(unit, '/home-visits', { body, headers: ip });
        statuses.push(r.status);
        if (r.status === 201) last = { body };
      }
      assert.ok(statuses.includes(429), `statuses: ${statuses}`);
      assert.ok(last, 'some were received before the limit');
      const retry = await call(unit, '/home-visits', { body: last.body, headers: ip });
      assert.equal(retry.status, 200);
    });

    it('lets staff assign, schedule and close a request, in the workflow order, and list a team’s day', async () => {
      const points = (await call(unit, '/support-points')).body.points as { id: string; kind: string }[];
      const team = points.find((p) => p.kind === 'to-cong-nghe-so')?.id as string;
      const list = await call(admin, '/home-visits?status=moi', { headers: staff });
      assert.equal(list.status, 200);
      const item = list.body.visits[0];
      assert.ok(item.phone, 'staff see the contact details');
      const step = (body: unknown) => call(admin, `/home-visits/${item.id}`, { headers: staff, body });
      assert.equal((await step({ status: 'da-xong' })).status, 409, 'not done before it is assigned');
      assert.equal((await step({ status: 'da-phan-cong', team: uuid() })).status, 404, 'a team of the unit');
      const noNote = await step({ status: 'khong-ho-tro-duoc' });
      assert.equal(noNote.status, 400);
      assert.ok(noNote.body.fields.note);
      assert.equal((await step({ status: 'da-phan-cong', team })).status, 200);
      const at = '2026-12-12T12:30:00.000Z'; // 19:30 in Vietnam
      assert.equal((await step({ status: 'da-hen', scheduledAt: at })).status, 200);
      const day = await call(admin, `/support-points/${team}/visits?date=2026-12-12`, { headers: staff });
      assert.equal(day.status, 200);
      assert.deepEqual(
        day.body.visits.map((v: { id: string }) => v.id),
        [item.id],
      );
      const nextDay = await call(admin, `/support-points/${team}/visits?date=2026-12-13`, { headers: staff });
      assert.equal(nextDay.body.visits.length, 0);
      assert.equal(
        (await call(admin, `/support-points/${team}/visits?date=12/12/2026`, { headers: staff })).status,
        400,
      );
      assert.equal((await step({ status: 'da-xong', note: 'Đã kích hoạt VNeID mức 2.' })).status, 200);
      assert.equal((await step({ status: 'da-phan-cong', team })).status, 409, 'closed stays closed');
      const followed = await call(`${c.url}/api/v1/home-visits/`, `${item.receiptCode}?phone=${item.phone}`);
      assert.equal(followed.body.status, 'da-xong');
      assert.equal(followed.body.scheduledAt, at);
      assert.equal(followed.body.note, 'Đã kích hoạt VNeID mức 2.');
      assert.deepEqual(
        followed.body.history.map((h: { status: string }) => h.status),
        ['moi', 'da-phan-cong', 'da-hen', 'da-xong'],
      );
      // Without the CSRF token, or without a session, nothing moves.
      const { 'X-CSRF-Token': _, ...cookieOnly } = staff;
      assert.equal(
        (await call(admin, `/home-visits/${item.id}`, { headers: cookieOnly, body: { status: 'da-xong' } })).status,
        403,
      );
      assert.equal((await call(admin, '/home-visits')).status, 401);
    });

    it('saves a point with its hours and exceptions, and refuses bad hours and a taken name', async () => {
      const p = {
        id: uuid(),
        name: 'Điểm hỗ trợ 24h Tổ dân phố 9',
        kind: 'diem-ho-tro-24h',
        address: 'Nhà văn hóa Tổ dân phố 9',
        hours: {
          weekly: [{ days: [1, 2, 3, 4, 5], open: '18:00', close: '21:00' }],
          exceptions: [
            { date: '2026-12-24', hours: [{ open: '18:00', close: '23:00' }], note: 'Mở thêm trước hạn nộp' },
          ],
          holidays: ['2027-01-01'],
        },
        services: ['nop-truc-tuyen'],
        phone: '0905 123 409',
      };
      assert.equal((await call(admin, '/support-points', { headers: staff, body: p })).status, 200);
      const saved = (await call(unit, '/support-points')).body.points.find((x: { id: string }) => x.id === p.id);
      assert.equal(saved.phone, '0905123409');
      assert.equal(saved.hours.exceptions[0].note, 'Mở thêm trước hạn nộp');
      const bad = await call(admin, '/support-points', {
        headers: staff,
        body: {
          ...p,
          id: uuid(),
          name: 'Khác',
          hours: { weekly: [{ days: [8], open: '25:00', close: '21:00' }] },
          services: [],
        },
      });
      assert.equal(bad.status, 400);
      assert.ok(bad.body.fields['hours.weekly.0.open']);
      assert.ok(bad.body.fields.services);
      const taken = await call(admin, '/support-points', { headers: staff, body: { ...p, id: uuid() } });
      assert.equal(taken.status, 409);
      assert.equal((await call(admin, `/support-points/${p.id}`, { method: 'DELETE', headers: staff })).status, 204);
      assert.equal((await call(admin, `/support-points/${p.id}`, { method: 'DELETE', headers: staff })).status, 404);
    });

    it('imports points from CSV or XLSX all or nothing, with every problem by line', async () => {
      const put = (raw: BodyInit, type: string) =>
        fetch(`${admin}/support-points`, { method: 'PUT', headers: { ...staff, 'Content-Type': type }, body: raw });
      const header = 'Tên điểm,Loại,Địa chỉ,Giờ mở cửa,Hỗ trợ,Điện thoại,Ngày nghỉ';
      const badCsv = [
        header,
        'Điểm A,Điểm hỗ trợ 24h,Nhà văn hóa A,"T2-T6 18:00-21:00","Kích hoạt VNeID",0905000001,',
        'Điểm B,Nhà sách,Nhà văn hóa B,"T2-T6 18:00-21:00","Kích hoạt VNeID",0905000002,',
        'Điểm C,Điểm hỗ trợ 24h,Nhà văn hóa C,"mở buổi tối","Kích hoạt VNeID",0905000003,',
        'Điểm D,Điểm hỗ trợ 24h,Nhà văn hóa D,"24/7","Kích hoạt VNeID",0905000004,31/02/2027',
      ].join('\n');
      const refused = await put(badCsv, 'text/csv');
      assert.equal(refused.status, 400);
      const problems = (await refused.json()) as { rows: { line: number; message: { vi: string } }[] };
      assert.deepEqual(
        problems.rows.map((r) => r.line),
        [3, 4, 5],
      );
      assert.match(problems.rows[0]?.message.vi ?? '', /^Loại:/);
      assert.match(problems.rows[1]?.message.vi ?? '', /Giờ mở cửa/);
      const names = async () => (await call(unit, '/support-points')).body.points.map((p: { name: string }) => p.name);
      assert.ok(!(await names()).includes('Điểm A'), 'nothing imported');

      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Điểm');
      ws.addRow(header.split(','));
      ws.addRow([
        'Điểm A',
        'Điểm hỗ trợ 24h',
        'Nhà văn hóa A',
        'Hằng ngày 18:00-21:00',
        'Kích hoạt VNeID, Nộp hồ sơ trực tuyến',
        '0905000001',
        '01/01/2027',
      ]);
      ws.addRow([
        'Điểm hỗ trợ 24h Tổ dân phố 3',
        'diem-ho-tro-24h',
        'Nhà văn hóa mới',
        'T2-T7 18:00-22:00',
        'Nộp hồ sơ trực tuyến',
        '0905123403',
        '',
      ]);
      const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
      const done = await put(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      assert.equal(done.status, 200);
      assert.deepEqual(await done.json(), { added: 1, updated: 1 });
      const points = (await call(unit, '/support-points')).body.points as {
        name: string;
        address: string;
        hours: { holidays?: string[] };
      }[];
      assert.equal(points.find((p) => p.name === 'Điểm A')?.hours.holidays?.[0], '2027-01-01');
      assert.equal(points.find((p) => p.name === 'Điểm hỗ trợ 24h Tổ dân phố 3')?.address, 'Nhà văn hóa mới');
      assert.equal((await put('x', 'text/plain')).status, 415);
      const template = await fetch(`${c.url}/api/v1/admin/support-points-template.xlsx`, { headers: staff });
      assert.equal(template.status, 200);
      const read = new ExcelJS.Workbook();
      await read.xlsx.load(await template.arrayBuffer());
      assert.equal(read.worksheets[0]?.getRow(1).getCell(1).text, 'Tên điểm');
    });

    it("keeps another unit's staff out and lists the endpoints in OpenAPI", async () => {
      assert.equal((await call(`${c.url}/api/v1/admin/units/other`, '/home-visits', { headers: staff })).status, 404);
      const spec = (await call(c.url, '/api/v1/openapi.json')).body;
      for (const path of [
        '/api/v1/units/{unit}/support-points',
        '/api/v1/units/{unit}/home-visits',
        '/api/v1/home-visits/{code}',
        '/api/v1/admin/units/{unit}/support-points',
        '/api/v1/admin/units/{unit}/home-visits/{id}',
      ])
        assert.ok(spec.paths[path], path);
    });
  });
}
