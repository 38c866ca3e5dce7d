/**
 * The publicity report of a ward and of a province (JSON, XLSX, printable page), and the province
 * dashboard that ranks its wards. A ward's report needs the ward's staff (or its province's); the
 * province's routes need a province account of that province.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { provinceStaffFor, staffFor } from '../staff/guard.js';
import { type ReportPeriod, periodOf } from './period.js';
import { isLang } from './publicity-labels.js';
import { publicityPage, REPORT_PAGE_CSP } from './publicity-page.js';
import { type PublicityScope, publicityReport, publicityXlsx } from './publicity-report.js';
import { totalOf, unitFigures } from './publicity.js';

const FORMATS = ['json', 'xlsx', 'html'] as const;

function formatOf(c: Context<AppEnv>) {
  const format = c.req.query('format') ?? 'json';
  const lang = c.req.query('lang') ?? 'vi';
  const fields: Record<string, { vi: string; en: string }> = {};
  if (!(FORMATS as readonly string[]).includes(format))
    fields.format = { vi: 'Định dạng phải là json, xlsx hoặc html.', en: 'The format must be json, xlsx or html.' };
  if (!isLang(lang)) fields.lang = { vi: 'Ngôn ngữ phải là vi hoặc en.', en: 'The language must be vi or en.' };
  if (Object.keys(fields).length) throw errors.invalid(fields);
  return { format: format as (typeof FORMATS)[number], lang: lang as 'vi' | 'en' };
}

async function answer(c: Context<AppEnv>, scope: PublicityScope, period: ReportPeriod) {
  const { format, lang } = formatOf(c);
  const report = await publicityReport(c.get('db'), scope, period);
  const name = `bao-cao-tuyen-truyen-cchc-${report.code}-${period.label}`;
  if (format === 'xlsx')
    return c.body(new Uint8Array(await publicityXlsx(report, lang)), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    });
  if (format === 'html')
    return c.html(await publicityPage(report, lang), 200, { 'Content-Security-Policy': REPORT_PAGE_CSP });
  return c.json(report);
}

export const publicityRoutes = new Hono<AppEnv>()
  .get('/api/v1/admin/units/:unit/publicity', async (c) => {
    const { unit } = await staffFor(c);
    return answer(
      c,
      { kind: 'unit', unit },
      periodOf((n) => c.req.query(n)),
    );
  })
  .get('/api/v1/admin/provinces/:province/publicity', async (c) => {
    const { province } = await provinceStaffFor(c);
    return answer(
      c,
      { kind: 'province', province },
      periodOf((n) => c.req.query(n)),
    );
  })
  .get('/api/v1/admin/provinces/:province/dashboard', async (c) => {
    const { staff, province } = await provinceStaffFor(c);
    const { from, to, label } = periodOf((n) => c.req.query(n));
    const db = c.get('db');
    const [row] = await db.query<{ name: string }>('SELECT name FROM provinces WHERE code = $1', [province]);
    const wards = await unitFigures(db, staff.units, from, to);
    return c.json({
      province: { code: province, name: row?.name ?? province },
      from,
      to,
      label,
      total: totalOf(wards, province, row?.name ?? province),
      wards,
    });
  });
