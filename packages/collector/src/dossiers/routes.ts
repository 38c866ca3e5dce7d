/**
 * The public dossier routes: the citizen's lookup (code and the phone's last four digits, rate-limited
 * per address and per code), and the machine API provincial IT pushes statuses to (a batch of rows,
 * the unit's token, idempotent: the same batch twice changes nothing the second time).
 */
import { DossierBatchSchema, DossierLookupSchema, DossierRowSchema, type FieldErrors, parseFields } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { HttpError } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { limitAll } from '../storage/rate-limits.js';
import { dossierPass } from '../ratings/proof.js';
import { lookupDossier } from './lookup.js';
import { phoneCheckOf } from './phone-check.js';
import { applyDossiers } from './store.js';
import { requireToken } from './token.js';

const BASE = '/api/v1/units/:unit/dossiers';
const BATCH_BODY = 4 * 1024 * 1024;

const notFound = () =>
  new HttpError(404, 'dossier_not_found', {
    vi: 'Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại này. Vui lòng kiểm tra lại giấy biên nhận.',
    en: 'No dossier matches this code and these last 4 phone digits. Please check the receipt slip.',
  });

const EXAMPLE_BATCH = {
  dossiers: [
    {
      code: '000.00.17.H47-261201-0007',
      procedure: '1.001193',
      receivedAt: '2026-12-01T08:15:00+07:00',
      dueDate: '2026-12-04',
      status: 'yeu-cau-bo-sung',
      note: 'Bổ sung bản sao giấy chứng nhận kết hôn của cha mẹ.',
      phone: '0912345678',
      statusAt: '2026-12-02T10:00:00+07:00',
    },
    {
      code: '000.00.17.H47-261201-0008',
      procedure: '1.004227',
      receivedAt: '2026-12-01T09:40:00+07:00',
      dueDate: '2026-12-03',
      status: 'da-tra-ket-qua',
      phone: '0987654321',
    },
  ],
};

export const dossierRoutes = new Hono<AppEnv>()
  .post(
    `${BASE}/lookup`,
    doc({
      summary: "A dossier's status and timeline, by its code and the last four digits of the citizen's phone",
      tags: ['dossiers'],
      body: DossierLookupSchema,
      example: { code: '000.00.17.H47-261201-0007', phone: '5678' },
      responses: {
        200: 'The status, timeline, due date and what is missing (nothing personal)',
        400: 'Invalid code or digits',
        404: 'No dossier with this code and these digits (one answer for both)',
        429: 'Too many lookups from this address or for this code',
      },
    }),
    limitBody(SMALL_BODY),
    valid('json', DossierLookupSchema),
    async (c) => {
      const { code, phone } = c.req.valid('json');
      const unit = c.get('unit').code;
      const config = c.get('config');
      // The code's budget is spent only by lookups the address limit let through (an abuser cannot lock
      // a citizen out of their own dossier from one address).
      await limitAll(c.get('db'), [
        { key: `dossier-ip:${c.get('ip')}`, max: config.dossierLookupsPerIp, windowSeconds: 3600 },
        { key: `dossier-code:${unit}:${code}`, max: config.dossierLookupsPerCode, windowSeconds: 3600, shared: true },
      ]);
      const view = await lookupDossier(c.get('db'), unit, code, phone, await phoneCheckOf(c.get('db')));
      if (!view) throw notFound();
      // The owner, having proved the code and digits, may rate it: the pass makes that rating count as theirs.
      if (view.canRate) view.ratingPass = await dossierPass(c.get('db'), unit, view.code);
      return c.json(view);
    },
  )
  .put(
    BASE,
    doc({
      summary:
        'Push dossiers from the one-stop system (Authorization: Bearer <unit token>); idempotent, at most 5,000 per batch',
      tags: ['dossiers (machine)'],
      body: DossierBatchSchema,
      example: EXAMPLE_BATCH,
      token: true,
      responses: {
        200: 'Counts of created, updated and unchanged dossiers, and the rows refused with their fields',
        400: 'Not a batch, or no row is valid',
        401: 'Missing or wrong token',
        413: 'Body too large',
      },
    }),
    limitBody(BATCH_BODY),
    async (c, next) => {
      await requireToken(c);
      await next();
    },
    valid('json', DossierBatchSchema),
    async (c) => {
      const rows = [];
      const problems: { index: number; fields: FieldErrors }[] = [];
      for (const [index, raw] of c.req.valid('json').dossiers.entries()) {
        const row = parseFields(DossierRowSchema, raw);
        if (row.ok) rows.push(row.value);
        else problems.push({ index, fields: row.fields });
      }
      if (rows.length === 0)
        return c.json(
          {
            error: 'invalid_rows',
            message: { vi: 'Không có hồ sơ nào hợp lệ.', en: 'No dossier in the batch is valid.' },
            rows: problems,
          },
          400,
        );
      const counts = await applyDossiers(c.get('db'), c.get('unit').code, rows, await phoneCheckOf(c.get('db')));
      return c.json({ received: rows.length + problems.length, ...counts, refused: problems });
    },
  );
