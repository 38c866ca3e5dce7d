/**
 * The periodic report "Báo cáo kết quả công tác tuyên truyền cải cách hành chính", for one ward or for a
 * province (its wards side by side), as JSON, XLSX (exceljs, Vietnamese headers, text defused against
 * formulas) and a printable A4 page (publicity-page.ts). All three from one `PublicityReport`.
 */
import ExcelJS from 'exceljs';
import type { Queryable } from '../storage/database.js';
import { SERVICE_LABELS } from '../support/labels.js';
import { supportLines } from '../support/report.js';
import type { ReportPeriod } from './period.js';
import {
  campaignLines,
  contestLines,
  contestsTakenPart,
  FEEDBACK_ANSWER_DAYS,
  satisfactionTrend,
  totalOf,
  type UnitFigures,
  unitFigures,
} from './publicity.js';
import { type Lang, PUBLICITY_LABELS } from './publicity-labels.js';
import { defuseFormula } from './report.js';

export type PublicityScope = { kind: 'unit'; unit: string } | { kind: 'province'; province: string };

export type PublicityReport = Awaited<ReturnType<typeof publicityReport>>;

export async function publicityReport(db: Queryable, scope: PublicityScope, p: ReportPeriod) {
  const place = await db.query<{ name: string; province: string | null }>(
    scope.kind === 'unit'
      ? 'SELECT u.name, pr.name AS province FROM units u LEFT JOIN provinces pr ON pr.code = u.province_code WHERE u.code = $1'
      : 'SELECT name, name AS province FROM provinces WHERE code = $1',
    [scope.kind === 'unit' ? scope.unit : scope.province],
  );
  const units =
    scope.kind === 'unit'
      ? [scope.unit]
      : (
          await db.query<{ code: string }>('SELECT code FROM units WHERE province_code = $1 ORDER BY code', [
            scope.province,
          ])
        ).map((r) => r.code);
  const [wards, contestsTaken, trend, campaigns, contests, support] = await Promise.all([
    unitFigures(db, units, p.from, p.to),
    // Only a province's total needs it (a contest open to all its wards counts once there); a ward's is its row.
    scope.kind === 'province' ? contestsTakenPart(db, units, p.from, p.to) : 0,
    satisfactionTrend(db, units, p.from, p.to),
    campaignLines(db, units, p.from, p.to),
    contestLines(db, units, p.from, p.to),
    supportLines(db, units, p.from, p.to),
  ]);
  const name = place[0]?.name ?? '';
  const code = scope.kind === 'unit' ? scope.unit : scope.province;
  return {
    scope: scope.kind,
    code,
    /** The issuing body: the ward's UBND, or the province's. */
    name: scope.kind === 'unit' ? name : `UBND ${name}`,
    province: place[0]?.province ?? null,
    period: p,
    feedbackAnswerDays: FEEDBACK_ANSWER_DAYS,
    total: scope.kind === 'unit' && wards[0] ? wards[0] : totalOf(wards, code, name, contestsTaken),
    wards: scope.kind === 'province' ? wards : [],
    trend,
    campaigns,
    contests,
    /** Home visits by team and by need, and each point's open hours in an ordinary week. */
    support,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type Cell = string | number;
export interface Table {
  key: string;
  title: string;
  header: string[];
  rows: Cell[][];
}

type Labels = (typeof PUBLICITY_LABELS)[Lang];
type Column = keyof Labels['cols'];

/** A section of the report: its heading's key, its column labels, and its rows. */
interface Section {
  key: keyof Labels['sections'];
  /** Shown only in a province's report. */
  provinceOnly?: boolean;
  header: Column[];
  rows(r: PublicityReport, L: Labels): Cell[][];
}

/** A section listing figures of the report's total, one row each: its label and its value. */
const figures = (list: [Column, (t: UnitFigures) => Cell][]): Pick<Section, 'header' | 'rows'> => ({
  header: ['figure', 'value'],
  rows: (r, L) => list.map(([label, value]) => [L.cols[label], value(r.total)]),
});

/** The report's sections, in the order the XLSX sheets and the printed page show them. */
const SECTIONS: Section[] = [
  {
    key: 'summary',
    header: ['unit', 'period', 'dates'],
    rows: (r, L) => [
      [r.name, L.period(r.period.period, r.period.year, r.period.index), L.range(r.period.from, r.period.to)],
    ],
  },
  {
    key: 'satisfaction',
    ...figures([
      ['ratings', (t) => t.ratings.total],
      ['satisfied', (t) => t.ratings.satisfied],
      ['satisfiedRate', (t) => pct(t.ratings.satisfiedRate)],
    ]),
  },
  {
    key: 'trend',
    header: ['month', 'ratings', 'satisfied', 'satisfiedRate'],
    rows: (r) => r.trend.map((m) => [m.month, m.total, m.satisfied, pct(m.satisfiedRate)]),
  },
  {
    key: 'feedback',
    ...figures([
      ['received', (t) => t.feedback.received],
      ['answered', (t) => t.feedback.answered],
      ['onTime', (t) => t.feedback.onTime],
      ['onTimeRate', (t) => pct(t.feedback.onTimeRate)],
    ]),
  },
  {
    key: 'dossiers',
    ...figures([
      ['resolved', (t) => t.dossiers.resolved],
      ['dossiersOnTime', (t) => t.dossiers.onTime],
      ['dossiersRate', (t) => pct(t.dossiers.onTimeRate)],
    ]),
  },
  {
    key: 'campaigns',
    header: ['campaign', 'impressions', 'clicks', 'clickThrough'],
    rows: (r, L) => [
      ...r.campaigns.map((c) => [c.title, c.impressions, c.clicks, pct(c.impressions ? c.clicks / c.impressions : 0)]),
      [
        `${L.cols.campaignsRun}: ${r.total.campaigns.run}`,
        r.total.campaigns.impressions,
        r.total.campaigns.clicks,
        pct(r.total.campaigns.clickThrough),
      ],
    ],
  },
  {
    key: 'contests',
    header: ['contest', 'participants', 'submitted'],
    rows: (r, L) => [
      ...r.contests.map((c) => [c.title, c.participants, c.submitted]),
      [`${L.cols.contests}: ${r.total.contests.contests}`, r.total.contests.participants, r.total.contests.submitted],
    ],
  },
  {
    key: 'support',
    ...figures([
      ['points', (t) => t.support.points],
      ['visitsRequested', (t) => t.support.visitsRequested],
      ['visitsServed', (t) => t.support.visitsServed],
    ]),
  },
  {
    key: 'supportTeams',
    header: ['team', 'visitsRequested', 'visitsServed'],
    rows: (r, L) =>
      r.support.teams.map((t) => {
        const team = t.team ?? L.cols.unassigned;
        return [r.scope === 'province' ? `${t.ward} · ${team}` : team, t.requested, t.served];
      }),
  },
  {
    key: 'supportNeeds',
    header: ['need', 'visitsRequested', 'visitsServed'],
    rows: (r, L) => r.support.needs.map((n) => [SERVICE_LABELS[n.need][L.lang], n.requested, n.served]),
  },
  {
    key: 'supportHours',
    header: ['point', 'hoursPerWeek'],
    rows: (r) =>
      r.support.points.map((p) => [r.scope === 'province' ? `${p.ward} · ${p.point}` : p.point, p.hoursPerWeek]),
  },
  {
    key: 'online',
    ...figures([
      ['fullyOnline', (t) => t.online.fullyOnline],
      ['partlyOnline', (t) => t.online.partlyOnline],
      ['widgetImpressions', (t) => t.online.widgetImpressions],
      ['widgetClicks', (t) => t.online.widgetClicks],
    ]),
  },
  wardColumns([
    ['ward', (w) => w.name],
    ['ratings', (w) => w.ratings.total],
    ['satisfiedRate', (w) => pct(w.ratings.satisfiedRate)],
    ['received', (w) => w.feedback.received],
    ['feedbackOnTimeRate', (w) => pct(w.feedback.onTimeRate)],
    ['dossiersRate', (w) => pct(w.dossiers.onTimeRate)],
    ['impressions', (w) => w.campaigns.impressions],
    ['clicks', (w) => w.campaigns.clicks],
    ['participants', (w) => w.contests.participants],
    ['visitsServed', (w) => w.support.visitsServed],
  ]),
];

/** A province's wards side by side, one row each, one column per figure. */
function wardColumns(list: [Column, (w: UnitFigures) => Cell][]): Section {
  return {
    key: 'wards',
    provinceOnly: true,
    header: list.map(([label]) => label),
    rows: (r) => r.wards.map((w: UnitFigures) => list.map(([, value]) => value(w))),
  };
}

/** The report's tables, in order: what the XLSX sheets and the printed page both show. */
export function publicityTables(r: PublicityReport, lang: Lang): Table[] {
  const L = PUBLICITY_LABELS[lang];
  return SECTIONS.filter((s) => !s.provinceOnly || r.scope === 'province').map((s) => ({
    key: s.key,
    title: L.sections[s.key],
    header: s.header.map((h) => L.cols[h]),
    rows: s.rows(r, L),
  }));
}

/** One sheet per table, Vietnamese headers in bold; text cells defused so no cell runs as a formula. */
export async function publicityXlsx(r: PublicityReport, lang: Lang = 'vi'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  wb.title = PUBLICITY_LABELS[lang].title;
  for (const t of publicityTables(r, lang)) {
    const ws = wb.addWorksheet(t.title.slice(0, 31));
    ws.addRow(t.header).font = { bold: true };
    for (const row of t.rows) ws.addRow(row.map((v) => (typeof v === 'string' ? defuseFormula(v) : v)));
    ws.columns.forEach((c, i) => {
      c.width = i === 0 ? 40 : 20;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
