/**
 * Figures for the staff dashboard: satisfaction overall, by month and quarter, procedure, officer and
 * criteria, and the dossiers' on-time rate by procedure and month.
 */
import { onTimeFigures } from '../dossiers/on-time.js';
import { criteriaAverages, ratingsBy, ratingSummary } from '../ratings/summary.js';
import type { Queryable } from '../storage/database.js';

export async function dashboard(db: Queryable, unit: string, from: string, to: string) {
  const monthly = await ratingSummary(db, unit, from, to, 'month');
  const quarterly = await ratingSummary(db, unit, from, to, 'quarter');
  return {
    from,
    to,
    total: monthly.total,
    satisfied: monthly.satisfied,
    satisfiedRate: monthly.satisfiedRate,
    counts: monthly.counts,
    counts5: monthly.counts5,
    byMonth: monthly.periods,
    byQuarter: quarterly.periods,
    byProcedure: await ratingsBy(db, 'procedure', unit, from, to),
    byOfficer: await ratingsBy(db, 'officer', unit, from, to),
    criteria: await criteriaAverages(db, unit, from, to),
    /** Tỷ lệ hồ sơ giải quyết đúng hạn. */
    dossiers: await onTimeFigures(db, unit, from, to),
  };
}
