/**
 * The public support routes the widget calls: a unit's points and teams, a home-visit request (through
 * the page outbox, so retried until it lands once; rate-limited per address, and within the unit's
 * shared budget), and the follow-up by receipt code and phone from any page.
 */
import { FeedbackLookupQuerySchema, HomeVisitSchema, normalizePhoneVN } from '@motcua/core';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { HttpError } from '../http/errors.js';
import { writeLimits } from '../http/limits.js';
import { doc, valid } from '../http/validate.js';
import { normalizeReceiptCode } from '../feedback/receipt.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { limit, limitAll } from '../storage/rate-limits.js';
import { getMap } from './map.js';
import { listPoints } from './points.js';
import { acceptVisit, followUp, storedVisit } from './visits.js';

const UNIT = '/api/v1/units/:unit';
const FOLLOW_UP = '/api/v1/home-visits/:code';
const tags = ['support'];

const notFound = () =>
  new HttpError(404, 'not_found', {
    vi: 'Không tìm thấy yêu cầu với mã và số điện thoại này.',
    en: 'No request matches this receipt code and phone number.',
  });

export const supportRoutes = new Hono<AppEnv>()
  .get(
    `${UNIT}/support-points`,
    doc({
      summary:
        'The unit’s support points and community technology teams, with their hours and services, and its map tiles (`map`) when the ward configured a tile server',
      tags,
      responses: { 200: '`{points, map?: {tiles, attribution}}`', 404: 'No such unit' },
    }),
    async (c) => {
      const db = c.get('db').kysely;
      const unit = c.get('unit').code;
      const [points, map] = await Promise.all([listPoints(db, unit), getMap(db, unit)]);
      return c.json({ points, ...(map && { map }) }, 200, { 'Cache-Control': 'public, max-age=300' });
    },
  )
  .post(
    `${UNIT}/home-visits`,
    doc({
      summary: 'Ask for a home visit; the client-made id makes retries idempotent; answers a receipt code',
      tags,
      body: HomeVisitSchema,
      responses: {
        201: 'Received: `{id, receiptCode}`',
        200: 'Already received (a retry): the same receipt',
        400: 'Invalid request, field by field',
        409: 'The id belongs to another request',
        429: 'Too many requests from this address',
      },
    }),
    limitBody(SMALL_BODY),
    valid('json', HomeVisitSchema),
    async (c) => {
      const body = c.req.valid('json');
      const unit = c.get('unit').code;
      const db = c.get('db');
      // A retry of an acknowledged request answers its receipt before any limit is counted.
      const previous = await storedVisit(db.kysely, unit, body.id, body.phone);
      if (previous) return c.json({ id: previous.id, receiptCode: previous.receiptCode }, 200);
      await limitAll(db, [
        ...writeLimits(c, unit),
        { key: `home-visit:${c.get('ip')}`, max: c.get('config').homeVisitsIpPerHour, windowSeconds: 3600 },
      ]);
      const answer = await acceptVisit(db.kysely, unit, body);
      return c.json({ id: answer.id, receiptCode: answer.receiptCode }, answer.status);
    },
  )
  // The follow-up is read from any page (a ward's site, a printed link): no credentials, so any origin.
  .use(FOLLOW_UP, cors({ origin: '*', allowMethods: ['GET'], maxAge: 600 }))
  .get(
    FOLLOW_UP,
    doc({
      summary: 'A home-visit request’s status by its receipt code and the phone given (`?phone=`)',
      tags,
      query: FeedbackLookupQuerySchema,
      responses: {
        200: 'Status, history, the team and the time once set, the note once closed',
        404: 'No such request for this phone',
        429: 'Too many look-ups from this address',
      },
    }),
    async (c) => {
      await limit(c.get('db'), `lookup:${c.get('ip')}`, 30, 60);
      const code = normalizeReceiptCode(c.req.param('code'), 'HT');
      const phone = normalizePhoneVN(c.req.query('phone') ?? '');
      if (!code || !phone) throw notFound();
      const found = await followUp(c.get('db').kysely, code, phone);
      if (!found) throw notFound();
      return c.json(found);
    },
  );
