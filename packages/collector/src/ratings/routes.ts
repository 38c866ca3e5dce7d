/**
 * The rating routes: a citizen's rating (validated by core's schema, stored through the group commit,
 * idempotent by its id) and the public summary a results display shows.
 */
import { validateRating } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody, readJson } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { writeLimits } from '../http/limits.js';
import { dayRange } from '../http/query.js';
import { recordedAt } from './created-at.js';
import { submitRating } from './store.js';
import { ratingSummary } from './summary.js';

export const SMALL_BODY = 64 * 1024;

export const ratingRoutes = new Hono<AppEnv>()
  .post('/api/v1/units/:unit/ratings', limitBody(SMALL_BODY), async (c) => {
    const v = validateRating(await readJson(c));
    if (!v.ok) throw errors.invalid(v.fields);
    const r = v.value;
    const unit = c.get('unit').code;
    const createdAt = recordedAt(r.createdAt);
    // Rate limits, insert and commit happen in this storage's next group commit (store.ts).
    const status = await submitRating(c.get('db'), { rating: r, unit, createdAt, limits: writeLimits(c, unit) });
    return c.json({ id: r.id }, status);
  })
  .get('/api/v1/units/:unit/ratings/summary', async (c) => {
    const { from, to } = dayRange((n) => c.req.query(n));
    const groupBy = c.req.query('groupBy') ?? 'month';
    if (groupBy !== 'month' && groupBy !== 'quarter')
      throw errors.invalid({ groupBy: { vi: 'Chỉ nhận month hoặc quarter.', en: 'Must be month or quarter.' } });
    const summary = await ratingSummary(c.get('db'), c.get('unit').code, from, to, groupBy);
    return c.json(summary, 200, { 'Cache-Control': 'public, max-age=60' });
  });
