/**
 * The public campaign routes: the campaigns running now (for the page asking, when it says which), and
 * the anonymous impression/click/dismissal counts the banner and other widgets send in batches.
 */
import { matchesPage, validateEvents } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody, readJson } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { writeLimits } from '../http/limits.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { limitAll } from '../storage/rate-limits.js';
import { campaignJson } from './json.js';

export const campaignRoutes = new Hono<AppEnv>()
  .get('/api/v1/units/:unit/campaigns', async (c) => {
    const page = (c.req.query('page') ?? '').slice(0, 300);
    const now = new Date();
    const rows = await c
      .get('db')
      .kysely.selectFrom('campaigns')
      .selectAll()
      .where('unit', '=', c.get('unit').code)
      .where('starts_at', '<=', now)
      .where('ends_at', '>=', now)
      .orderBy('priority', 'desc')
      .orderBy('starts_at', 'desc')
      .limit(50)
      .execute();
    const list = rows.map(campaignJson).filter((x) => !page || matchesPage(x.targetPages, page));
    return c.json(list, 200, { 'Cache-Control': 'public, max-age=60' });
  })
  .post('/api/v1/units/:unit/events', limitBody(SMALL_BODY), async (c) => {
    const v = validateEvents(await readJson(c));
    if (!v.ok) throw errors.invalid(v.fields);
    const unit = c.get('unit').code;
    const db = c.get('db');
    await limitAll(db, writeLimits(c, unit));
    const campaigns = new Set(
      (await db.kysely.selectFrom('campaigns').select('id').where('unit', '=', unit).execute()).map((r) => r.id),
    );
    await db.tx(async ({ kysely }) => {
      const fresh = await kysely
        .insertInto('event_batches')
        .values({ id: v.value.id, unit })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .execute();
      if (!fresh.length) return;
      for (const e of v.value.events) {
        // Counts for deleted or unknown campaigns are dropped; widget counts are kept.
        if (e.campaign && !campaigns.has(e.campaign)) continue;
        await kysely
          .insertInto('event_counts')
          .values({
            unit,
            campaign: e.campaign ?? '',
            widget: e.widget ?? '',
            day: e.day,
            type: e.type,
            count: e.count,
          })
          .onConflict((oc) =>
            oc
              .columns(['unit', 'campaign', 'widget', 'day', 'type'])
              .doUpdateSet((eb) => ({ count: eb('event_counts.count', '+', eb.ref('excluded.count')) })),
          )
          .execute();
      }
    });
    return c.json({ id: v.value.id }, 202);
  });
