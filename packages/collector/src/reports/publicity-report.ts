/**
 * The periodic report "Báo cáo kết quả công tác tuyên truyền cải cách hành chính", for one ward or for a
 * province (its wards side by side), as JSON, XLSX (exceljs, Vietnamese headers, text defused against
 * formulas) and a printable A4 page (publicity-page.ts). All three from one `PublicityReport`.
 */
import ExcelJS from 'exceljs';
import type { Queryable } from '../storage/database.js';
import type { ReportPeriod } from './period.js';
import {
  campaignLines,
  contestLines,
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
  const [wards, trend, campaigns, contests] = await Promise.all([
    unitFigures(db, units, p.from, p.to),
    satisfactionTrend(db, units, p.from, p.to),
    campaignLines(db, units, p.from, p.to),
    contestLines(db, units, p.from, p.to),
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
    total: scope.kind === 'unit' && wards[0] ? wards[0] : totalOf(wards, code, name),
    wards: scope.kind === 'province' ? wards : [],
    trend,
    campaigns,
    contests,
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

/** The report's tables, in order: what the XLSX sheets and the printed page both show. */
export function publicityTables(r: PublicityReport, lang: Lang): Table[] {
  const L = PUBLICITY_LABELS[lang];
  const C = L.cols;
  const t = r.total;
  const figures = (pairs: [string, Cell][]) => pairs.map(([k, v]) => [k, v]);
  const tables: Table[] = [
    {
      key: 'summary',
      title: L.sections.summary,
      header: [C.unit, C.period, C.dates],
      rows: [[r.name, L.period(r.period.period, r.period.year, r.period.index), L.range(r.period.from, r.period.to)]],
    },
    {
      key: 'satisfaction',
      title: L.sections.satisfaction,
      header: [C.figure, C.value],
      rows: figures([
        [C.ratings, t.ratings.total],
        [C.satisfied, t.ratings.satisfied],
        [C.satisfiedRate, pct(t.ratings.satisfiedRate)],
      ]),
    },
    {
      key: 'trend',
      title: L.sections.trend,
      header: [C.month, C.ratings, C.satisfied, C.satisfiedRate],
      rows: r.trend.map((m) => [m.month, m.total, m.satisfied, pct(m.satisfiedRate)]),
    },
    {
      key: 'feedback',
      title: L.sections.feedback,
      header: [C.figure, C.value],
      rows: figures([
        [C.received, t.feedback.received],
        [C.answered, t.feedback.answered],
        [C.onTime, t.feedback.onTime],
        [C.onTimeRate, pct(t.feedback.onTimeRate)],
      ]),
    },
    {
      key: 'dossiers',
      title: L.sections.dossiers,
      header: [C.figure, C.value],
      rows: figures([
        [C.resolved, t.dossiers.resolved],
        [C.dossiersOnTime, t.dossiers.onTime],
        [C.dossiersRate, pct(t.dossiers.onTimeRate)],
      ]),
    },
    {
      key: 'campaigns',
      title: L.sections.campaigns,
      header: [C.campaign, C.impressions, C.clicks, C.clickThrough],
      rows: [
        ...r.campaigns.map((c) => [
          c.title,
          c.impressions,
          c.clicks,
          pct(c.impressions ? c.clicks / c.impressions : 0),
        ]),
        [
          `${C.campaignsRun}: ${t.campaigns.run}`,
          t.campaigns.impressions,
          t.campaigns.clicks,
          pct(t.campaigns.clickThrough),
        ],
      ],
    },
    {
      key: 'contests',
      title: L.sections.contests,
      header: [C.contest, C.participants, C.submitted],
      rows: [
        ...r.contests.map((c) => [c.title, c.participants, c.submitted]),
        [`${C.contests}: ${t.contests.contests}`, t.contests.participants, t.contests.submitted],
      ],
    },
    {
      key: 'support',
      title: L.sections.support,
      header: [C.figure, C.value],
      rows: figures([
        [C.points, t.support.points],
        [C.visitsRequested, t.support.visitsRequested],
        [C.visitsServed, t.support.visitsServed],
      ]),
    },
    {
      key: 'online',
      title: L.sections.online,
      header: [C.figure, C.value],
      rows: figures([
        [C.fullyOnline, t.online.fullyOnline],
        [C.partlyOnline, t.online.partlyOnline],
        [C.widgetImpressions, t.online.widgetImpressions],
        [C.widgetClicks, t.online.widgetClicks],
      ]),
    },
  ];
  if (r.scope === 'province')
    tables.push({
      key: 'wards',
      title: L.sections.wards,
      header: [
        C.ward,
        C.ratings,
        C.satisfiedRate,
        C.received,
        C.feedbackOnTimeRate,
        C.dossiersRate,
        C.impressions,
        C.clicks,
        C.participants,
        C.visitsServed,
      ],
      rows: r.wards.map((w: UnitFigures) => [
        w.name,
        w.ratings.total,
        pct(w.ratings.satisfiedRate),
        w.feedback.received,
        pct(w.feedback.onTimeRate),
        pct(w.dossiers.onTimeRate),
        w.campaigns.impressions,
        w.campaigns.clicks,
        w.contests.participants,
        w.support.visitsServed,
      ]),
    });
  return tables;
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
