/**
 * The publicity report of a ward and of a province (JSON, XLSX, printable page), and the province
 * dashboard that ranks its wards. A ward's report needs the ward's staff (or its province's); the
 * province's routes need a province account of that province.
 */
import { PeriodQuerySchema, PublicityQuerySchema } from '@motcua/core';
import { type Context, Hono } from 'hono';
import type * as v from 'valibot';
import type { AppEnv } from '../http/config.js';
import { doc, valid } from '../http/validate.js';
import { provinceStaffFor, staffFor } from '../staff/guard.js';
import { periodOf } from './period.js';
import { publicityPage, REPORT_PAGE_CSP } from './publicity-page.js';
import { type PublicityScope, publicityReport, publicityXlsx } from './publicity-report.js';
import { contestsTakenPart, totalOf, unitFigures } from './publicity.js';

const tags = ['reports (staff)'];

async function answer(c: Context<AppEnv>, scope: PublicityScope, query: v.InferOutput<typeof PublicityQuerySchema>) {
  const { format, lang } = query;
  const period = periodOf(query);
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

const publicityDoc = (of: string) =>
  doc({
    summary: `The publicity report (báo cáo tuyên truyền CCHC) of ${of} for a period: JSON, XLSX or an A4 page`,
    tags,
    staff: true,
    responses: { 200: 'The report, its file or its page', 400: 'Invalid period, format or language' },
  });

export const publicityRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/admin/units/:unit/publicity',
    publicityDoc('a ward'),
    valid('query', PublicityQuerySchema),
    async (c) => {
      const { unit } = await staffFor(c);
      return answer(c, { kind: 'unit', unit }, c.req.valid('query'));
    },
  )
  .get(
    '/api/v1/admin/provinces/:province/publicity',
    publicityDoc('a province, its wards side by side'),
    valid('query', PublicityQuerySchema),
    async (c) => {
      const { province } = await provinceStaffFor(c);
      return answer(c, { kind: 'province', province }, c.req.valid('query'));
    },
  )
  .get(
    '/api/v1/admin/provinces/:province/dashboard',
    doc({
      summary: "The province's dashboard: its wards ranked on each figure for a period",
      tags,
      staff: true,
      responses: { 200: 'The province total and its wards', 400: 'Invalid period' },
    }),
    valid('query', PeriodQuerySchema),
    async (c) => {
      const { staff, province } = await provinceStaffFor(c);
      const { from, to, label } = periodOf(c.req.valid('query'));
      const db = c.get('db');
      const [row] = await db.query<{ name: string }>('SELECT name FROM provinces WHERE code = $1', [province]);
      const [wards, contests] = await Promise.all([
        unitFigures(db, staff.units, from, to),
        contestsTakenPart(db, staff.units, from, to),
      ]);
      return c.json({
        province: { code: province, name: row?.name ?? province },
        from,
        to,
        label,
        total: totalOf(wards, province, row?.name ?? province, contests),
        wards,
      });
    },
  );
