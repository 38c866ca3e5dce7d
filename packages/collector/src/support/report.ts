/**
 * The support figures of the periodic report beyond its totals: requests received and served by team and
 * by need over the period, and each point's open hours in an ordinary week (core's weeklyOpenMinutes).
 * One query each for all the report's units at once, as the report's other figures.
 */
import { type OpeningHours, SUPPORT_SERVICES, type SupportService, weeklyOpenMinutes } from '@motcua/core';
import type { Queryable } from '../storage/database.js';
import { vnDaysWhere } from '../storage/vietnam-days.js';

export interface SupportLines {
  /** By the team a request is assigned to; `team` null for requests no team has yet. */
  teams: { ward: string; team: string | null; requested: number; served: number }[];
  needs: { need: SupportService; requested: number; served: number }[];
  points: { ward: string; point: string; hoursPerWeek: number }[];
}

const REQUESTED = `count(*) FILTER (WHERE ${vnDaysWhere('v.created_at', 2, 3)})`;
const SERVED = `count(*) FILTER (WHERE v.status = 'da-xong' AND ${vnDaysWhere('v.updated_at', 2, 3)})`;

export async function supportLines(db: Queryable, units: string[], from: string, to: string): Promise<SupportLines> {
  const p = [units, from, to];
  const [teams, needs, points] = await Promise.all([
    db.query<{ ward: string; team: string | null; requested: string; served: string }>(
      `SELECT u.name AS ward, t.name AS team, ${REQUESTED} AS requested, ${SERVED} AS served
       FROM home_visits v JOIN units u ON u.code = v.unit LEFT JOIN support_points t ON t.id = v.team
       WHERE v.unit = ANY($1::text[]) GROUP BY u.name, t.name ORDER BY u.name, t.name NULLS LAST`,
      p,
    ),
    db.query<{ need: SupportService; requested: string; served: string }>(
      `SELECT v.need, ${REQUESTED} AS requested, ${SERVED} AS served
       FROM home_visits v WHERE v.unit = ANY($1::text[]) GROUP BY v.need`,
      p,
    ),
    db.query<{ ward: string; point: string; hours: OpeningHours | string }>(
      `SELECT u.name AS ward, s.name AS point, s.hours FROM support_points s JOIN units u ON u.code = s.unit
       WHERE s.unit = ANY($1::text[]) ORDER BY u.name, s.kind, s.name`,
      [units],
    ),
  ]);
  const byNeed = new Map(needs.map((n) => [n.need, n]));
  return {
    teams: teams
      .map((t) => ({ ward: t.ward, team: t.team, requested: Number(t.requested), served: Number(t.served) }))
      .filter((t) => t.requested || t.served),
    // Every need, in the widget's order, so a need nobody asked for still reads 0.
    needs: SUPPORT_SERVICES.map((need) => ({
      need,
      requested: Number(byNeed.get(need)?.requested ?? 0),
      served: Number(byNeed.get(need)?.served ?? 0),
    })),
    points: points.map((r) => {
      const hours = typeof r.hours === 'string' ? (JSON.parse(r.hours) as OpeningHours) : r.hours;
      return { ward: r.ward, point: r.point, hoursPerWeek: Math.round((weeklyOpenMinutes(hours) / 60) * 10) / 10 };
    }),
  };
}
