/**
 * Figures of the publicity work on administrative reform (công tác tuyên truyền cải cách hành chính) for
 * a set of units over Vietnam days: satisfaction, feedback answered on time, dossiers on time, campaign
 * reach, contests, support points and home visits, online-service publicity. One query per figure for
 * all the units at once (GROUP BY unit), so a province of a hundred wards costs what one ward does in
 * round trips. The ward's report, the province's report and the province dashboard all read these.
 */
import { rate, SATISFIED_SQL } from '../ratings/satisfied.js';
import type { Queryable } from '../storage/database.js';
import { TZ, vnDaysWhere } from '../storage/vietnam-days.js';

/**
 * Days a feedback item has for its answer, counted from receipt. Decree 20/2008 sets the province's own
 * time limits; the collector counts 15 calendar days, one constant to change if a province counts otherwise.
 */
export const FEEDBACK_ANSWER_DAYS = 15;

export interface UnitFigures {
  unit: string;
  name: string;
  ratings: { total: number; satisfied: number; satisfiedRate: number };
  feedback: { received: number; answered: number; onTime: number; onTimeRate: number };
  dossiers: { resolved: number; onTime: number; onTimeRate: number };
  campaigns: { run: number; impressions: number; clicks: number; clickThrough: number };
  contests: { contests: number; participants: number; submitted: number };
  support: { points: number; visitsRequested: number; visitsServed: number };
  online: { fullyOnline: number; partlyOnline: number; widgetImpressions: number; widgetClicks: number };
}

/**
 * Months `$2` to `$3` of the monthly totals (rating_months, event_months: migration 2026-12-07-report-months;
 * feedback_months, dossier_months: 2026-12-07-outcome-months), which answer a province's year in
 * milliseconds where counting its rows took seconds.
 */
const MONTHS = `unit = ANY($1::text[]) AND month BETWEEN date_trunc('month', $2::date) AND date_trunc('month', $3::date)`;

/** Report periods are whole months (period.ts): the monthly totals hold them exactly. */
function wholeMonths(from: string, to: string) {
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  if (!from.endsWith('-01') || end.getUTCDate() !== 1) throw new Error(`not whole months: ${from} – ${to}`);
}

/** The Vietnam-time window from `$2` to `$3` on `column`, for the units in `$1`. */
const IN = (column: string, unitColumn = 'unit') => `${unitColumn} = ANY($1::text[]) AND ${vnDaysWhere(column, 2, 3)}`;
const START = `($2::date::timestamp AT TIME ZONE '${TZ}')`;
const END = `(($3::date + 1)::timestamp AT TIME ZONE '${TZ}')`;

type Counts = Record<string, Record<string, number>>;

/** Runs `sql` (one row per unit: `unit` and number columns) and indexes its rows by unit. */
async function byUnit(db: Queryable, sql: string, params: unknown[]): Promise<Counts> {
  const rows = await db.query<Record<string, string | number>>(sql, params);
  return Object.fromEntries(
    rows.map((r) => [
      String(r.unit),
      Object.fromEntries(Object.entries(r).flatMap(([k, v]) => (k === 'unit' ? [] : [[k, Number(v)]]))),
    ]),
  );
}

export async function unitFigures(db: Queryable, units: string[], from: string, to: string): Promise<UnitFigures[]> {
  wholeMonths(from, to);
  const p = [units, from, to];
  const namesQuery = db.query<{ code: string; name: string }>(
    'SELECT code, name FROM units WHERE code = ANY($1::text[]) ORDER BY name',
    [units],
  );
  const ratingsQuery = byUnit(
    db,
    `SELECT unit, sum(n) AS total, coalesce(sum(n) FILTER (WHERE ${SATISFIED_SQL}), 0) AS satisfied
     FROM rating_months WHERE ${MONTHS} GROUP BY unit`,
    p,
  );
  const feedbackQuery = byUnit(
    db,
    `SELECT unit, sum(received) AS received, sum(answered) AS answered, sum(on_time) AS on_time
     FROM feedback_months WHERE ${MONTHS} GROUP BY unit`,
    p,
  );
  const dossiersQuery = byUnit(
    db,
    `SELECT unit, sum(resolved) AS resolved, sum(on_time) AS on_time
     FROM dossier_months WHERE ${MONTHS} GROUP BY unit`,
    p,
  );
  const campaignsRunQuery = byUnit(
    db,
    `SELECT unit, count(*) AS run FROM campaigns
     WHERE unit = ANY($1::text[]) AND starts_at < ${END} AND ends_at >= ${START} GROUP BY unit`,
    p,
  );
  const eventsQuery = byUnit(
    db,
    `SELECT unit,
            coalesce(sum(count) FILTER (WHERE campaign <> '' AND type = 'impression'), 0) AS impressions,
            coalesce(sum(count) FILTER (WHERE campaign <> '' AND type = 'click'), 0) AS clicks,
            coalesce(sum(count) FILTER (WHERE campaign = '' AND type = 'impression'), 0) AS widget_impressions,
            coalesce(sum(count) FILTER (WHERE campaign = '' AND type = 'click'), 0) AS widget_clicks
     FROM event_months WHERE ${MONTHS} GROUP BY unit`,
    p,
  );
  const contestsQuery = byUnit(
    db,
    // By the participant's ward: a province's contest counts in each of its wards for their own people.
    `SELECT ward AS unit, count(DISTINCT contest) AS contests, count(DISTINCT participant_id) AS participants,
            count(*) AS submitted
     FROM contest_attempts WHERE submitted_at IS NOT NULL AND ${IN('submitted_at', 'ward')} GROUP BY ward`,
    p,
  );
  const pointsQuery = byUnit(
    db,
    'SELECT unit, count(*) AS points FROM support_points WHERE unit = ANY($1::text[]) GROUP BY unit',
    [units],
  );
  const visitsQuery = byUnit(
    db,
    `SELECT unit, count(*) FILTER (WHERE ${vnDaysWhere('created_at', 2, 3)}) AS requested,
            count(*) FILTER (WHERE status = 'da-xong' AND ${vnDaysWhere('updated_at', 2, 3)}) AS served
     FROM home_visits WHERE unit = ANY($1::text[]) GROUP BY unit`,
    p,
  );
  // The ward's own procedures only: a referral (filed at the tax office or the court) is not the ward's.
  const onlineQuery = byUnit(
    db,
    `SELECT code AS unit,
            count(*) FILTER (WHERE p ->> 'online' = 'toan-trinh') AS fully,
            count(*) FILTER (WHERE p ->> 'online' = 'mot-phan') AS partly
     FROM units, jsonb_array_elements(CASE WHEN jsonb_typeof(catalogue) = 'array' THEN catalogue ELSE '[]' END) AS p
     WHERE code = ANY($1::text[]) AND p -> 'referral' IS NULL GROUP BY code`,
    [units],
  );
  // Independent queries: on PostgreSQL the pool runs them side by side (PGlite, one connection, in turn).
  const [names, ratings, feedback, dossiers, campaignsRun, events, contests, points, visits, online] =
    await Promise.all([
      namesQuery,
      ratingsQuery,
      feedbackQuery,
      dossiersQuery,
      campaignsRunQuery,
      eventsQuery,
      contestsQuery,
      pointsQuery,
      visitsQuery,
      onlineQuery,
    ]);
  return names.map(({ code, name }) => {
    const n = (c: Counts, k: string) => c[code]?.[k] ?? 0;
    return {
      unit: code,
      name,
      ratings: {
        total: n(ratings, 'total'),
        satisfied: n(ratings, 'satisfied'),
        satisfiedRate: rate(n(ratings, 'satisfied'), n(ratings, 'total')),
      },
      feedback: {
        received: n(feedback, 'received'),
        answered: n(feedback, 'answered'),
        onTime: n(feedback, 'on_time'),
        onTimeRate: rate(n(feedback, 'on_time'), n(feedback, 'received')),
      },
      dossiers: {
        resolved: n(dossiers, 'resolved'),
        onTime: n(dossiers, 'on_time'),
        onTimeRate: rate(n(dossiers, 'on_time'), n(dossiers, 'resolved')),
      },
      campaigns: {
        run: n(campaignsRun, 'run'),
        impressions: n(events, 'impressions'),
        clicks: n(events, 'clicks'),
        clickThrough: rate(n(events, 'clicks'), n(events, 'impressions')),
      },
      contests: {
        contests: n(contests, 'contests'),
        participants: n(contests, 'participants'),
        submitted: n(contests, 'submitted'),
      },
      support: {
        points: n(points, 'points'),
        visitsRequested: n(visits, 'requested'),
        visitsServed: n(visits, 'served'),
      },
      online: {
        fullyOnline: n(online, 'fully'),
        partlyOnline: n(online, 'partly'),
        widgetImpressions: n(events, 'widget_impressions'),
        widgetClicks: n(events, 'widget_clicks'),
      },
    };
  });
}

/** Satisfaction of the units together, month by month (Vietnam months), for the report's trend. */
export async function satisfactionTrend(db: Queryable, units: string[], from: string, to: string) {
  wholeMonths(from, to);
  const rows = await db.query<{ month: string; total: string; satisfied: string }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, sum(n) AS total,
            coalesce(sum(n) FILTER (WHERE ${SATISFIED_SQL}), 0) AS satisfied
     FROM rating_months WHERE ${MONTHS} GROUP BY 1 ORDER BY 1`,
    [units, from, to],
  );
  const found = new Map(rows.map((r) => [r.month, r]));
  // Every month of the period, a month with no ratings as zero, so the trend has no gaps.
  const months: string[] = [];
  for (let d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); ) {
    months.push(d.toISOString().slice(0, 7));
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  }
  return months.map((month) => {
    const r = found.get(month);
    const total = Number(r?.total ?? 0);
    const satisfied = Number(r?.satisfied ?? 0);
    return { month, total, satisfied, satisfiedRate: rate(satisfied, total) };
  });
}

/** The campaigns of the units that ran in the period, with their reach in it. */
export async function campaignLines(db: Queryable, units: string[], from: string, to: string) {
  const rows = await db.query<{ unit: string; title: string; impressions: string; clicks: string }>(
    `SELECT c.unit, c.title,
            coalesce(sum(e.count) FILTER (WHERE e.type = 'impression'), 0) AS impressions,
            coalesce(sum(e.count) FILTER (WHERE e.type = 'click'), 0) AS clicks
     FROM campaigns c LEFT JOIN event_months e
       ON e.unit = c.unit AND e.campaign = c.id::text
      AND e.month BETWEEN date_trunc('month', $2::date) AND date_trunc('month', $3::date)
     WHERE c.unit = ANY($1::text[]) AND c.starts_at < ${END} AND c.ends_at >= ${START}
     GROUP BY c.unit, c.id, c.title ORDER BY impressions DESC, c.title LIMIT 200`,
    [units, from, to],
  );
  return rows.map((r) => ({
    unit: r.unit,
    title: r.title,
    impressions: Number(r.impressions),
    clicks: Number(r.clicks),
  }));
}

/**
 * The contests the units' people took part in during the period (their own and their province's), with
 * those participants only.
 */
export async function contestLines(db: Queryable, units: string[], from: string, to: string) {
  const rows = await db.query<{ unit: string; title: string; participants: string; submitted: string }>(
    `SELECT c.unit, c.title, count(DISTINCT a.participant_id) AS participants, count(a.id) AS submitted
     FROM contests c JOIN contest_attempts a ON a.unit = c.unit AND a.contest = c.slug
     WHERE ${IN('a.submitted_at', 'a.ward')} AND a.submitted_at IS NOT NULL
     GROUP BY c.unit, c.slug, c.title ORDER BY c.title LIMIT 200`,
    [units, from, to],
  );
  return rows.map((r) => ({
    unit: r.unit,
    title: r.title,
    participants: Number(r.participants),
    submitted: Number(r.submitted),
  }));
}

/**
 * How many contests the units' people took part in during the period, each counted once: a province's
 * contest is one contest however many of its wards took part (adding the wards' counts would not say so).
 */
export async function contestsTakenPart(db: Queryable, units: string[], from: string, to: string) {
  const [row] = await db.query<{ contests: string | number }>(
    `SELECT count(DISTINCT (unit, contest)) AS contests FROM contest_attempts
     WHERE submitted_at IS NOT NULL AND ${IN('submitted_at', 'ward')}`,
    [units, from, to],
  );
  return Number(row?.contests ?? 0);
}

/**
 * The figures of several units added up (a province's totals), rates recomputed from the sums; the
 * contests taken part in are counted once each (contestsTakenPart), not added up by ward.
 */
export function totalOf(rows: UnitFigures[], unit: string, name: string, contests: number): UnitFigures {
  const sum = <G extends keyof UnitFigures>(group: G, key: keyof UnitFigures[G]) =>
    rows.reduce((s, r) => s + (r[group][key] as number), 0);
  return {
    unit,
    name,
    ratings: {
      total: sum('ratings', 'total'),
      satisfied: sum('ratings', 'satisfied'),
      satisfiedRate: rate(sum('ratings', 'satisfied'), sum('ratings', 'total')),
    },
    feedback: {
      received: sum('feedback', 'received'),
      answered: sum('feedback', 'answered'),
      onTime: sum('feedback', 'onTime'),
      onTimeRate: rate(sum('feedback', 'onTime'), sum('feedback', 'received')),
    },
    dossiers: {
      resolved: sum('dossiers', 'resolved'),
      onTime: sum('dossiers', 'onTime'),
      onTimeRate: rate(sum('dossiers', 'onTime'), sum('dossiers', 'resolved')),
    },
    campaigns: {
      run: sum('campaigns', 'run'),
      impressions: sum('campaigns', 'impressions'),
      clicks: sum('campaigns', 'clicks'),
      clickThrough: rate(sum('campaigns', 'clicks'), sum('campaigns', 'impressions')),
    },
    contests: {
      contests,
      participants: sum('contests', 'participants'),
      submitted: sum('contests', 'submitted'),
    },
    support: {
      points: sum('support', 'points'),
      visitsRequested: sum('support', 'visitsRequested'),
      visitsServed: sum('support', 'visitsServed'),
    },
    online: {
      fullyOnline: sum('online', 'fullyOnline'),
      partlyOnline: sum('online', 'partlyOnline'),
      widgetImpressions: sum('online', 'widgetImpressions'),
      widgetClicks: sum('online', 'widgetClicks'),
    },
  };
}
