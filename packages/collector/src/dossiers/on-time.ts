/**
 * Tỷ lệ hồ sơ giải quyết đúng hạn: of the dossiers whose result was ready (chờ trả / đã trả kết quả) in a
 * period, how many were ready by their due date, overall, by procedure and by month (Vietnam days).
 */
import type { Queryable } from '../storage/database.js';
import { TZ, vnDaysWhere, vnPeriod } from '../storage/vietnam-days.js';

export interface OnTimeLine {
  key: string;
  resolved: number;
  onTime: number;
  onTimeRate: number;
}

const ON_TIME = `(resolved_at AT TIME ZONE '${TZ}')::date <= due_date`;

async function linesBy(db: Queryable, key: string, unit: string, from: string, to: string): Promise<OnTimeLine[]> {
  const rows = await db.query<{ key: string; resolved: number; on_time: number }>(
    `SELECT ${key} AS key, count(*)::int AS resolved, count(*) FILTER (WHERE ${ON_TIME})::int AS on_time
       FROM dossiers WHERE unit = $1 AND resolved_at IS NOT NULL AND ${vnDaysWhere('resolved_at', 2, 3)}
      GROUP BY 1 ORDER BY 1`,
    [unit, from, to],
  );
  return rows.map((r) => ({
    key: r.key,
    resolved: r.resolved,
    onTime: r.on_time,
    onTimeRate: r.resolved ? r.on_time / r.resolved : 0,
  }));
}

export async function onTimeFigures(db: Queryable, unit: string, from: string, to: string) {
  const [total] = await linesBy(db, "''", unit, from, to);
  return {
    resolved: total?.resolved ?? 0,
    onTime: total?.onTime ?? 0,
    onTimeRate: total?.onTimeRate ?? 0,
    byProcedure: await linesBy(db, "coalesce(procedure, '')", unit, from, to),
    byMonth: await linesBy(db, vnPeriod('resolved_at', 'month'), unit, from, to),
  };
}
