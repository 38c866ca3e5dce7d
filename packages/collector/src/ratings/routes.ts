/**
 * The rating routes: a citizen's rating (validated by core's schema, stored through the group commit,
 * idempotent by its id) and the public summary a results display shows.
 */
import { RatingSchema, SummaryQuerySchema, vnDay } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { doc, valid } from '../http/validate.js';
import { writeLimits } from '../http/limits.js';
import { recordedAt } from './created-at.js';
import { clearUnprovenDossierRating, proofOf } from './proof.js';
import { submitRating } from './store.js';
import { ratingSummary } from './summary.js';

export const SMALL_BODY = 64 * 1024;

export const ratingRoutes = new Hono<AppEnv>()
  .post(
    '/api/v1/units/:unit/ratings',
    doc({
      summary: 'A satisfaction rating; the client-made id makes retries idempotent',
      tags: ['ratings'],
      body: RatingSchema,
      responses: {
        200: 'Already stored (a retry)',
        201: 'Stored',
        400: 'Invalid rating',
        409: 'Id or dossier taken',
        429: 'Too many',
      },
    }),
    limitBody(SMALL_BODY),
    valid('json', RatingSchema),
    async (c) => {
      const r = c.req.valid('json');
      const unit = c.get('unit').code;
      const createdAt = recordedAt(r.createdAt);
      const db = c.get('db');
      const proof = await proofOf(db, unit, r);
      if (proof === 'dossier' && r.dossier) await clearUnprovenDossierRating(db, unit, r.dossier);
      // Rate limits, insert and commit happen in this storage's next group commit (store.ts).
      const status = await submitRating(db, { rating: r, unit, createdAt, proof, limits: writeLimits(c, unit) });
      return c.json({ id: r.id, proof }, status);
    },
  )
  .get(
    '/api/v1/units/:unit/ratings/summary',
    doc({
      summary: 'Public aggregate for results displays: counts per level, satisfied share, by month or quarter',
      tags: ['ratings'],
      query: SummaryQuerySchema,
      responses: { 200: 'The summary', 400: 'Invalid dates' },
    }),
    valid('query', SummaryQuerySchema),
    async (c) => {
      const query = c.req.valid('query');
      // A year to today unless asked otherwise.
      const from = query.from ?? vnDay(Date.now() - 365 * 86400_000);
      const to = query.to ?? vnDay(Date.now());
      const groupBy = query.groupBy;
      const summary = await ratingSummary(c.get('db'), c.get('unit').code, from, to, groupBy);
      return c.json(summary, 200, { 'Cache-Control': 'public, max-age=60' });
    },
  );
