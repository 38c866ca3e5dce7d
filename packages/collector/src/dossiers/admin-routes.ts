/**
 * The staff dossier API: the export's column mapping (saved per unit), the upload of the one-stop
 * system's export (all or nothing, problems by line, re-importing the same file changes nothing), the
 * machine token for provincial IT, and the latest dossiers.
 */
import { DEFAULT_DOSSIER_MAPPING, type DossierMapping, DossierMappingSchema } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { intParam } from '../http/query.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { sheetKindOf } from '../spreadsheets/read.js';
import { staffFor } from '../staff/guard.js';
import type { Queryable } from '../storage/database.js';
import { readExport } from './export-import.js';
import { phoneCheckOf } from './phone-check.js';
import { applyDossiers } from './store.js';
import { issueToken } from './token.js';

const BASE = '/api/v1/admin/units/:unit/dossiers';
const tags = ['dossiers (staff)'];
const EXPORT_FILE = 10 * 1024 * 1024;
/** Rows per statement when applying an export: one transaction in all, in slices the database digests. */
const SLICE = 2000;

async function mappingOf(db: Queryable, unit: string): Promise<DossierMapping> {
  const [row] = await db.query<{ mapping: DossierMapping | null }>(
    'SELECT mapping FROM dossier_settings WHERE unit = $1',
    [unit],
  );
  return { ...DEFAULT_DOSSIER_MAPPING, ...(row?.mapping ?? {}) };
}

export const dossierAdminRoutes = new Hono<AppEnv>()
  .get(
    BASE,
    doc({
      summary: "The unit's dossiers, last updated first (`limit`, 1–500, default 50)",
      tags,
      staff: true,
      responses: { 200: 'The dossiers', 400: 'Invalid limit' },
    }),
    async (c) => {
      const { unit } = await staffFor(c);
      const limit = intParam('limit', c.req.query('limit'), 50, 1, 500);
      const rows = await c.get('db').query(
        `SELECT code, procedure, status, note, received_at AS "receivedAt", due_date::text AS "dueDate",
              resolved_at AS "resolvedAt", updated_at AS "updatedAt"
         FROM dossiers WHERE unit = $1 ORDER BY updated_at DESC, code LIMIT $2`,
        [unit, limit],
      );
      return c.json(rows);
    },
  )
  .get(
    `${BASE}/mapping`,
    doc({
      summary: "The unit's column mapping of the one-stop system's export",
      tags,
      staff: true,
      responses: { 200: 'The mapping' },
    }),
    async (c) => {
      const { unit } = await staffFor(c);
      return c.json(await mappingOf(c.get('db'), unit));
    },
  )
  .put(
    `${BASE}/mapping`,
    doc({
      summary: "Save the unit's column mapping of the one-stop system's export (the header of each field)",
      tags,
      body: DossierMappingSchema,
      example: DEFAULT_DOSSIER_MAPPING,
      staff: true,
      responses: { 200: 'Saved' },
    }),
    limitBody(SMALL_BODY),
    valid('json', DossierMappingSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const mapping = c.req.valid('json');
      await c.get('db').query(
        `INSERT INTO dossier_settings (unit, mapping) VALUES ($1, $2)
         ON CONFLICT (unit) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()`,
        [unit, JSON.stringify(mapping)],
      );
      return c.json(mapping);
    },
  )
  .post(
    `${BASE}/token`,
    doc({
      summary: "Issue the unit's machine token for the one-stop system (shown once; replaces the last one)",
      tags,
      staff: true,
      responses: { 201: 'The token' },
    }),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      return c.json({ token: await issueToken(c.get('db'), unit) }, 201);
    },
  )
  .put(
    `${BASE}/import`,
    doc({
      summary: "Import the one-stop system's export (XLSX or CSV), all rows or none",
      tags,
      staff: true,
      responses: { 200: 'Rows received, created, updated, unchanged', 400: 'Rows with errors', 415: 'Not XLSX or CSV' },
    }),
    limitBody(EXPORT_FILE),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const kind = sheetKindOf(c);
      const read = await readExport(
        new Uint8Array(await c.req.arrayBuffer()),
        kind,
        await mappingOf(c.get('db'), unit),
      );
      if (!read.ok)
        return c.json(
          {
            error: 'invalid_rows',
            message: {
              vi: 'Một số dòng có lỗi; chưa nhập hồ sơ nào.',
              en: 'Some rows have errors; nothing was imported.',
            },
            rows: read.problems,
          },
          400,
        );
      const check = await phoneCheckOf(c.get('db'));
      const counts = await c.get('db').tx(async (q) => {
        const total = { created: 0, updated: 0, unchanged: 0 };
        for (let i = 0; i < read.rows.length; i += SLICE) {
          const part = await applyDossiers(q, unit, read.rows.slice(i, i + SLICE), check);
          total.created += part.created;
          total.updated += part.updated;
          total.unchanged += part.unchanged;
        }
        return total;
      });
      return c.json({ received: read.rows.length, ...counts });
    },
  );
