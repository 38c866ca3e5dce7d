/**
 * The satisfaction figures of a unit over Vietnam days: counts per level on both scales, the satisfied
 * share, by month or quarter; and the breakdowns the dashboard adds (procedure, officer, criteria).
 */
import { isSatisfied, type RatingScale } from '@motcua/core';
import type { Queryable } from '../storage/database.js';
import { vnDaysWhere, vnPeriod } from '../storage/vietnam-days.js';
import { rate, SATISFIED_SQL } from './satisfied.js';
import type { RatingProof } from './tables.js';

const WINDOW = `unit = $1 AND ${vnDaysWhere('created_at', 2, 3)}`;

export async function ratingSummary(
  db: Queryable,
  unit: string,
  from: string,
  to: string,
  groupBy: 'month' | 'quarter',
) {
  const range = [unit, from, to];
  const counts = await db.query<{ scale: number; score: number; n: string }>(
    `SELECT scale, score, count(*) AS n FROM ratings WHERE ${WINDOW} GROUP BY scale, score`,
    range,
  );
  const proofs = await db.query<{ proof: RatingProof; n: string }>(
    `SELECT proof, count(*) AS n FROM ratings WHERE ${WINDOW} GROUP BY proof`,
    range,
  );
  const periods = await db.query<{ period: string; total: string; satisfied: string }>(
    `SELECT ${vnPeriod('created_at', groupBy)} AS period, count(*) AS total,
            count(*) FILTER (WHERE ${SATISFIED_SQL}) AS satisfied
     FROM ratings WHERE ${WINDOW} GROUP BY period ORDER BY period`,
    range,
  );
  const three: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
  const five: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let total = 0;
  let satisfied = 0;
  for (const c of counts) {
    const n = Number(c.n);
    total += n;
    if (isSatisfied(c.score, c.scale as RatingScale)) satisfied += n;
    if (c.scale === 3) three[String(c.score)] = n;
    else five[String(c.score)] = n;
  }
  return {
    from,
    to,
    total,
    counts: three,
    counts5: five,
    satisfied,
    satisfiedRate: rate(satisfied, total),
    /** How many were vouched for by a counter device, by the dossier's owner, or by nothing. */
    byProof: Object.fromEntries(
      (['none', 'kiosk', 'dossier'] as const).map((p) => [p, Number(proofs.find((r) => r.proof === p)?.n ?? 0)]),
    ) as Record<RatingProof, number>,
    periods: periods.map((p) => ({
      period: p.period,
      total: Number(p.total),
      satisfied: Number(p.satisfied),
      satisfiedRate: rate(Number(p.satisfied), Number(p.total)),
    })),
  };
}

/** Ratings grouped by one of their columns (procedure, officer), most rated first. */
export async function ratingsBy(
  db: Queryable,
  column: 'procedure' | 'officer',
  unit: string,
  from: string,
  to: string,
) {
  // A rating of a dossier counts under the dossier's procedure when it names none itself.
  const key =
    column === 'procedure'
      ? `coalesce(procedure, (SELECT d.procedure FROM dossiers d WHERE d.unit = ratings.unit AND d.code = upper(ratings.dossier)), '')`
      : `coalesce(officer, '')`;
  const rows = await db.query<{ key: string; total: string; satisfied: string }>(
    `SELECT ${key} AS key, count(*) AS total, count(*) FILTER (WHERE ${SATISFIED_SQL}) AS satisfied
     FROM ratings WHERE ${WINDOW} GROUP BY key ORDER BY total DESC, key LIMIT 100`,
    [unit, from, to],
  );
  return rows.map((r) => ({
    key: r.key,
    total: Number(r.total),
    satisfied: Number(r.satisfied),
    satisfiedRate: rate(Number(r.satisfied), Number(r.total)),
  }));
}

/** The average of each criterion of the full survey (Decree 61/2018's criteria). */
export async function criteriaAverages(db: Queryable, unit: string, from: string, to: string) {
  const rows = await db.query<{ criterion: string; n: string; avg: string }>(
    `SELECT c.key AS criterion, count(*) AS n, avg((c.value)::numeric) AS avg
     FROM ratings, jsonb_each_text(criteria) AS c WHERE ${WINDOW} AND criteria IS NOT NULL GROUP BY c.key ORDER BY c.key`,
    [unit, from, to],
  );
  return rows.map((c) => ({
    criterion: c.criterion,
    count: Number(c.n),
    average: Math.round(Number(c.avg) * 100) / 100,
  }));
}
