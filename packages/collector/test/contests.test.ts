// Contests through real HTTP on PGlite and PostgreSQL: no answer reaches the browser before submission,
// one open attempt per person and the round's attempt limit, a submission graded once however often it
// is delivered, bad input as field-by-field 400s, staff import (all or nothing), publishing, winners,
// and the public results with masked names and no phone number.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { call, launch, signIn, storages, useCollector, uuid } from './helpers.js';

const SLUG = 'tim-hieu-cchc-2026';
const reg = (over: Record<string, unknown> = {}) => ({
  id: uuid(),
  fullName: 'Nguyễn Văn An',
  birthYear: 1985,
  phone: '0900 123 456',
  place: 'Tổ dân phố 5',
  consent: true,
  ...over,
});

for (const storage of storages()) {
  describe(`contests on ${storage.name}`, () => {
    const c = useCollector(() =>
      launch(storage, {
        demoData: 'lived-in',
        config: { contestStartsPerIp: 1000, contestSubmitsPerIp: 1000 },
      }),
    );
    let base = '';
    before(async () => {
      base = `${c.url}/api/v1/units/demo/contests/${SLUG}`;
    });

    it('describes the contest and its open round without a single answer', async () => {
      const info = await call(base, '');
      assert.equal(info.status, 200);
      assert.equal(info.body.round.questionCount, 10);
      assert.equal(info.body.published.length, 1, 'the lived-in demo has a published past round');
      const start = await call(base, '/attempts', { body: reg() });
      assert.equal(start.status, 201);
      assert.equal(start.body.questions.length, 10);
      assert.doesNotMatch(JSON.stringify([info.body, start.body]), /"correct"|"key"/);
      assert.ok(Date.parse(start.body.deadline) - Date.parse(start.body.now) <= 10 * 60_000);
    });

    it('starts the lived-in demo with a running campaign and six months of figures', async () => {
      const unit = `${c.url}/api/v1/units/demo`;
      assert.ok((await call(unit, '/campaigns')).body.length >= 1);
      const summary = await call(unit, '/ratings/summary');
      assert.ok(summary.body.total > 100);
      assert.ok(summary.body.periods.length >= 6);
    });

    it('refuses bad registrations field by field, in both languages', async () => {
      const bad = await call(base, '/attempts', {
        body: reg({ phone: '12345', birthYear: 1800, consent: false, fullName: ' ' }),
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(Object.keys(bad.body.fields).sort(), ['birthYear', 'consent', 'fullName', 'phone']);
      assert.match(bad.body.fields.phone.vi, /Số điện thoại chưa đúng/);
      assert.match(bad.body.fields.phone.en, /phone number/);
      const notJson = await call(base, '/attempts', { raw: 'x', headers: { 'Content-Type': 'application/jsonx' } });
      assert.equal(notJson.status, 415);
      const malformed = await call(base, '/attempts', { raw: '{', headers: { 'Content-Type': 'application/json' } });
      assert.equal(malformed.status, 400);
    });

    it('keeps one open attempt per person, grades a submission once, and refuses a wrong token', async () => {
      const phone = '0900 222 333';
      const first = await call(base, '/attempts', { body: reg({ phone }) });
      const second = await call(base, '/attempts', { body: reg({ phone }) });
      assert.equal(second.status, 409);
      assert.match(second.body.message.vi, /lượt thi chưa nộp/);
      // A retry of the same start (same id) gets the same questions back.
      const retry = await call(base, '/attempts', { body: reg({ phone, id: first.body.id }) });
      assert.equal(retry.status, 201);
      assert.deepEqual(retry.body.questions, first.body.questions);
      const answers = Object.fromEntries(
        first.body.questions.map((q: { id: string; options: { id: string }[] }) => [q.id, [q.options[0]?.id]]),
      );
      const url = `/attempts/${first.body.id}/submission`;
      const wrong = await call(base, url, { body: { token: 'x'.repeat(20), answers } });
      assert.equal(wrong.status, 403, 'the first token was replaced by the retry; a made-up one is refused');
      const sent = await call(base, url, {
        body: { token: retry.body.token, answers, prediction: 3, idea: 'Ý kiến thử.' },
      });
      const again = await call(base, url, { body: { token: retry.body.token, answers: {} } });
      assert.equal(sent.status, 200);
      assert.deepEqual(again.body, sent.body, 'a repeat delivery answers the stored result');
      assert.equal(Object.keys(sent.body.key).length, 10);
      assert.ok(sent.body.correct >= 0 && sent.body.correct <= 10);
    });

    it('grades once when many attempts are submitted at once, some delivered twice with other answers', async () => {
      // 30 participants start; then all submit at the same moment, and every third attempt is also
      // delivered a second time at once with different answers (a hostile or confused client). The
      // submissions are read and written in batches: each attempt is stored once, and every answer for it
      // is the stored one.
      type Q = { id: string; options: { id: string }[] };
      const started = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          call(base, '/attempts', { body: reg({ phone: `0911 000 ${String(100 + i)}` }) }),
        ),
      );
      assert.deepEqual(
        started.map((s) => s.status),
        started.map(() => 201),
      );
      const choose = (qs: Q[], pick: number) => Object.fromEntries(qs.map((q) => [q.id, [q.options[pick]?.id ?? '']]));
      const deliveries = started.flatMap((s, i) => {
        const url = `/attempts/${s.body.id}/submission`;
        const once = { url, token: s.body.token, answers: choose(s.body.questions, 0) };
        return i % 3 ? [once] : [once, { ...once, answers: choose(s.body.questions, 1) }];
      });
      const answers = await Promise.all(
        deliveries.map((d) => call(base, d.url, { body: { token: d.token, answers: d.answers } })),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        answers.map(() => 200),
      );
      const ids = started.map((s) => s.body.id as string);
      const rows = await c.db.query<{ id: string; correct: number }>(
        'SELECT id::text AS id, correct FROM contest_attempts WHERE id = ANY($1::uuid[]) AND submitted_at IS NOT NULL',
        [ids],
      );
      assert.equal(rows.length, 30, 'every attempt stored, once');
      const storedOf = new Map(rows.map((r) => [r.id, r.correct]));
      deliveries.forEach((d, i) => {
        const id = d.url.split('/')[2] as string;
        assert.equal(answers[i]?.body.correct, storedOf.get(id), `delivery ${i} answers what was stored`);
      });
    });

    it("tells a participant their rank, and only them, once the round's results are published", async () => {
      const start = await call(base, '/attempts', { body: reg({ phone: '0900 777 888' }) });
      const { id, token, roundId, questions } = start.body;
      const standing = (t: string) => call(base, `/attempts/${id}/standing`, { body: { token: t } });
      assert.equal((await standing(token)).status, 404, 'not submitted yet');
      const answers = Object.fromEntries(
        questions.map((q: { id: string; options: { id: string }[] }) => [q.id, [q.options[0]?.id]]),
      );
      assert.equal((await call(base, `/attempts/${id}/submission`, { body: { token, answers } })).status, 200);
      assert.deepEqual((await standing(token)).body, { published: false });
      assert.equal((await standing('y'.repeat(20))).status, 403);
      // The round closes (as if its week were over) and staff publish it.
      await c.db.query("UPDATE contest_rounds SET closes_at = now() - interval '1 minute' WHERE id = $1", [roundId]);
      const staff = await signIn(c.url, c.admin as { email: string; password: string });
      const published = await call(`${c.url}/api/v1/admin/units/demo/contests/${SLUG}/rounds/${roundId}/publish`, '', {
        headers: { Cookie: staff.cookie, 'X-CSRF-Token': staff.csrf },
        body: { published: true },
      });
      assert.equal(published.status, 200);
      const mine = (await standing(token)).body;
      const results = await call(base, `/rounds/${roundId}/results`);
      assert.equal(mine.published, true);
      assert.equal(mine.participants, results.body.participants);
      assert.ok(mine.rank >= 1 && mine.rank <= mine.participants);
      // Reopen the round for the tests after this one.
      await call(`${c.url}/api/v1/admin/units/demo/contests/${SLUG}/rounds/${roundId}/publish`, '', {
        headers: { Cookie: staff.cookie, 'X-CSRF-Token': staff.csrf },
        body: { published: false },
      });
      await c.db.query("UPDATE contest_rounds SET closes_at = now() + interval '7 days' WHERE id = $1", [roundId]);
    });

    it("lets a person use the round's attempts, then says none is left", async () => {
      const phone = '0900 444 555';
      for (let i = 0; i < 3; i++) {
        const s = await call(base, '/attempts', { body: reg({ phone }) });
        assert.equal(s.status, 201, `attempt ${i + 1}`);
        await call(base, `/attempts/${s.body.id}/submission`, { body: { token: s.body.token, answers: {} } });
      }
      const fourth = await call(base, '/attempts', { body: reg({ phone }) });
      assert.equal(fourth.status, 409);
      assert.match(fourth.body.message.vi, /hết 3 lượt/);
    });

    it('imports a bank all or nothing, publishes a closed round, and exports its winners', async () => {
      const staff = await signIn(c.url, c.admin as { email: string; password: string });
      const headers = { Cookie: staff.cookie, 'X-CSRF-Token': staff.csrf };
      const admin = `${c.url}/api/v1/admin/units/demo/contests/${SLUG}`;
      const stats = await call(admin, '', { headers });
      assert.equal(stats.status, 200);
      const [past, open] = stats.body.rounds;
      assert.equal(past.participants, 36);
      assert.ok(stats.body.ideas.length >= 1);
      // A new round, its bank imported from CSV: a bad row refuses the whole file, by line.
      const round = await call(admin, '/rounds', {
        headers,
        body: {
          title: 'Đợt thử',
          questionCount: 2,
          durationMinutes: 5,
          opensAt: '2026-01-01T00:00:00Z',
          closesAt: '2026-01-02T00:00:00Z',
        },
      });
      assert.equal(round.status, 201);
      const csv = (rows: string) => `Câu hỏi,Phương án A,Phương án B,Đáp án đúng\n${rows}`;
      const put = (body: string) =>
        call(admin, `/rounds/${round.body.id}/bank`, {
          method: 'PUT',
          raw: body,
          headers: { ...headers, 'Content-Type': 'text/csv' },
        });
      const bad = await put(csv('Câu 1?,Có,Không,A\nCâu 2?,Có,Không,C\n'));
      assert.equal(bad.status, 400);
      assert.deepEqual(
        bad.body.rows.map((r: { line: number }) => r.line),
        [3],
      );
      assert.equal(
        (await call(admin, `/rounds/${round.body.id}/bank`, { headers })).body.length,
        0,
        'nothing half-imported',
      );
      const good = await put(csv('Câu 1?,Có,Không,A\nCâu 2?,Có,Không,B\n'));
      assert.equal(good.body.imported, 2);
      // An open round cannot be published; the closed one can, and then its results are public, masked.
      const early = await call(admin, `/rounds/${open.id}/publish`, { headers, body: { published: true } });
      assert.equal(early.status, 409);
      const results = await call(base, `/rounds/${past.id}/results`);
      assert.equal(results.status, 200);
      assert.equal(results.body.participants, 36);
      assert.match(results.body.entries[0].name, /^\p{L}+ (\p{Lu}\. )*\p{Lu}\.$/u);
      assert.doesNotMatch(JSON.stringify(results.body), /0900\d{6}/);
      const winners = await fetch(`${admin}/rounds/${past.id}/winners.xlsx`, { headers });
      assert.equal(winners.status, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await winners.arrayBuffer());
      const sheet = wb.worksheets[0];
      assert.equal(sheet?.getRow(4).getCell(2).text, 'Họ và tên');
      assert.equal(sheet?.rowCount, 4 + 36);
      // The contest joins the periodic report of the months its submissions fall in.
      const now = new Date();
      const report = await call(`${c.url}/api/v1/admin/units/demo/report?period=year&year=${now.getFullYear()}`, '', {
        headers,
      });
      const contest = report.body.contests.find((x: { title: string }) => x.title.includes('cải cách hành chính'));
      assert.ok(contest.participants >= 3, 'the attempts submitted by the tests above count');
      // Another unit's staff path is not found (tenancy).
      const other = await call(`${c.url}/api/v1/admin/units/khac/contests/${SLUG}`, '', { headers });
      assert.equal(other.status, 404);
    });

    it('lists the contest routes in the OpenAPI document, generated from their schemas', async () => {
      const doc = await call(c.url, '/api/v1/openapi.json');
      const start = doc.body.paths['/api/v1/units/{unit}/contests/{slug}/attempts'].post;
      assert.deepEqual(Object.keys(start.requestBody.content['application/json'].schema.properties).sort(), [
        'birthYear',
        'consent',
        'fullName',
        'id',
        'idNumber',
        'phone',
        'place',
        'ward',
        'workplace',
      ]);
    });
  });

  describe(`the submission limit per address on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage, { config: { contestSubmitsPerIp: 3 } }));

    it('counts every delivery, refuses past the limit with 429 whatever the attempt, and keeps the grade', async () => {
      const base = `${c.url}/api/v1/units/demo/contests/${SLUG}`;
      const start = await call(base, '/attempts', { body: reg({ phone: '0900 321 654' }) });
      assert.equal(start.status, 201);
      const { id, token, questions } = start.body;
      const answers = Object.fromEntries(
        questions.map((q: { id: string; options: { id: string }[] }) => [q.id, [q.options[0]?.id]]),
      );
      const submit = (attempt: string) => call(base, `/attempts/${attempt}/submission`, { body: { token, answers } });
      const first = await submit(id);
      assert.equal(first.status, 200);
      assert.equal((await submit(uuid())).status, 404, 'an unknown attempt within the limit is not found');
      assert.equal((await submit(id)).body.correct, first.body.correct, 'a repeat answers the stored grade');
      // The fourth delivery from this address: refused before anything about the attempt is told.
      for (const attempt of [id, uuid(), 'not-an-id']) {
        const refused = await submit(attempt);
        assert.equal(refused.status, 429, attempt);
        assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      }
      const [row] = await c.db.query<{ correct: number }>(
        'SELECT correct FROM contest_attempts WHERE id = $1 AND submitted_at IS NOT NULL',
        [id],
      );
      assert.equal(row?.correct, first.body.correct);
    });
  });
}
