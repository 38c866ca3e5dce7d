// Findings of the security issue (17) that each failed on the code before its fix, through real HTTP on
// PGlite and PostgreSQL: the server owns time, dates out of range are 400s, attachments are stored under
// a server-made name and refused when their bytes are not wholly one type, sign-in failures slow the
// guesser without locking the owner out, and a known feedback id does not hand its receipt to another phone.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createStaff } from '../src/index.js';
import { openPeriodStart, recordedAt } from '../src/ratings/created-at.js';
import { call, feedbackBody, launch, storages, useCollector, uuid } from './helpers.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd3ae70000000049454e44ae426082',
  'hex',
);

describe('the server owns time', () => {
  const now = Date.parse('2026-12-03T05:00:00Z');
  it('keeps a hint up to a week back within the open month, and uses its own clock otherwise', () => {
    const twoDays = new Date(now - 2 * 86_400_000);
    assert.equal(recordedAt(twoDays, now).getTime(), twoDays.getTime());
    // Four days back is November: that month's report is closed.
    assert.equal(recordedAt(new Date(now - 4 * 86_400_000), now).getTime(), now);
    assert.equal(recordedAt(new Date(now + 3_600_000), now).getTime(), now);
    assert.equal(recordedAt(undefined, now).getTime(), now);
    // December starts at 00:00 in Vietnam, 17:00 UTC the day before.
    assert.equal(new Date(openPeriodStart(now)).toISOString(), '2026-11-30T17:00:00.000Z');
  });
});

for (const storage of storages()) {
  describe(`security findings on ${storage.name}`, () => {
    const c = useCollector(() =>
      launch(storage, {
        config: { rateIpPerMinute: 100_000, rateUnitPerMinute: 100_000, feedbackIpPerHour: 1000 },
      }),
    );
    let base = '';
    before(async () => {
      base = c.url;
      await c.db.tx((q) =>
        createStaff(q, {
          email: 'canbo@demo.example',
          name: 'Cán bộ',
          password: 'mat-khau-dung-2026',
          role: 'unit',
          units: ['demo'],
        }),
      );
    });

    it('answers 400, never 5xx, to dates out of range in bodies and queries', async () => {
      for (const createdAt of ['0000-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00Z'])
        assert.equal(
          (await call(base, '/api/v1/units/demo/ratings', { body: { id: uuid(), scale: 3, score: 3, createdAt } }))
            .status,
          400,
          createdAt,
        );
      assert.equal((await call(base, '/api/v1/units/demo/ratings/summary?from=0000-01-01')).status, 400);
      assert.equal((await call(base, '/api/v1/units/demo/ratings/summary?to=9999-12-31')).status, 400);
    });

    it('records a rating dated in a closed month at the time it arrives', async () => {
      const id = uuid();
      const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
      assert.equal(
        (await call(base, '/api/v1/units/demo/ratings', { body: { id, scale: 3, score: 3, createdAt: old } })).status,
        201,
      );
      const [row] = await c.db.query<{ created_at: Date }>('SELECT created_at FROM ratings WHERE id = $1', [id]);
      assert.ok(Math.abs(new Date(row?.created_at as Date).getTime() - Date.now()) < 60_000);
    });

    it('stores attachments under a server-made name and refuses a PNG header followed by a web page', async () => {
      const polyglot = Buffer.concat([PNG.subarray(0, 16), Buffer.from('<html><script>alert(1)</script></html>')]);
      const refused = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ attachments: [{ name: 'x.html', type: 'image/png', data: polyglot.toString('base64') }] }),
      });
      assert.equal(refused.status, 415);
      const ok = await call(base, '/api/v1/units/demo/feedback', {
        body: feedbackBody({ attachments: [{ name: 'x.hta', type: 'image/png', data: PNG.toString('base64') }] }),
      });
      assert.equal(ok.status, 201);
      const rows = await c.db.query<{ name: string }>(
        'SELECT a.name FROM attachments a JOIN feedback f ON f.id = a.feedback_id WHERE f.receipt_code = $1',
        [ok.body.receiptCode],
      );
      assert.deepEqual(
        rows.map((r) => r.name),
        ['tep-dinh-kem-1.png'],
      );
    });

    it("does not give a known feedback id's receipt to another phone", async () => {
      const body = feedbackBody();
      const first = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(first.status, 201);
      const same = await call(base, '/api/v1/units/demo/feedback', { body });
      assert.equal(same.body.receiptCode, first.body.receiptCode);
      const other = await call(base, '/api/v1/units/demo/feedback', {
        body: { ...body, name: 'Kẻ khác', phone: '0987 654 321' },
      });
      assert.equal(other.status, 409);
      assert.equal(other.body.receiptCode, undefined);
    });

    it('lets the owner sign in after five wrong guesses from elsewhere (a slow lane, not a lockout)', async () => {
      const login = (password: string) =>
        call(base, '/api/v1/admin/login', { body: { email: 'canbo@demo.example', password } });
      for (let i = 0; i < 5; i++) assert.equal((await login(`sai-${i}`)).status, 401);
      assert.equal((await login('mat-khau-dung-2026')).status, 200);
      // The failures stay counted for their 15 minutes: one try per 20-second window. Two more tries at
      // once fall in that window or the next (never two later ones), so one of them waits its turn.
      const again = [(await login('mat-khau-dung-2026')).status, (await login('mat-khau-dung-2026')).status];
      assert.ok(again.includes(429), `within the slow lane, one try per 20 s window: ${again}`);
    });

    it('spends the same password work on an unknown e-mail as on a known one', async () => {
      const time = async (email: string) => {
        const started = performance.now();
        await call(base, '/api/v1/admin/login', { body: { email, password: 'khong-dung-mat-khau' } });
        return performance.now() - started;
      };
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        known.push(await time(`canbo2-${i}@demo.example`.replace(`2-${i}`, '')));
        unknown.push(await time(`khong-co-${i}@demo.example`));
      }
      // Before the fix an unknown e-mail answered in about 3 % of a known one's time.
      assert.ok(median(unknown) > median(known) * 0.4, `unknown ${median(unknown)} ms, known ${median(known)} ms`);
    });
  });
}
