/**
 * The staff support pages' API: the unit's points and teams (list, save, delete, spreadsheet import
 * all or nothing with problems by line, its template), the unit's map tiles, home-visit requests and
 * their workflow steps, and a team's list for a day.
 */
import {
  isIsoDate,
  SupportMapSchema,
  SupportPointSchema,
  VISIT_STATUSES,
  type VisitStatus,
  VisitStepSchema,
} from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { sheetKindOf } from '../spreadsheets/read.js';
import { sessionFor, staffFor, uuidParam } from '../staff/guard.js';
import { clearMap, getMap, saveMap } from './map.js';
import { deletePoint, importPoints, listPoints, savePoint } from './points.js';
import { parsePoints, pointsTemplate } from './points-import.js';
import { listVisits, stepVisit, teamDay } from './visits.js';

const BASE = '/api/v1/admin/units/:unit';
const tags = ['support (staff)'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POINTS_FILE = 2 * 1024 * 1024;
const POINT_BODY = 64 * 1024;

const nameTaken = () =>
  errors.conflict({
    vi: 'Đơn vị đã có một điểm khác cùng tên (hoặc mã điểm đã được dùng).',
    en: 'Another point of the unit has this name (or the id is taken).',
  });

export const supportAdminRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/admin/support-points-template.xlsx',
    doc({
      method: 'get',
      path: '/api/v1/admin/support-points-template.xlsx',
      summary: 'The spreadsheet template for importing support points and teams',
      tags,
      staff: true,
      responses: { 200: 'An XLSX file' },
    }),
    async (c) => {
      await sessionFor(c);
      return c.body(new Uint8Array(await pointsTemplate()), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': 'attachment; filename="mau-diem-ho-tro.xlsx"',
      });
    },
  )
  .get(
    `${BASE}/support-points`,
    doc({
      method: 'get',
      path: `${BASE}/support-points`,
      summary: 'The unit’s support points and teams, with their hours and exceptions',
      tags,
      staff: true,
      responses: { 200: '`{points}`' },
    }),
    async (c) => {
      const { unit } = await staffFor(c);
      return c.json({ points: await listPoints(c.get('db').kysely, unit) });
    },
  )
  .get(
    `${BASE}/support-map`,
    doc({
      method: 'get',
      path: `${BASE}/support-map`,
      summary: 'The unit’s map tiles for its points’ small maps, if set (`{map: null}` when not)',
      tags,
      staff: true,
      responses: { 200: '`{map: {tiles, attribution} | null}`' },
    }),
    async (c) => {
      const { unit } = await staffFor(c);
      return c.json({ map: (await getMap(c.get('db').kysely, unit)) ?? null });
    },
  )
  .put(
    `${BASE}/support-map`,
    doc({
      method: 'put',
      path: `${BASE}/support-map`,
      summary: 'Sets the unit’s tile server (https, with {z}, {x}, {y}) and its credit; the widget then offers a map',
      tags,
      body: SupportMapSchema,
      staff: true,
      responses: { 200: 'Saved', 400: 'Invalid tile server or credit' },
    }),
    limitBody(SMALL_BODY),
    valid('json', SupportMapSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      await saveMap(c.get('db').kysely, unit, c.req.valid('json'));
      return c.json({ ok: true });
    },
  )
  .delete(
    `${BASE}/support-map`,
    doc({
      method: 'delete',
      path: `${BASE}/support-map`,
      summary: 'Removes the unit’s tile server: the widget offers no map and requests no tile',
      tags,
      staff: true,
      responses: { 204: 'Removed' },
    }),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      await clearMap(c.get('db').kysely, unit);
      return c.body(null, 204);
    },
  )
  .post(
    `${BASE}/support-points`,
    doc({
      method: 'post',
      path: `${BASE}/support-points`,
      summary: 'Create or update a support point or team (by its id), with its hours and exceptions',
      tags,
      body: SupportPointSchema,
      staff: true,
      responses: { 200: 'Saved', 400: 'Invalid point', 409: 'The name is taken' },
    }),
    limitBody(POINT_BODY),
    valid('json', SupportPointSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const point = c.req.valid('json');
      if ((await savePoint(c.get('db').kysely, unit, point)) === 'taken') throw nameTaken();
      return c.json({ id: point.id });
    },
  )
  .delete(
    `${BASE}/support-points/:id`,
    doc({
      method: 'delete',
      path: `${BASE}/support-points/:id`,
      summary: 'Deletes a support point or team of the unit',
      tags,
      staff: true,
      responses: { 204: 'Deleted', 404: 'No such point of the unit' },
    }),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      if (!(await deletePoint(c.get('db').kysely, unit, uuidParam(c, 'id')))) throw errors.notFound();
      return c.body(null, 204);
    },
  )
  .put(
    `${BASE}/support-points`,
    doc({
      method: 'put',
      path: `${BASE}/support-points`,
      summary: 'Imports points and teams from the XLSX or CSV template, all or nothing, matched by name',
      tags,
      staff: true,
      responses: { 200: '`{added, updated}`', 400: 'Problems by line; nothing imported', 413: 'File too large' },
    }),
    limitBody(POINTS_FILE),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const parsed = await parsePoints(new Uint8Array(await c.req.arrayBuffer()), sheetKindOf(c));
      if (!parsed.ok)
        return c.json(
          {
            error: 'invalid_rows',
            message: {
              vi: 'Một số dòng có lỗi; chưa nhập điểm nào.',
              en: 'Some rows have errors; nothing was imported.',
            },
            rows: parsed.problems,
          },
          400,
        );
      return c.json(await importPoints(c.get('db').kysely, unit, parsed.points, () => crypto.randomUUID()));
    },
  )
  .get(
    `${BASE}/home-visits`,
    doc({
      method: 'get',
      path: `${BASE}/home-visits`,
      summary: 'The unit’s home-visit requests, newest first (`?status=` to filter)',
      tags,
      staff: true,
      responses: { 200: '`{visits}`', 400: 'Not a valid status' },
    }),
    async (c) => {
      const { unit } = await staffFor(c);
      const status = c.req.query('status');
      if (status !== undefined && !(VISIT_STATUSES as readonly string[]).includes(status))
        throw errors.invalid({ status: { vi: 'Trạng thái không hợp lệ.', en: 'Not a valid status.' } });
      return c.json({ visits: await listVisits(c.get('db').kysely, unit, status as VisitStatus | undefined) });
    },
  )
  .post(
    `${BASE}/home-visits/:id`,
    doc({
      method: 'post',
      path: `${BASE}/home-visits/:id`,
      summary: 'A step of a home-visit request: assign a team, schedule a time, close it (done, or could not help)',
      tags,
      body: VisitStepSchema,
      staff: true,
      responses: { 200: 'Moved', 404: 'No such request or team', 409: 'The workflow does not allow it' },
    }),
    limitBody(SMALL_BODY),
    valid('json', VisitStepSchema),
    async (c) => {
      const { unit, staff } = await staffFor(c, { write: true });
      const id = uuidParam(c, 'id');
      await stepVisit(c.get('db').kysely, unit, id, c.req.valid('json'), staff.email);
      return c.json({ id });
    },
  )
  .get(
    `${BASE}/support-points/:id/visits`,
    doc({
      method: 'get',
      path: `${BASE}/support-points/:id/visits`,
      summary: 'A team’s visits scheduled on one day (`?date=YYYY-MM-DD`, Vietnam time), by time: the list to print',
      tags,
      staff: true,
      responses: { 200: '`{date, visits}`', 400: 'Not a valid date' },
    }),
    async (c) => {
      const { unit } = await staffFor(c);
      const team = uuidParam(c, 'id');
      const date = c.req.query('date') ?? '';
      if (!isIsoDate(date))
        throw errors.invalid({ date: { vi: 'Ngày cần có dạng 2026-12-31.', en: 'A date is written 2026-12-31.' } });
      return c.json({ date, visits: await teamDay(c.get('db').kysely, unit, team, date) });
    },
  );
