/**
 * Accepting one PAKN submission (the JSON API and the no-JavaScript form alike): validated by core's
 * schema, rate-limited, attachments checked by their bytes, stored with its first history entry in one
 * transaction. A replay of an acknowledged id answers 200 with the same receipt; a new one is committed
 * before 201 is answered.
 */
import { randomUUID } from 'node:crypto';
import { validateFeedback } from '@motcua/core';
import type { Context } from 'hono';
import type { AppEnv } from '../http/config.js';
import { errors, HttpError } from '../http/errors.js';
import { writeLimits } from '../http/limits.js';
import { idTaken } from '../ratings/store.js';
import { pgCode } from '../storage/database.js';
import { limit, limitAll } from '../storage/rate-limits.js';
import type { Unit } from '../units/load.js';
import { newReceiptCode } from './receipt.js';
import { checkTicket, useTicket } from './ticket.js';
import { EXTENSIONS, sniff } from './sniff.js';

export const FEEDBACK_BODY = 24 * 1024 * 1024;
const ATTACHMENT_MAX = 5 * 1024 * 1024;

export interface Accepted {
  status: 200 | 201;
  id: string;
  receiptCode: string;
}

const tooFast = () =>
  new HttpError(
    400,
    'too_fast',
    {
      vi: 'Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi gửi lại.',
      en: 'The form was sent too quickly. Please check it and send it again.',
    },
    { startedAt: { vi: 'Biểu mẫu được gửi quá nhanh.', en: 'The form was sent too quickly.' } },
  );

/**
 * The answer to a replay of feedback already stored under `id`: its receipt, but only to the same
 * sender (the phone given with it); another unit's id or another phone is a 409, so knowing an id
 * never reveals a receipt code.
 */
async function storedFeedback(
  c: Context<AppEnv>,
  unit: Unit,
  id: string,
  phone: string,
): Promise<Accepted | undefined> {
  const row = await c
    .get('db')
    .kysely.selectFrom('feedback')
    .select(['unit', 'receipt_code', 'phone'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.unit !== unit.code || row.phone !== phone) throw idTaken();
  return { status: 200, id, receiptCode: row.receipt_code };
}

export async function acceptFeedback(
  c: Context<AppEnv>,
  unit: Unit,
  body: unknown,
  options: { checkFillTime?: boolean } = {},
): Promise<Accepted> {
  const v = validateFeedback(body);
  if (!v.ok) throw errors.invalid(v.fields);
  const f = v.value;
  const db = c.get('db');
  // Replays of an acknowledged submission answer with the same receipt, before any other check.
  const previous = await storedFeedback(c, unit, f.id, f.phone);
  if (previous) return previous;
  // Bots fill the hidden field: answer as if accepted, keep nothing.
  if (f.website) return { status: 201, id: f.id, receiptCode: newReceiptCode() };
  const config = c.get('config');
  const ticket = await checkTicket(db, unit.code, f.ticket, config.minFillSeconds);
  if (ticket.kind === 'young') throw tooFast();
  await limitAll(db, writeLimits(c, unit.code));
  await limit(db, `feedback:${c.get('ip')}`, config.feedbackIpPerHour, 3600);
  const files = f.attachments.map((a, i) => {
    const data = Buffer.from(a.data, 'base64');
    const type = sniff(data);
    if (!type || data.length === 0) {
      throw new HttpError(
        415,
        'unsupported_attachment',
        {
          vi: 'Chỉ nhận tệp ảnh (JPEG, PNG, WebP) hoặc PDF.',
          en: 'Only JPEG, PNG, WebP images or PDF files are accepted.',
        },
        {
          [`attachments.${i}`]: {
            vi: `Tệp "${a.name}" không phải ảnh hoặc PDF.`,
            en: `"${a.name}" is not an image or a PDF.`,
          },
        },
      );
    }
    if (data.length > ATTACHMENT_MAX) throw errors.tooLarge(ATTACHMENT_MAX);
    // Stored under a name the server makes, with the extension of what the bytes are.
    return { name: `tep-dinh-kem-${i + 1}.${EXTENSIONS[type]}`, type, data };
  });
  // Without a ticket spent here (none, forged, expired or used before), the narrow lane: the client's own
  // timer and a few per address per hour. Checked last, so a refusal above never spends the ticket.
  if (ticket.kind !== 'ok' || !(await useTicket(db, ticket.nonce))) {
    if (options.checkFillTime !== false && Date.now() - f.startedAt.getTime() < config.minFillSeconds * 1000)
      throw tooFast();
    await limit(db, `feedback-unticketed:${c.get('ip')}`, config.feedbackUnticketedPerHour, 3600);
  }
  for (let attempt = 0; ; attempt++) {
    const receiptCode = newReceiptCode();
    try {
      await db.tx(async ({ kysely }) => {
        await kysely
          .insertInto('feedback')
          .values({
            id: f.id,
            unit: unit.code,
            receipt_code: receiptCode,
            name: f.name,
            phone: f.phone,
            email: f.email ?? null,
            address: f.address ?? null,
            subject: f.subject ?? null,
            content: f.content,
            procedure: f.procedure ?? null,
            consent_at: new Date(),
            publish_consent: f.publishConsent,
          })
          .execute();
        await kysely
          .insertInto('feedback_history')
          .values({ feedback_id: f.id, status: 'moi', note: null, actor: 'citizen' })
          .execute();
        for (const file of files)
          await kysely
            .insertInto('attachments')
            .values({
              id: randomUUID(),
              feedback_id: f.id,
              name: file.name,
              type: file.type,
              size: file.data.length,
              data: file.data,
            })
            .execute();
      });
      return { status: 201, id: f.id, receiptCode };
    } catch (error) {
      if (pgCode(error) !== '23505' || attempt > 4) throw error;
      // A concurrent replay of the same id, or (rarely) a receipt-code collision: look again.
      const again = await storedFeedback(c, unit, f.id, f.phone);
      if (again) return again;
    }
  }
}
