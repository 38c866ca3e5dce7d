/** The staff campaign editor: the unit's campaigns with their counts, and creating, editing, deleting. */
import { randomUUID } from 'node:crypto';
import { type Campaign, CampaignSchema } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { rate } from '../ratings/satisfied.js';
import { staffFor, uuidParam } from '../staff/guard.js';
import type { Queryable } from '../storage/database.js';
import { campaignJson } from './json.js';

function columns(c: Campaign) {
  return {
    title: c.title,
    text: c.text ?? null,
    image_url: c.imageUrl ?? null,
    image_alt: c.imageAlt ?? null,
    image_width: c.imageWidth ?? null,
    image_height: c.imageHeight ?? null,
    image_srcset: c.imageSrcset ?? null,
    link_url: c.linkUrl ?? null,
    link_text: c.linkText ?? null,
    starts_at: c.startsAt,
    ends_at: c.endsAt,
    priority: c.priority,
    target_pages: c.targetPages ?? null,
  };
}

async function campaignsWithCounts(db: Queryable, unit: string) {
  const rows = await db.kysely
    .selectFrom('campaigns')
    .selectAll()
    .where('unit', '=', unit)
    .orderBy('starts_at', 'desc')
    .execute();
  const counts = await db.kysely
    .selectFrom('event_counts')
    .select((eb) => ['campaign', 'type', eb.fn.sum<string>('count').as('n')])
    .where('unit', '=', unit)
    .where('campaign', '<>', '')
    .groupBy(['campaign', 'type'])
    .execute();
  const by = new Map<string, Record<string, number>>();
  for (const x of counts) by.set(x.campaign, { ...(by.get(x.campaign) ?? {}), [x.type]: Number(x.n) });
  return rows.map((r) => {
    const n = by.get(r.id) ?? {};
    const impressions = n.impression ?? 0;
    const clicks = n.click ?? 0;
    return {
      ...campaignJson(r),
      impressions,
      clicks,
      dismissals: n.dismiss ?? 0,
      clickThrough: rate(clicks, impressions),
    };
  });
}

const tags = ['campaigns (staff)'];

export const campaignAdminRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/admin/units/:unit/campaigns',
    doc({
      summary: "The unit's campaigns with their impressions, clicks and dismissals",
      tags,
      staff: true,
      responses: { 200: 'The campaigns' },
    }),
    async (c) => {
      const { unit } = await staffFor(c);
      return c.json(await campaignsWithCounts(c.get('db'), unit));
    },
  )
  .post(
    '/api/v1/admin/units/:unit/campaigns',
    doc({ summary: 'Create a campaign', tags, staff: true, responses: { 201: 'Its id', 400: 'Invalid campaign' } }),
    limitBody(SMALL_BODY),
    valid('json', CampaignSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const campaign = c.req.valid('json');
      const id = randomUUID();
      await c
        .get('db')
        .kysely.insertInto('campaigns')
        .values({ id, unit, ...columns(campaign) })
        .execute();
      return c.json({ id }, 201);
    },
  )
  .put(
    '/api/v1/admin/units/:unit/campaigns/:id',
    doc({
      summary: 'Edit a campaign',
      tags,
      staff: true,
      responses: { 200: 'Its id', 400: 'Invalid campaign', 404: 'No such campaign' },
    }),
    limitBody(SMALL_BODY),
    valid('json', CampaignSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const id = uuidParam(c, 'id');
      const done = await c
        .get('db')
        .kysely.updateTable('campaigns')
        .set({ ...columns(c.req.valid('json')), updated_at: new Date() })
        .where('unit', '=', unit)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!Number(done.numUpdatedRows)) throw errors.notFound();
      return c.json({ id });
    },
  )
  .delete(
    '/api/v1/admin/units/:unit/campaigns/:id',
    doc({ summary: 'Delete a campaign', tags, staff: true, responses: { 200: 'Its id', 404: 'No such campaign' } }),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const id = uuidParam(c, 'id');
      const done = await c
        .get('db')
        .kysely.deleteFrom('campaigns')
        .where('unit', '=', unit)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!Number(done.numDeletedRows)) throw errors.notFound();
      return c.json({ id });
    },
  );
