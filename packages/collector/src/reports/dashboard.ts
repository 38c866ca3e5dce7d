/** Satisfaction figures for the staff dashboard: overall, by month and quarter, procedure, officer, criteria. */
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
  };
}
