/** The staff dashboard and the periodic report (JSON, CSV, XLSX) for a month, quarter, half or year. */
import { PeriodQuerySchema, ReportQuerySchema } from '@motcua/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/config.js';
import { doc, valid } from '../http/validate.js';
import { staffFor } from '../staff/guard.js';
import { dashboard } from './dashboard.js';
import { periodOf } from './period.js';
import { buildReport, reportCsv, reportXlsx } from './report.js';

const tags = ['reports (staff)'];

export const reportAdminRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/admin/units/:unit/dashboard',
    doc({
      summary: "The unit's dashboard for a period: ratings, feedback and campaigns at a glance",
      tags,
      staff: true,
      responses: { 200: 'The figures', 400: 'Invalid period' },
    }),
    valid('query', PeriodQuerySchema),
    async (c) => {
      const { unit } = await staffFor(c);
      const { from, to } = periodOf(c.req.valid('query'));
      return c.json(await dashboard(c.get('db'), unit, from, to));
    },
  )
  .get(
    '/api/v1/admin/units/:unit/report',
    doc({
      summary: 'The periodic report of a month, quarter, half or year, as JSON, CSV or XLSX',
      tags,
      staff: true,
      responses: { 200: 'The report, or its file', 400: 'Invalid period or format' },
    }),
    valid('query', ReportQuerySchema),
    async (c) => {
      const { unit } = await staffFor(c);
      const query = c.req.valid('query');
      const { from, to, label } = periodOf(query);
      const report = await buildReport(c.get('db'), unit, from, to, label);
      const file = (ext: string) => `attachment; filename="bao-cao-${unit}-${label}.${ext}"`;
      if (query.format === 'csv')
        return c.body(reportCsv(report), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': file('csv'),
        });
      if (query.format === 'xlsx')
        return c.body(new Uint8Array(await reportXlsx(report)), 200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': file('xlsx'),
        });
      return c.json(report);
    },
  );
