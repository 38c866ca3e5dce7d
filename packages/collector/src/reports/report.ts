/**
 * Periodic reports wards send upward (monthly, quarterly, six-monthly, yearly), as CSV and XLSX with
 * Vietnamese headers. Figures come from the same queries as the dashboard, so the two always agree.
 */
import ExcelJS from 'exceljs';
import { FEEDBACK_STATUSES, STATUS_LABELS } from '../feedback/workflow.js';
import type { Queryable } from '../storage/database.js';
import { vnDaysWhere } from '../storage/vietnam-days.js';
import { contestFigures } from '../contests/results.js';
import { dashboard } from './dashboard.js';

export function periodRange(
  period: string,
  year: number,
  index: number,
): { from: string; to: string; label: string } | undefined {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const span = (m1: number, m2: number, label: string) => ({
    from: `${year}-${pad(m1)}-01`,
    to: `${year}-${pad(m2)}-${pad(last(year, m2))}`,
    label,
  });
  if (period === 'month' && index >= 1 && index <= 12) return span(index, index, `${year}-${pad(index)}`);
  if (period === 'quarter' && index >= 1 && index <= 4) return span(index * 3 - 2, index * 3, `${year}-Q${index}`);
  if (period === 'half' && (index === 1 || index === 2)) return span(index * 6 - 5, index * 6, `${year}-H${index}`);
  if (period === 'year') return span(1, 12, `${year}`);
  return undefined;
}

export type Report = Awaited<ReturnType<typeof buildReport>>;

export async function buildReport(db: Queryable, unit: string, from: string, to: string, label: string) {
  const d = await dashboard(db, unit, from, to);
  const feedback = await db.query<{ status: string; n: string }>(
    `SELECT status, count(*) AS n FROM feedback WHERE unit = $1 AND ${vnDaysWhere('created_at', 2, 3)} GROUP BY status`,
    [unit, from, to],
  );
  const byStatus: Record<string, number> = Object.fromEntries(feedback.map((f) => [f.status, Number(f.n)]));
  const names = await db.query<{ name: string }>('SELECT name FROM units WHERE code = $1', [unit]);
  const contests = await contestFigures(db, unit, from, to);
  return { unit, unitName: names[0]?.name ?? unit, label, ...d, feedback: byStatus, contests };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Rows of the report, one table after another, each a header then its lines. */
function tables(r: Report): { title: string; header: string[]; rows: (string | number)[][] }[] {
  return [
    {
      title: 'Tổng hợp',
      header: [
        'Đơn vị',
        'Kỳ báo cáo',
        'Từ ngày',
        'Đến ngày',
        'Tổng số đánh giá',
        'Số đánh giá hài lòng trở lên',
        'Tỷ lệ hài lòng',
      ],
      rows: [[r.unitName, r.label, r.from, r.to, r.total, r.satisfied, pct(r.satisfiedRate)]],
    },
    {
      title: 'Theo tháng',
      header: ['Tháng', 'Tổng số đánh giá', 'Hài lòng trở lên', 'Tỷ lệ hài lòng'],
      rows: r.byMonth.map((p) => [p.period, p.total, p.satisfied, pct(p.satisfiedRate)]),
    },
    {
      title: 'Theo thủ tục',
      header: ['Mã thủ tục', 'Tổng số đánh giá', 'Hài lòng trở lên', 'Tỷ lệ hài lòng'],
      rows: r.byProcedure.map((p) => [p.key || '(không ghi)', p.total, p.satisfied, pct(p.satisfiedRate)]),
    },
    {
      title: 'Theo cán bộ',
      header: ['Cán bộ', 'Tổng số đánh giá', 'Hài lòng trở lên', 'Tỷ lệ hài lòng'],
      rows: r.byOfficer.map((p) => [p.key || '(không ghi)', p.total, p.satisfied, pct(p.satisfiedRate)]),
    },
    {
      title: 'Tiêu chí',
      header: ['Tiêu chí', 'Số lượt chấm', 'Điểm trung bình'],
      rows: r.criteria.map((c) => [c.criterion, c.count, c.average]),
    },
    {
      title: 'Hồ sơ đúng hạn',
      header: ['Mã thủ tục', 'Số hồ sơ có kết quả', 'Số hồ sơ đúng hạn', 'Tỷ lệ đúng hạn'],
      rows: [
        ['Tất cả', r.dossiers.resolved, r.dossiers.onTime, pct(r.dossiers.onTimeRate)],
        ...r.dossiers.byProcedure.map((p) => [p.key || '(không ghi)', p.resolved, p.onTime, pct(p.onTimeRate)]),
      ],
    },
    {
      title: 'Hồ sơ đúng hạn theo tháng',
      header: ['Tháng', 'Số hồ sơ có kết quả', 'Số hồ sơ đúng hạn', 'Tỷ lệ đúng hạn'],
      rows: r.dossiers.byMonth.map((p) => [p.key, p.resolved, p.onTime, pct(p.onTimeRate)]),
    },
    {
      title: 'Phản ánh, kiến nghị',
      header: ['Trạng thái', 'Số lượng'],
      rows: FEEDBACK_STATUSES.map((k) => [STATUS_LABELS[k].vi, r.feedback[k] ?? 0]),
    },
    {
      title: 'Cuộc thi trực tuyến',
      header: ['Cuộc thi', 'Số người dự thi', 'Số bài nộp', 'Số sáng kiến'],
      rows: r.contests.map((x) => [x.title, x.participants, x.submitted, x.ideas]),
    },
  ];
}

/** Text a spreadsheet will never run as a formula (a leading = + - @ tab or return is quoted away). */
export const defuseFormula = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

const csvCell = (v: string | number) => {
  // Quote, and defuse spreadsheet formulas in text cells.
  const safe = typeof v === 'string' ? defuseFormula(v) : String(v);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV with a BOM so Excel opens the Vietnamese text as UTF-8. */
export function reportCsv(r: Report): string {
  const lines: string[] = [];
  for (const t of tables(r)) {
    lines.push(csvCell(t.title), t.header.map(csvCell).join(','));
    for (const row of t.rows) lines.push(row.map(csvCell).join(','));
    lines.push('');
  }
  return `\ufeff${lines.join('\r\n')}`;
}

export async function reportXlsx(r: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'motcua';
  for (const t of tables(r)) {
    const ws = wb.addWorksheet(t.title.slice(0, 31));
    ws.addRow(t.header).font = { bold: true };
    for (const row of t.rows) ws.addRow(row);
    ws.columns.forEach((c) => {
      c.width = 22;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
