/**
 * The staff inbox of feedback: the list with filters, one item with its history and attachments, a
 * status change or answer along the workflow, and an attachment's download (never shown inline).
 */
import { cleanText, isObject } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody, readJson } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { doc } from '../http/validate.js';
import { errors } from '../http/errors.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { staffFor, uuidParam } from '../staff/guard.js';
import { CLOSING, canMove, isStatus, STATUS_LABELS } from './workflow.js';

export const feedbackAdminRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/admin/units/:unit/feedback',
    doc({
      summary: "The unit's feedback inbox, newest first, by status and words",
      tags: ['feedback (staff)'],
      staff: true,
      responses: { 200: 'Up to 200 items', 400: 'Unknown status' },
    }),
    async (c) => {
      const unit = (await staffFor(c)).unit;
      const status = c.req.query('status') ?? '';
      const q = cleanText(c.req.query('q') ?? '').slice(0, 100);
      if (status && !isStatus(status))
        throw errors.invalid({ status: { vi: 'Trạng thái không hợp lệ.', en: 'Unknown status.' } });
      let query = c
        .get('db')
        .kysely.selectFrom('feedback')
        .select((eb) => [
          'id',
          'receipt_code as receiptCode',
          'name',
          'subject',
          'status',
          'created_at as createdAt',
          eb.fn<string>('left', ['content', eb.val(160)]).as('excerpt'),
        ])
        .where('unit', '=', unit);
      if (status) query = query.where('status', '=', status);
      if (q) {
        const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
        query = query.where((eb) =>
          eb.or([
            eb('content', 'ilike', like),
            eb('subject', 'ilike', like),
            eb('name', 'ilike', like),
            eb('receipt_code', 'ilike', like),
          ]),
        );
      }
      return c.json(await query.orderBy('created_at', 'desc').limit(200).execute());
    },
  )
  .get(
    '/api/v1/admin/units/:unit/feedback/:id',
    doc({
      summary: 'One feedback item with its history and attachments',
      tags: ['feedback (staff)'],
      staff: true,
      responses: { 200: 'The item', 404: 'No such item' },
    }),
    async (c) => {
      const unit = (await staffFor(c)).unit;
      const id = uuidParam(c, 'id');
      const db = c.get('db').kysely;
      const item = await db
        .selectFrom('feedback')
        .select([
          'id',
          'receipt_code as receiptCode',
          'name',
          'phone',
          'email',
          'address',
          'subject',
          'content',
          'procedure',
          'status',
          'answer',
          'answered_at as answeredAt',
          'publish_consent as publishConsent',
          'consent_at as consentAt',
          'created_at as createdAt',
        ])
        .where('unit', '=', unit)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!item) throw errors.notFound();
      const history = await db
        .selectFrom('feedback_history')
        .select(['status', 'note', 'actor', 'at'])
        .where('feedback_id', '=', id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      const attachments = await db
        .selectFrom('attachments')
        .select(['id', 'name', 'type', 'size'])
        .where('feedback_id', '=', id)
        .orderBy('name')
        .execute();
      return c.json({ ...item, history, attachments });
    },
  )
  .post(
    '/api/v1/admin/units/:unit/feedback/:id',
    doc({
      summary: 'Move an item along the workflow, or answer it',
      tags: ['feedback (staff)'],
      staff: true,
      responses: { 200: 'The new status', 400: 'Invalid step or answer', 404: 'No such item' },
    }),
    limitBody(SMALL_BODY),
    async (c) => {
      const { unit, staff } = await staffFor(c, { write: true });
      const id = uuidParam(c, 'id');
      const body = await readJson(c);
      if (!isObject(body))
        throw errors.invalid({ '': { vi: 'Dữ liệu không đúng dạng.', en: 'Body must be an object.' } });
      const db = c.get('db');
      const current = await db.kysely
        .selectFrom('feedback')
        .select('status')
        .where('unit', '=', unit)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) throw errors.notFound();
      const status = typeof body.status === 'string' ? body.status : current.status;
      const answer = typeof body.answer === 'string' ? cleanText(body.answer).trim().slice(0, 5000) : undefined;
      const note = typeof body.note === 'string' ? cleanText(body.note).trim().slice(0, 1000) : null;
      if (!canMove(current.status, status)) {
        const label = (s: string) => (isStatus(s) ? STATUS_LABELS[s] : { vi: s, en: s });
        throw errors.invalid({
          status: {
            vi: `Không thể chuyển từ "${label(current.status).vi}" sang "${label(status).vi}".`,
            en: `Cannot move from "${label(current.status).en}" to "${label(status).en}".`,
          },
        });
      }
      if (isStatus(status) && CLOSING.includes(status) && !answer) {
        throw errors.invalid({
          answer: {
            vi: 'Cần nội dung trả lời công khai trước khi đóng phản ánh.',
            en: 'Write the public answer before closing.',
          },
        });
      }
      await db.tx(async ({ kysely }) => {
        await kysely
          .updateTable('feedback')
          .set({ status, ...(answer ? { answer, answered_at: new Date() } : {}) })
          .where('unit', '=', unit)
          .where('id', '=', id)
          .execute();
        if (status !== current.status || note)
          await kysely
            .insertInto('feedback_history')
            .values({ feedback_id: id, status, note, actor: staff.email })
            .execute();
      });
      return c.json({ id, status });
    },
  )
  .get(
    '/api/v1/admin/units/:unit/attachments/:id',
    doc({
      summary: "A feedback attachment's download (never shown inline)",
      tags: ['feedback (staff)'],
      staff: true,
      produces: 'application/octet-stream',
      responses: { 200: 'The file', 404: 'No such attachment' },
    }),
    async (c) => {
      const unit = (await staffFor(c)).unit;
      const a = await c
        .get('db')
        .kysely.selectFrom('attachments as a')
        .innerJoin('feedback as f', 'f.id', 'a.feedback_id')
        .select(['a.name', 'a.type', 'a.data'])
        .where('f.unit', '=', unit)
        .where('a.id', '=', uuidParam(c, 'id'))
        .executeTakeFirst();
      if (!a) throw errors.notFound();
      const ascii = a.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return c.body(new Uint8Array(a.data), 200, {
        'Content-Type': a.type,
        'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(a.name)}`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      });
    },
  );
