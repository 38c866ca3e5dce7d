/**
 * The public feedback routes: a submission (JSON from the widget, or the no-JavaScript form), the
 * receipt page the form redirects to, and the follow-up by receipt code and phone number.
 */
import { FeedbackLookupQuerySchema, FeedbackSchema, normalizePhoneVN } from '@motcua/core';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { limitBody, readJson } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { HttpError } from '../http/errors.js';
import { doc } from '../http/validate.js';
import { limit } from '../storage/rate-limits.js';
import { acceptFeedback, FEEDBACK_BODY } from './accept.js';
import { feedbackForm, feedbackReceiptPage, isFormPost } from './no-js-form.js';
import { issueTicket } from './ticket.js';
import { normalizeReceiptCode } from './receipt.js';

const notFound = () =>
  new HttpError(404, 'not_found', {
    vi: 'Không tìm thấy phản ánh với mã và số điện thoại này.',
    en: 'No feedback matches this receipt code and phone number.',
  });

export const feedbackRoutes = new Hono<AppEnv>()
  .post(
    '/api/v1/units/:unit/feedback',
    doc({
      summary: 'A PAKN submission (JSON, or a plain HTML form answered in HTML); idempotent by the client id',
      tags: ['feedback'],
      body: FeedbackSchema,
      responses: {
        200: 'Already stored: the same receipt',
        201: 'Stored: id and receipt code',
        400: 'Invalid',
        409: 'Id taken',
        415: 'Not JSON, or an attachment that is not an image or PDF',
        429: 'Too many',
      },
    }),
    limitBody(FEEDBACK_BODY),
    async (c) => {
      const unit = c.get('unit');
      if (isFormPost(c)) return feedbackForm(c, unit, acceptFeedback);
      const answer = await acceptFeedback(c, unit, await readJson(c));
      return c.json({ id: answer.id, receiptCode: answer.receiptCode }, answer.status);
    },
  )
  .get(
    '/api/v1/units/:unit/feedback/ticket',
    doc({
      summary: 'A form ticket for one submission, asked for when the form is shown (the server-side fill timer)',
      tags: ['feedback'],
      responses: { 200: 'The ticket' },
    }),
    async (c) =>
      c.json({ ticket: await issueTicket(c.get('db'), c.get('unit').code) }, 200, { 'Cache-Control': 'no-store' }),
  )
  .get(
    '/api/v1/units/:unit/feedback/receipt',
    doc({
      summary: 'The HTML receipt page the no-JavaScript form redirects to',
      tags: ['feedback'],
      responses: { 200: 'An HTML page', 404: 'No receipt code' },
    }),
    (c) => feedbackReceiptPage(c, c.get('unit')),
  )
  // The follow-up is read from any page (a ward's site, a printed link): no credentials, so any origin.
  .use('/api/v1/feedback/:code', cors({ origin: '*', allowMethods: ['GET'], maxAge: 600 }))
  .get(
    '/api/v1/feedback/:code',
    doc({
      summary: 'Status and public answer of one submission, by its receipt code and the phone given with it',
      tags: ['feedback'],
      query: FeedbackLookupQuerySchema,
      responses: { 200: 'Status, history and answer', 404: 'No such receipt with that phone', 429: 'Too many' },
    }),
    async (c) => {
      const db = c.get('db');
      await limit(db, `lookup:${c.get('ip')}`, 30, 60);
      const receipt = normalizeReceiptCode(c.req.param('code'));
      const phone = normalizePhoneVN(c.req.query('phone') ?? '');
      if (!receipt || !phone) throw notFound();
      const f = await db.kysely
        .selectFrom('feedback')
        .select(['id', 'receipt_code', 'status', 'created_at', 'subject', 'answer', 'answered_at'])
        .where('receipt_code', '=', receipt)
        .where('phone', '=', phone)
        .executeTakeFirst();
      if (!f) throw notFound();
      const history = await db.kysely
        .selectFrom('feedback_history')
        .select(['status', 'at'])
        .where('feedback_id', '=', f.id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return c.json({
        receiptCode: f.receipt_code,
        status: f.status,
        createdAt: new Date(f.created_at).toISOString(),
        ...(f.subject ? { subject: f.subject } : {}),
        history: history.map((h) => ({ status: h.status, at: new Date(h.at).toISOString() })),
        ...(f.answer && f.answered_at ? { answer: { text: f.answer, at: new Date(f.answered_at).toISOString() } } : {}),
      });
    },
  );
