/**
 * The staff API of counter devices (kiosks): register one (its key is shown once, to be entered on the
 * device), list them, revoke one. Ratings a registered device sends count as made at the counter.
 */
import { KioskSchema } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { staffFor, uuidParam } from '../staff/guard.js';
import { registerKiosk } from './proof.js';

const BASE = '/api/v1/admin/units/:unit/kiosks';
const tags = ['ratings (staff)'];

export const kioskAdminRoutes = new Hono<AppEnv>()
  .get(
    BASE,
    doc({ summary: "The unit's counter devices, newest first", tags, staff: true, responses: { 200: 'The devices' } }),
    async (c) => {
      const { unit } = await staffFor(c);
      const rows = await c
        .get('db')
        .kysely.selectFrom('kiosks')
        .select(['id', 'name', 'created_at as createdAt', 'revoked_at as revokedAt'])
        .where('unit', '=', unit)
        .orderBy('created_at', 'desc')
        .execute();
      return c.json(rows);
    },
  )
  .post(
    BASE,
    doc({
      summary: 'Register a counter device: its key, shown only in this answer, goes into the kiosk page',
      tags,
      body: KioskSchema,
      example: { name: 'Quầy 1 — tầng trệt' },
      staff: true,
      responses: { 201: 'The device id and its key', 400: 'Invalid name' },
    }),
    limitBody(4096),
    valid('json', KioskSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      return c.json(await registerKiosk(c.get('db'), unit, c.req.valid('json').name), 201);
    },
  )
  .delete(
    `${BASE}/:id`,
    doc({
      summary: 'Revoke a counter device: its ratings no longer count as made at the counter',
      tags,
      staff: true,
      responses: { 204: 'Revoked', 404: 'No such live device' },
    }),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const revoked = await c
        .get('db')
        .kysely.updateTable('kiosks')
        .set({ revoked_at: new Date() })
        .where('unit', '=', unit)
        .where('id', '=', uuidParam(c, 'id'))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!revoked.numUpdatedRows) throw errors.notFound();
      return c.body(null, 204);
    },
  );
