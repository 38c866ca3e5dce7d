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

/** The OpenAPI descriptions of the routes below that carry no schema of their own. */
const docs = {
  template: doc({
    summary: 'The support points template (XLSX)',
    tags,
    staff: true,
    produces: XLSX,
    responses: { 200: 'The template', 401: 'Not signed in' },
  }),
  points: doc({ summary: "The unit's support points", tags, staff: true, responses: { 200: 'The points' } }),
  map: doc({
    summary: "The unit's map tiles for its points' small maps, if set (`{map: null}` when not)",
    tags,
    staff: true,
    responses: { 200: '`{map: {tiles, attribution} | null}`' },
  }),
  saveMap: doc({
    summary: "Sets the unit's tile server (https, with {z}, {x}, {y}) and its credit; the widget then offers a map",
    tags,
    staff: true,
    responses: { 200: 'Saved', 400: 'Invalid tile server or credit' },
  }),
  clearMap: doc({
    summary: "Removes the unit's tile server: the widget offers no map and requests no tile",
    tags,
    staff: true,
    responses: { 204: 'Removed' },
  }),
  removePoint: doc({
    summary: 'Remove a support point',
    tags,
    staff: true,
    responses: { 200: 'Removed', 404: 'No such point' },
  }),
  importPoints: doc({
    summary: "Replace the unit's support points from the XLSX template (all rows or none)",
    tags,
    staff: true,
    responses: { 200: 'How many points', 400: 'Rows with errors' },
  }),
  visits: doc({
    summary: "The unit's home visit requests, by status",
    tags,
    staff: true,
    responses: { 200: 'The requests', 400: 'Unknown status' },
  }),
  dayList: doc({
    summary: "A support point's home visits of one day, for the team's day list",
    tags,
    staff: true,
    responses: { 200: 'The visits', 400: 'Invalid date', 404: 'No such point' },
  }),
};
const POINTS_FILE = 2 * 1024 * 1024;
const POINT_BODY = 64 * 1024;

const nameTaken = () =>
  errors.conflict({
    vi: 'Đơn vị đã có một điểm khác cùng tên (hoặc mã điểm đã được dùng).',
    en: 'Another point of the unit has this name (or the id is taken).',
  });

export const supportAdminRoutes = new Hono<AppEnv>()
  .get('/api/v1/admin/support-points-template.xlsx', docs.template, async (c) => {
    await sessionFor(c);
    return c.body(new Uint8Array(await pointsTemplate()), 200, {
      'Content-Type': XLSX,
      'Content-Disposition': 'attachment; filename="mau-diem-ho-tro.xlsx"',
    });
  })
  .get(`${BASE}/support-points`, docs.points, async (c) => {
    const { unit } = await staffFor(c);
    return c.json({ points: await listPoints(c.get('db').kysely, unit) });
  })
  .get(`${BASE}/support-map`, docs.map, async (c) => {
    const { unit } = await staffFor(c);
    return c.json({ map: (await getMap(c.get('db').kysely, unit)) ?? null });
  })
  .put(`${BASE}/support-map`, docs.saveMap, limitBody(SMALL_BODY), valid('json', SupportMapSchema), async (c) => {
    const { unit } = await staffFor(c, { write: true });
    await saveMap(c.get('db').kysely, unit, c.req.valid('json'));
    return c.json({ ok: true });
  })
  .delete(`${BASE}/support-map`, docs.clearMap, async (c) => {
    const { unit } = await staffFor(c, { write: true });
    await clearMap(c.get('db').kysely, unit);
    return c.body(null, 204);
  })
  .post(
    `${BASE}/support-points`,
    doc({
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
  .delete(`${BASE}/support-points/:id`, docs.removePoint, async (c) => {
    const { unit } = await staffFor(c, { write: true });
    if (!(await deletePoint(c.get('db').kysely, unit, uuidParam(c, 'id')))) throw errors.notFound();
    return c.body(null, 204);
  })
  .put(`${BASE}/support-points`, docs.importPoints, limitBody(POINTS_FILE), async (c) => {
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
  })
  .get(`${BASE}/home-visits`, docs.visits, async (c) => {
    const { unit } = await staffFor(c);
    const status = c.req.query('status');
    if (status !== undefined && !(VISIT_STATUSES as readonly string[]).includes(status))
      throw errors.invalid({ status: { vi: 'Trạng thái không hợp lệ.', en: 'Not a valid status.' } });
    return c.json({ visits: await listVisits(c.get('db').kysely, unit, status as VisitStatus | undefined) });
  })
  .post(
    `${BASE}/home-visits/:id`,
    doc({
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
  .get(`${BASE}/support-points/:id/visits`, docs.dayList, async (c) => {
    const { unit } = await staffFor(c);
    const team = uuidParam(c, 'id');
    const date = c.req.query('date') ?? '';
    if (!isIsoDate(date))
      throw errors.invalid({ date: { vi: 'Ngày cần có dạng 2026-12-31.', en: 'A date is written 2026-12-31.' } });
    return c.json({ date, visits: await teamDay(c.get('db').kysely, unit, team, date) });
  });
