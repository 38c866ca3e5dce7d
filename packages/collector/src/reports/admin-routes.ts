/** The staff dashboard and the periodic report (JSON, CSV, XLSX) for a month, quarter, half or year. */
import { Hono } from 'hono';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { YEAR_RANGE } from '@motcua/core';
import { intParam } from '../http/query.js';
import { staffFor } from '../staff/guard.js';
import { dashboard } from './dashboard.js';
import { buildReport, periodRange, reportCsv, reportXlsx } from './report.js';

function periodOf(query: (name: string) => string | undefined) {
  const now = new Date();
  const period = query('period') ?? 'month';
  const year = intParam('year', query('year'), now.getFullYear(), YEAR_RANGE.min, YEAR_RANGE.max);
  const index = intParam('index', query('index'), now.getMonth() + 1, 1, 12);
  const range = periodRange(period, year, index);
  if (!range)
    throw errors.invalid({
      period: {
        vi: 'Kỳ báo cáo không hợp lệ (tháng 1–12, quý 1–4, 6 tháng 1–2, năm).',
        en: 'Not a valid period (month 1–12, quarter 1–4, half 1–2, year).',
      },
    });
  return range;
}

export const reportAdminRoutes = new Hono<AppEnv>()
  .get('/api/v1/admin/units/:unit/dashboard', async (c) => {
    const { unit } = await staffFor(c);
    const { from, to } = periodOf((n) => c.req.query(n));
    return c.json(await dashboard(c.get('db'), unit, from, to));
  })
  .get('/api/v1/admin/units/:unit/report', async (c) => {
    const { unit } = await staffFor(c);
    const { from, to, label } = periodOf((n) => c.req.query(n));
    const format = c.req.query('format') ?? 'json';
    const report = await buildReport(c.get('db'), unit, from, to, label);
    const file = (ext: string) => `attachment; filename="bao-cao-${unit}-${label}.${ext}"`;
    if (format === 'csv')
      return c.body(reportCsv(report), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': file('csv'),
      });
    if (format === 'xlsx')
      return c.body(new Uint8Array(await reportXlsx(report)), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': file('xlsx'),
      });
    return c.json(report);
  });
