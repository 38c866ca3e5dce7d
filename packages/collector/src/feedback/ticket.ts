/**
 * Form tickets: the feedback fill timer on the server's clock. The widget asks for a ticket when the
 * form is shown and sends it with the submission; the ticket says, under the collector's key, when it
 * was issued and for which unit, so the time the form was open can no longer be claimed by the client
 * (a `startedAt` an hour back costs a bot nothing). Each ticket is good for one submission.
 *
 * A submission without a good ticket is not refused: the citizen whose phone was offline when the form
 * opened, and the no-JavaScript form, have none. It goes through a narrower lane instead (a few per
 * address per hour, the old client-side timer still applied), so skipping the ticket costs the sender.
 */
import { macOf, newToken, sameSecret } from '../http/secrets.js';
import type { Db } from '../storage/database.js';

const KEY = 'form-ticket-key';
/** A ticket is honoured for 30 days: drafts survive reloads and an outbox may wait for days. */
export const TICKET_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
const CLOCK_SKEW_MS = 60_000;
const SHAPE = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

/** A new ticket for a form of `unit`: `issued.nonce.mac`. */
export async function issueTicket(db: Db, unit: string, now = Date.now()): Promise<string> {
  const mac = await macOf(db, KEY);
  const body = `${now.toString(36)}.${newToken(12)}`;
  return `${body}.${mac(`${unit}\n${body}`)}`;
}

/** What a submission's ticket proves: open long enough (`ok`), sent too soon (`young`), or nothing. */
export type TicketCheck = { kind: 'ok'; nonce: string } | { kind: 'young' } | { kind: 'none' };

/** Checks a ticket's MAC and age (without using it up: see `useTicket`). */
export async function checkTicket(
  db: Db,
  unit: string,
  ticket: string | undefined,
  minFillSeconds: number,
  now = Date.now(),
): Promise<TicketCheck> {
  const m = SHAPE.exec(ticket ?? '');
  if (!m) return { kind: 'none' };
  const [, issued = '', nonce = '', given] = m;
  const mac = await macOf(db, KEY);
  if (!sameSecret(mac(`${unit}\n${issued}.${nonce}`), given)) return { kind: 'none' };
  const age = now - Number.parseInt(issued, 36);
  if (age > TICKET_MAX_AGE_MS || age < -CLOCK_SKEW_MS) return { kind: 'none' };
  if (age < minFillSeconds * 1000) return { kind: 'young' };
  return { kind: 'ok', nonce };
}

/** Marks the ticket used; false when it already was (a second submission with one ticket). */
export async function useTicket(db: Db, nonce: string): Promise<boolean> {
  const rows = await db.query<{ nonce: string }>(
    'INSERT INTO feedback_tickets (nonce) VALUES ($1) ON CONFLICT (nonce) DO NOTHING RETURNING nonce',
    [nonce],
  );
  return rows.length === 1;
}

/** Forgets used tickets once they could no longer be honoured anyway (housekeeping). */
export const pruneTickets = (db: Db, now = Date.now()) =>
  db.query('DELETE FROM feedback_tickets WHERE used_at < $1', [new Date(now - TICKET_MAX_AGE_MS)]);
