/**
 * The public campaign routes: the campaigns running now (for the page asking, when it says which), and
 * the anonymous impression/click/dismissal counts the banner and other widgets send in batches.
 *
 * The banner asks on every page view of every ward site, so each instance keeps a unit's campaigns that
 * have not ended until the database announces a change of that unit's campaigns (storage/changes.ts);
 * which of them run now is decided at each request.
 */
import { type CampaignItem, CampaignsQuerySchema, EventBatchSchema, matchesPage } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { writeLimits } from '../http/limits.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { UnitCache } from '../storage/changes.js';
import type { Db } from '../storage/database.js';
import { limitAll } from '../storage/rate-limits.js';
import { campaignJson } from './json.js';

/** At most this many running campaigns are answered, highest priority first. */
const ANSWERED = 50;
const caches = new WeakMap<Db, UnitCache<CampaignItem[]>>();

/** The unit's campaigns running at `now`, highest priority first, then the latest started. */
async function runningCampaigns(db: Db, unit: string, now: Date): Promise<CampaignItem[]> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new UnitCache(db.changes, 'campaigns', async (code) =>
      (
        await db.kysely
          .selectFrom('campaigns')
          .selectAll()
          .where('unit', '=', code)
          .where('ends_at', '>=', new Date())
          .orderBy('priority', 'desc')
          .orderBy('starts_at', 'desc')
          .execute()
      ).map(campaignJson),
    );
    caches.set(db, cache);
  }
  const t = now.toISOString();
  return (await cache.get(unit)).filter((x) => x.startsAt <= t && x.endsAt >= t).slice(0, ANSWERED);
}

export const campaignRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/units/:unit/campaigns',
    doc({
      summary: 'Campaigns running now, for the page given',
      tags: ['campaigns'],
      query: CampaignsQuerySchema,
      responses: { 200: 'The campaigns, highest priority first' },
    }),
    async (c) => {
      const page = (c.req.query('page') ?? '').slice(0, 300);
      const running = await runningCampaigns(c.get('db'), c.get('unit').code, new Date());
      const list = running.filter((x) => !page || matchesPage(x.targetPages, page));
      return c.json(list, 200, { 'Cache-Control': 'public, max-age=60' });
    },
  )
  .post(
    '/api/v1/units/:unit/events',
    doc({
      summary: 'Batched anonymous impression/click/dismissal counts (no personal data); idempotent by batch id',
      tags: ['campaigns'],
      body: EventBatchSchema,
      responses: { 202: 'Counted', 400: 'Invalid batch', 429: 'Too many' },
    }),
    limitBody(SMALL_BODY),
    valid('json', EventBatchSchema),
    async (c) => {
      const v = { value: c.req.valid('json') };
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
    },
  );
