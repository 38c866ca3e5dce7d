/**
 * The catalogue routes: the unit's procedures (whole, or the compact index a phone searches), one
 * procedure in full, and the staff import. The catalogue is the one large answer the widgets fetch
 * (194 KB compact, 2.6 MB full for the shipped one), so it is compressed and revalidated by ETag.
 */
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { CatalogueQuerySchema } from '@motcua/core';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors, HttpError } from '../http/errors.js';
import { doc } from '../http/validate.js';
import { staffFor } from '../staff/guard.js';
import { unitAdditions, withAdditions } from '../search/additions.js';
import { importCatalogue } from './import.js';

/** A procedure without what only its detail page needs (as `procedures-index.json` is made). */
function compactProcedure(record: Record<string, unknown>): Record<string, unknown> {
  const { steps, documents, legalBasis, subjects, result, ...rest } = record;
  return rest;
}

const CATALOGUE_FILE = 10 * 1024 * 1024;

export const catalogueRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/units/:unit/procedures',
    doc({
      summary: "The unit's procedure catalogue (ETag, 304; ?view=index for the compact records search loads)",
      tags: ['catalogue'],
      query: CatalogueQuerySchema,
      responses: { 200: 'The procedures', 304: 'Not modified' },
    }),
    compress({ encoding: 'gzip' }),
    async (c) => {
      // ?view=index: the compact records a phone searches (no steps, documents, legal basis, subjects or
      // result), a tenth of the bytes; the widget fetches one full record when a procedure is opened.
      const compact = c.req.query('view') === 'index';
      const etagOf = (version: string | null) => `"${version ?? 'empty'}${compact ? '-index' : ''}"`;
      // Vary names Origin too: these headers replace the CORS ones' Vary (units/middleware.ts).
      const headers = (etag: string) => ({
        ETag: etag,
        'Cache-Control': 'public, max-age=300, must-revalidate',
        Vary: 'Origin, Accept-Encoding',
      });
      // A revalidation is answered from the unit as loaded (its cache follows every catalogue import),
      // without reading the catalogue. Weak comparison, as If-None-Match asks: compression marks the tag
      // weak (W/"…") on the way out.
      const known = etagOf(c.get('unit').catalogueEtag);
      const cached = (c.req.header('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
      if (cached.includes(known)) return c.body(null, 304, headers(known));
      const row = await c
        .get('db')
        .kysely.selectFrom('units')
        .select(['catalogue', 'catalogue_etag'])
        .where('code', '=', c.get('unit').code)
        .executeTakeFirst();
      // With the unit's own keywords and details (search/additions.ts; adding one gives the unit a new ETag).
      const additions = await unitAdditions(c.get('db').kysely, c.get('unit').code);
      const catalogue = (Array.isArray(row?.catalogue) ? (row.catalogue as Record<string, unknown>[]) : []).map((p) =>
        withAdditions(p, additions),
      );
      return c.json(
        compact ? catalogue.map(compactProcedure) : catalogue,
        200,
        headers(etagOf(row?.catalogue_etag ?? null)),
      );
    },
  )
  .get(
    '/api/v1/units/:unit/procedures/:code',
    doc({
      summary: 'One procedure in full',
      tags: ['catalogue'],
      responses: { 200: 'The procedure', 404: 'No such procedure' },
    }),
    async (c) => {
      const rows = await c.get('db').query<{ record: unknown }>(
        `SELECT p AS record FROM units, jsonb_array_elements(COALESCE(catalogue, '[]'::jsonb)) AS p
        WHERE code = $1 AND p->>'code' = $2 LIMIT 1`,
        [c.get('unit').code, c.req.param('code')],
      );
      if (!rows[0]) throw errors.notFound();
      const additions = await unitAdditions(c.get('db').kysely, c.get('unit').code, c.req.param('code'));
      return c.json(withAdditions(rows[0].record as Record<string, unknown>, additions), 200, {
        'Cache-Control': 'public, max-age=300',
      });
    },
  )
  .post(
    '/api/v1/admin/units/:unit/catalogue',
    doc({
      summary: "Replace the unit's catalogue from a JSON, CSV or XLSX file (all rows or none)",
      tags: ['catalogue (staff)'],
      staff: true,
      responses: { 200: 'How many procedures', 400: 'Rows with errors', 415: 'Not JSON, CSV or XLSX' },
    }),
    limitBody(CATALOGUE_FILE),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      const format = /^application\/json\s*(;|$)/.test(type)
        ? 'json'
        : type.startsWith('text/csv')
          ? 'csv'
          : type.includes('spreadsheetml')
            ? 'xlsx'
            : undefined;
      if (!format)
        throw new HttpError(415, 'unsupported_media_type', {
          vi: 'Chỉ nhận tệp JSON, CSV hoặc XLSX.',
          en: 'Send JSON, CSV or XLSX.',
        });
      const result = await importCatalogue(format, Buffer.from(await c.req.arrayBuffer()));
      if (result.errors.length)
        return c.json(
          {
            error: 'invalid_rows',
            message: { vi: 'Một số dòng có lỗi; chưa nhập gì.', en: 'Some rows have errors; nothing was imported.' },
            rows: result.errors,
          },
          400,
        );
      await c
        .get('db')
        .kysely.updateTable('units')
        .set({ catalogue: JSON.stringify(result.procedures), catalogue_etag: randomUUID() })
        .where('code', '=', unit)
        .execute();
      return c.json({ imported: result.procedures.length });
    },
  );
