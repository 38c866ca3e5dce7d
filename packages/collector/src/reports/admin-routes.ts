/** The staff dashboard and the periodic report (JSON, CSV, XLSX) for a month, quarter, half or year. */
import { Hono } from 'hono';
import type { AppEnv } from '../http/config.js';
import { staffFor } from '../staff/guard.js';
import { dashboard } from './dashboard.js';
import { periodOf } from './period.js';
import { buildReport, reportCsv, reportXlsx } from './report.js';

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
