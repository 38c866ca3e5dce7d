// The monthly totals of feedback and dossiers (migration 2026-12-07-outcome-months) against counting
// the rows with today's rules (feedback/workflow.ts's CLOSING, FEEDBACK_ANSWER_DAYS): after inserts,
// status changes, an upsert import, deletes and a rolled-back write, on both storages. The province's
// figures read the totals.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CLOSING } from '../src/feedback/workflow.js';
import { FEEDBACK_ANSWER_DAYS, unitFigures } from '../src/reports/publicity.js';
import { TZ } from '../src/storage/vietnam-days.js';
import { launch, storages, useCollector, uuid } from './helpers.js';

const CLOSED = CLOSING.map((s) => `'${s}'`).join(', ');
const month = (column: string) => `date_trunc('month', ${column} AT TIME ZONE '${TZ}')::date::text`;

for (const storage of storages()) {
  describe(`feedback and dossier monthly totals on ${storage.name}`, () => {
    const c = useCollector(() => launch(storage));
    before(async () => {
      await c.db.query("INSERT INTO units (code, name) VALUES ('thang-a', 'Phường A'), ('thang-b', 'Phường B')");
    });

    /** The totals as stored, and as counting the rows gives them; both sorted, zero rows left out. */
    async function both() {
      const stored = {
        feedback: await c.db.query(
          `SELECT unit, month::text, received::int, answered::int, on_time::int FROM feedback_months
           WHERE unit LIKE 'thang-%' AND (received, answered, on_time) <> (0, 0, 0) ORDER BY 1, 2`,
        ),
        dossiers: await c.db.query(
          `SELECT unit, month::text, resolved::int, on_time::int FROM dossier_months
           WHERE unit LIKE 'thang-%' AND (resolved, on_time) <> (0, 0) ORDER BY 1, 2`,
        ),
      };
      const counted = {
        feedback: await c.db.query(
          `SELECT unit, ${month('created_at')} AS month, count(*)::int AS received,
                  (count(*) FILTER (WHERE status IN (${CLOSED})))::int AS answered,
                  (count(*) FILTER (WHERE status IN (${CLOSED})
                     AND answered_at <= created_at + interval '${FEEDBACK_ANSWER_DAYS} days'))::int AS on_time
           FROM feedback WHERE unit LIKE 'thang-%' GROUP BY 1, 2 ORDER BY 1, 2`,
        ),
        dossiers: await c.db.query(
          `SELECT unit, ${month('resolved_at')} AS month, count(*)::int AS resolved,
                  (count(*) FILTER (WHERE (resolved_at AT TIME ZONE '${TZ}')::date <= due_date))::int AS on_time
           FROM dossiers WHERE unit LIKE 'thang-%' AND resolved_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
        ),
      };
      return { stored, counted };
    }

    const feedback = (unit: string, createdAt: string, status = 'moi', answeredAt: string | null = null) =>
      c.db.query(
        `INSERT INTO feedback (id, unit, receipt_code, name, phone, content, consent_at, status, answer, answered_at, created_at)
         VALUES ($1, $2, $3, 'Nguyễn Văn A', '0912345678', 'Nội dung', $4, $5, $6, $7, $4)`,
        [uuid(), unit, `PA-${uuid().slice(0, 8)}`, createdAt, status, answeredAt ? 'Đã trả lời.' : null, answeredAt],
      );

    it('keeps feedback totals equal to counting the rows, month by Vietnam month', async () => {
      // 31 Jan 18:00 UTC is already 1 Feb in Vietnam.
      await feedback('thang-a', '2026-01-31T18:00:00Z');
      await feedback('thang-a', '2026-01-10T03:00:00Z', 'da-tra-loi', '2026-01-12T03:00:00Z');
      await feedback('thang-a', '2026-01-10T03:00:00Z', 'tu-choi', '2026-02-20T03:00:00Z');
      await feedback('thang-b', '2026-03-05T03:00:00Z', 'dang-xu-ly');
      let { stored, counted } = await both();
      assert.deepEqual(stored, counted);
      assert.deepEqual(
        stored.feedback.map((r) => [r.unit, r.month, r.received, r.answered, r.on_time]),
        [
          ['thang-a', '2026-01-01', 2, 2, 1],
          ['thang-a', '2026-02-01', 1, 0, 0],
          ['thang-b', '2026-03-01', 1, 0, 0],
        ],
      );
      // Answered: the item moves from received to answered on time; a deleted one leaves its month.
      await c.db.query(
        "UPDATE feedback SET status = 'da-tra-loi', answered_at = created_at + interval '2 days' WHERE unit = 'thang-b'",
      );
      await c.db.query("DELETE FROM feedback WHERE unit = 'thang-a' AND status = 'tu-choi'");
      ({ stored, counted } = await both());
      assert.deepEqual(stored, counted);
      assert.deepEqual(
        stored.feedback.map((r) => [r.unit, r.month, r.received, r.answered, r.on_time]),
        [
          ['thang-a', '2026-01-01', 1, 1, 1],
          ['thang-a', '2026-02-01', 1, 0, 0],
          ['thang-b', '2026-03-01', 1, 1, 1],
        ],
      );
      // A write rolled back leaves the totals as they were.
      await assert.rejects(
        c.db.tx(async (q) => {
          await q.query("UPDATE feedback SET status = 'moi', answered_at = NULL WHERE unit = 'thang-b'");
          throw new Error('rolled back');
        }),
      );
      assert.deepEqual((await both()).stored, stored);
    });

    it('keeps dossier totals equal to counting the rows through an upsert import, and the figures read them', async () => {
      const upsert = (rows: [code: string, due: string, resolvedAt: string | null][]) =>
        c.db.query(
          `INSERT INTO dossiers (unit, code, received_at, due_date, status, phone_check, resolved_at)
           SELECT 'thang-a', code, '2026-01-02T03:00:00Z', due::date,
                  CASE WHEN resolved IS NULL THEN 'dang-xu-ly' ELSE 'da-tra-ket-qua' END, 'x', resolved::timestamptz
           FROM unnest($1::text[], $2::text[], $3::text[]) AS t (code, due, resolved)
           ON CONFLICT (unit, code) DO UPDATE SET due_date = EXCLUDED.due_date, status = EXCLUDED.status,
             resolved_at = EXCLUDED.resolved_at`,
          [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
        );
      await upsert([
        ['HS-1', '2026-01-20', '2026-01-19T03:00:00Z'],
        // Resolved on 21 Jan in Vietnam (20 Jan 20:00 UTC), a day late.
        ['HS-2', '2026-01-20', '2026-01-20T20:00:00Z'],
        ['HS-3', '2026-01-20', null],
      ]);
      let { stored, counted } = await both();
      assert.deepEqual(stored, counted);
      assert.deepEqual(
        stored.dossiers.map((r) => [r.month, r.resolved, r.on_time]),
        [['2026-01-01', 2, 1]],
      );
      // The next import: one resolved in February, one moved to March, one new and open.
      await upsert([
        ['HS-3', '2026-02-28', '2026-02-10T03:00:00Z'],
        ['HS-1', '2026-03-31', '2026-03-02T03:00:00Z'],
        ['HS-4', '2026-04-30', null],
      ]);
      ({ stored, counted } = await both());
      assert.deepEqual(stored, counted);
      assert.deepEqual(
        stored.dossiers.map((r) => [r.month, r.resolved, r.on_time]),
        [
          ['2026-01-01', 1, 0],
          ['2026-02-01', 1, 1],
          ['2026-03-01', 1, 1],
        ],
      );
      const [a] = await unitFigures(c.db, ['thang-a'], '2026-01-01', '2026-03-31');
      assert.deepEqual(a?.dossiers, { resolved: 3, onTime: 2, onTimeRate: 0.6667 });
      assert.deepEqual(
        [a?.feedback.received, a?.feedback.answered, a?.feedback.onTime],
        [2, 1, 1],
        "the first test's feedback of unit A, January to March",
      );
    });
  });
}
