/**
 * The staff page "Tìm kiếm không thấy" (issue 23): the unit's failed search queries of a month by count,
 * each with the procedures it is already a keyword of, and attaching a query to the right procedure in
 * one step (it is served with the procedure as `askedAs`, which the search index reads as "asked as"
 * words, the whole query scoring as a keyword). A new one changes the catalogue's ETag,
 * so every citizen's search fetches the catalogue with it on its next revalidation and finds it at once.
 * Also the ward's own details of a procedure (fee notes, where to file, hours, a contact), kept apart
 * from the national text and shown beside it, marked as the ward's.
 */
import { randomUUID } from 'node:crypto';
import { LocalDetailsSchema, queryKey, reportableQuery, SearchKeywordSchema, vnDay } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { HttpError } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { staffFor } from '../staff/guard.js';

const BASE = '/api/v1/admin/units/:unit';
const tags = ['catalogue (staff)'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The OpenAPI descriptions of the routes below that carry no schema of their own. */
const docs = {
  failedSearches: doc({
    summary: 'Searches that found nothing in a month, most asked first',
    tags,
    staff: true,
    responses: { 200: 'The queries', 400: 'Invalid month' },
  }),
};

/** A procedure of the unit's catalogue by code: its name, or the 404 that says it is not there. */
async function procedureName(db: AppEnv['Variables']['db'], unit: string, code: string): Promise<string> {
  const found = await db.query<{ name: string }>(
    `SELECT p->>'name' AS name FROM units, jsonb_array_elements(COALESCE(catalogue, '[]'::jsonb)) AS p
    WHERE code = $1 AND p->>'code' = $2 LIMIT 1`,
    [unit, code],
  );
  if (!found[0])
    throw new HttpError(404, 'not_found', {
      vi: 'Danh mục của đơn vị không có thủ tục này.',
      en: "The unit's catalogue has no such procedure.",
    });
  return found[0].name;
}

/** A new catalogue ETag: every search revalidating its cached catalogue gets the unit's change. */
const touchCatalogue = (db: AppEnv['Variables']['db']['kysely'], unit: string) =>
  db.updateTable('units').set({ catalogue_etag: randomUUID() }).where('code', '=', unit).execute();

const badMonth = () =>
  new HttpError(400, 'invalid_month', { vi: 'Tháng phải có dạng YYYY-MM.', en: 'The month must be YYYY-MM.' });

export const searchAdminRoutes = new Hono<AppEnv>()
  .get(`${BASE}/search-queries`, docs.failedSearches, async (c) => {
    const { unit } = await staffFor(c);
    const month = c.req.query('month') ?? vnDay(Date.now()).slice(0, 7);
    if (!MONTH.test(month)) throw badMonth();
    const db = c.get('db').kysely;
    const [rows, months, keywords] = await Promise.all([
      db
        .selectFrom('search_queries')
        .select(['query', 'query_key', 'no_results', 'not_opened'])
        .where('unit', '=', unit)
        .where('month', '=', month)
        .orderBy((eb) => eb('no_results', '+', eb.ref('not_opened')), 'desc')
        .orderBy('query_key')
        .limit(500)
        .execute(),
      db
        .selectFrom('search_queries')
        .select('month')
        .distinct()
        .where('unit', '=', unit)
        .orderBy('month', 'desc')
        .execute(),
      db.selectFrom('search_keywords').select(['code', 'keyword']).where('unit', '=', unit).execute(),
    ]);
    const attached = new Map<string, string[]>();
    for (const k of keywords) attached.set(queryKey(k.keyword), [...(attached.get(queryKey(k.keyword)) ?? []), k.code]);
    return c.json({
      month,
      months: months.map((m) => m.month),
      queries: rows.map((r) => ({
        query: r.query,
        noResults: r.no_results,
        notOpened: r.not_opened,
        total: r.no_results + r.not_opened,
        attachedTo: attached.get(r.query_key) ?? [],
      })),
    });
  })
  .post(
    `${BASE}/search-keywords`,
    doc({
      summary: "Attach a query to a procedure of the unit's catalogue: it is served with the procedure as `askedAs`",
      tags,
      body: SearchKeywordSchema,
      staff: true,
      responses: { 201: 'Attached', 400: 'Invalid', 404: 'No such procedure in the catalogue' },
    }),
    limitBody(SMALL_BODY),
    valid('json', SearchKeywordSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const { query, code } = c.req.valid('json');
      const keyword = reportableQuery(query);
      if (!keyword)
        throw new HttpError(400, 'invalid_keyword', {
          vi: 'Từ khóa cần ít nhất 3 chữ cái và không được chứa số điện thoại, số giấy tờ hay địa chỉ thư.',
          en: 'A keyword needs at least 3 letters and no phone, ID number or e-mail address.',
        });
      const db = c.get('db');
      const name = await procedureName(db, unit, code);
      await db.tx(async ({ kysely }) => {
        await kysely
          .insertInto('search_keywords')
          .values({ unit, code, keyword })
          .onConflict((oc) => oc.columns(['unit', 'code', 'keyword']).doNothing())
          .execute();
        await touchCatalogue(kysely, unit);
      });
      return c.json({ code, name, keyword }, 201);
    },
  )
  .put(
    `${BASE}/procedures/:code/local`,
    doc({
      summary:
        "The ward's own details of a procedure (fee note, where to file, hours, contact), served with it as `local`; all empty removes them",
      tags,
      body: LocalDetailsSchema,
      staff: true,
      responses: { 200: 'Saved', 400: 'Invalid', 404: 'No such procedure in the catalogue' },
    }),
    limitBody(SMALL_BODY),
    valid('json', LocalDetailsSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const code = c.req.param('code');
      const d = c.req.valid('json');
      const db = c.get('db');
      await procedureName(db, unit, code);
      const row = {
        fee_note: d.feeNote ?? null,
        place: d.where ?? null,
        hours: d.hours ?? null,
        contact: d.contact ?? null,
      };
      await db.tx(async ({ kysely }) => {
        if (Object.values(row).every((x) => x === null))
          await kysely
            .deleteFrom('procedure_local_details')
            .where('unit', '=', unit)
            .where('code', '=', code)
            .execute();
        else
          await kysely
            .insertInto('procedure_local_details')
            .values({ unit, code, ...row })
            .onConflict((oc) => oc.columns(['unit', 'code']).doUpdateSet(row))
            .execute();
        await touchCatalogue(kysely, unit);
      });
      return c.json({ code, local: d });
    },
  );
