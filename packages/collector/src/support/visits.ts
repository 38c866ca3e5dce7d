/**
 * Home-visit requests (đăng ký hỗ trợ tại nhà): accepting one (idempotent by the client's id, answered
 * with its receipt only to the same phone), the citizen's follow-up by receipt code and phone, the
 * staff's workflow steps, and a team's list for one day.
 */
import { type HomeVisit, NEXT_VISIT_STATUSES, type VisitStatus, type VisitStep } from '@motcua/core';
import type { Kysely } from 'kysely';
import { errors } from '../http/errors.js';
import { newReceiptCode } from '../feedback/receipt.js';
import { idTaken } from '../ratings/store.js';
import { pgCode } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import { VISIT_STATUS_LABELS } from './labels.js';

type Db = Kysely<Database>;
const VN_OFFSET = 7 * 3600_000;

export interface AcceptedVisit {
  status: 200 | 201;
  id: string;
  receiptCode: string;
}

/** The receipt of a request already stored under `id`, only to the same phone (another is a 409). */
export async function storedVisit(db: Db, unit: string, id: string, phone: string): Promise<AcceptedVisit | undefined> {
  const row = await db
    .selectFrom('home_visits')
    .select(['unit', 'phone', 'receipt_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.unit !== unit || row.phone !== phone) throw idTaken();
  return { status: 200, id, receiptCode: row.receipt_code };
}

/** Stores a request with its first history entry; a replay of a stored id answers the same receipt. */
export async function acceptVisit(db: Db, unit: string, r: HomeVisit): Promise<AcceptedVisit> {
  const previous = await storedVisit(db, unit, r.id, r.phone);
  if (previous) return previous;
  for (let attempt = 0; ; attempt++) {
    const receiptCode = newReceiptCode('HT');
    try {
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('home_visits')
          .values({
            id: r.id,
            unit,
            receipt_code: receiptCode,
            name: r.name,
            phone: r.phone,
            address: r.address,
            need: r.need,
            details: r.details || null,
            preferred_time: r.preferredTime,
            consent_at: new Date(),
          })
          .execute();
        await tx
          .insertInto('home_visit_history')
          .values({ visit_id: r.id, status: 'moi', note: null, actor: 'citizen' })
          .execute();
      });
      return { status: 201, id: r.id, receiptCode };
    } catch (error) {
      if (pgCode(error) !== '23505' || attempt > 4) throw error;
      // A concurrent replay of the same id, or (rarely) a receipt-code collision: look again.
      const again = await storedVisit(db, unit, r.id, r.phone);
      if (again) return again;
    }
  }
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : undefined);

/** What the citizen sees of a request: its status and history, the team and time once set, the note at close. */
export async function followUp(db: Db, receiptCode: string, phone: string) {
  const v = await db
    .selectFrom('home_visits as v')
    .leftJoin('support_points as p', 'p.id', 'v.team')
    .select([
      'v.id',
      'v.receipt_code',
      'v.status',
      'v.need',
      'v.created_at',
      'v.scheduled_at',
      'v.note',
      'p.name as team',
      'p.phone as teamPhone',
    ])
    .where('v.receipt_code', '=', receiptCode)
    .where('v.phone', '=', phone)
    .executeTakeFirst();
  if (!v) return undefined;
  const history = await db
    .selectFrom('home_visit_history')
    .select(['status', 'at'])
    .where('visit_id', '=', v.id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const closed = v.status === 'da-xong' || v.status === 'khong-ho-tro-duoc';
  return {
    receiptCode: v.receipt_code,
    status: v.status,
    need: v.need,
    createdAt: iso(v.created_at),
    ...(v.team ? { team: { name: v.team, phone: v.teamPhone } } : {}),
    ...(v.scheduled_at ? { scheduledAt: iso(v.scheduled_at) } : {}),
    ...(closed && v.note ? { note: v.note } : {}),
    history: history.map((h) => ({ status: h.status, at: iso(h.at) })),
  };
}

export async function listVisits(db: Db, unit: string, status?: VisitStatus) {
  let q = db
    .selectFrom('home_visits as v')
    .leftJoin('support_points as p', 'p.id', 'v.team')
    .select([
      'v.id',
      'v.receipt_code as receiptCode',
      'v.name',
      'v.phone',
      'v.address',
      'v.need',
      'v.details',
      'v.preferred_time as preferredTime',
      'v.status',
      'v.team',
      'p.name as teamName',
      'v.scheduled_at as scheduledAt',
      'v.note',
      'v.created_at as createdAt',
    ])
    .where('v.unit', '=', unit)
    .orderBy('v.created_at', 'desc')
    .limit(500);
  if (status) q = q.where('v.status', '=', status);
  return q.execute();
}

const notAllowed = (from: VisitStatus, to: VisitStatus) =>
  errors.conflict({
    vi: `Không thể chuyển yêu cầu từ "${VISIT_STATUS_LABELS[from].vi}" sang "${VISIT_STATUS_LABELS[to].vi}".`,
    en: `A request cannot move from "${VISIT_STATUS_LABELS[from].en}" to "${VISIT_STATUS_LABELS[to].en}".`,
  });

/**
 * One staff step; 404 for a request or team not of the unit, 409 for a move the workflow does not allow
 * (a request scheduled without a team, or moved once it is closed).
 */
export async function stepVisit(db: Db, unit: string, id: string, step: VisitStep, actor: string) {
  await db.transaction().execute(async (tx) => {
    const visit = await tx
      .selectFrom('home_visits')
      .select(['status', 'team'])
      .where('id', '=', id)
      .where('unit', '=', unit)
      .forUpdate()
      .executeTakeFirst();
    if (!visit) throw errors.notFound();
    if (!NEXT_VISIT_STATUSES[visit.status].includes(step.status)) throw notAllowed(visit.status, step.status);
    const team = 'team' in step && step.team ? step.team : visit.team;
    if ('team' in step && step.team) {
      const point = await tx
        .selectFrom('support_points')
        .select('id')
        .where('id', '=', step.team)
        .where('unit', '=', unit)
        .executeTakeFirst();
      if (!point) throw errors.notFound();
    }
    if (step.status === 'da-hen' && !team) throw notAllowed(visit.status, step.status);
    await tx
      .updateTable('home_visits')
      .set({
        status: step.status,
        team,
        ...(step.status === 'da-hen' ? { scheduled_at: step.scheduledAt } : {}),
        ...(step.note !== undefined ? { note: step.note || null } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await tx
      .insertInto('home_visit_history')
      .values({ visit_id: id, status: step.status, note: step.note || null, actor })
      .execute();
  });
}

/** A team's visits scheduled on one Vietnam day ("YYYY-MM-DD"), by time: the list that prints on one page. */
export async function teamDay(db: Db, unit: string, team: string, date: string) {
  const from = new Date(Date.parse(`${date}T00:00:00Z`) - VN_OFFSET);
  const to = new Date(from.getTime() + 86_400_000);
  return db
    .selectFrom('home_visits')
    .select([
      'id',
      'receipt_code as receiptCode',
      'name',
      'phone',
      'address',
      'need',
      'details',
      'scheduled_at as scheduledAt',
      'status',
    ])
    .where('unit', '=', unit)
    .where('team', '=', team)
    .where('scheduled_at', '>=', from)
    .where('scheduled_at', '<', to)
    .orderBy('scheduled_at')
    .execute();
}
