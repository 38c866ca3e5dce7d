/**
 * The procedure search's reports (issue 23): queries that found nothing, or whose results nobody opened,
 * counted per unit, Vietnam month and query. The widget sends them with `fetch(…, { keepalive: true,
 * credentials: 'omit' })` as text/plain (a simple request: no preflight, no cookies), so this route reads
 * JSON under either type. Every query is checked again here (reportableQuery): a phone or ID number, an
 * address, or under three letters is dropped whatever the widget did.
 */
import { queryKey, reportableQuery, SearchReportBatchSchema, validateWith, vnDay } from '@motcua/core';
import { Hono } from 'hono';
import { isJson, limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { writeLimits } from '../http/limits.js';
import { doc } from '../http/validate.js';
import { limitAll } from '../storage/rate-limits.js';

const REPORT_BODY = 16 * 1024;

export const searchRoutes = new Hono<AppEnv>().post(
  '/api/v1/units/:unit/search-reports',
  doc({
    summary:
      'Search queries that found nothing or whose results nobody opened (JSON, as application/json or text/plain); counted by month, no personal data',
    tags: ['catalogue'],
    body: SearchReportBatchSchema,
    responses: { 202: 'Counted', 400: 'Invalid batch', 415: 'Not JSON', 429: 'Too many' },
  }),
  limitBody(REPORT_BODY),
  async (c) => {
    const type = c.req.header('content-type');
    if (!isJson(type) && !/^text\/plain\s*(;|$)/i.test(type ?? '')) throw errors.unsupportedType();
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw errors.badJson();
    }
    const checked = validateWith(SearchReportBatchSchema, body);
    if (!checked.ok) throw errors.invalid(checked.fields);
    const unit = c.get('unit').code;
    const db = c.get('db');
    await limitAll(db, writeLimits(c, unit));
    const month = vnDay(Date.now()).slice(0, 7);
    let counted = 0;
    for (const r of checked.value.reports) {
      const query = reportableQuery(r.query);
      if (!query) continue;
      const noResults = r.kind === 'no-results' ? 1 : 0;
      await db.kysely
        .insertInto('search_queries')
        .values({ unit, month, query_key: queryKey(query), query, no_results: noResults, not_opened: 1 - noResults })
        .onConflict((oc) =>
          oc.columns(['unit', 'month', 'query_key']).doUpdateSet((eb) => ({
            no_results: eb('search_queries.no_results', '+', noResults),
            not_opened: eb('search_queries.not_opened', '+', 1 - noResults),
          })),
        )
        .execute();
      counted++;
    }
    return c.json({ counted }, 202);
  },
);
