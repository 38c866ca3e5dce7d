/**
 * The server owns time. A rating's `createdAt` from the browser is only a hint: the outbox may deliver a
 * rating made offline days later, so a hint up to 7 days back is kept (a week covers a phone left off
 * over a long holiday such as Tết, the longest common gap), but never before the start of the Vietnam
 * month now open, whose report has not been sent yet: a past month's figures never change afterwards.
 * Anything else (older, or more than 5 minutes ahead of the server's clock) is recorded at the server's
 * time of receipt.
 */
export const HINT_DAYS_BACK = 7;
const AHEAD_MS = 5 * 60_000;
const VN_OFFSET = 7 * 3600_000;

/** The start of the Vietnam month `now` falls in, as an instant. */
export function openPeriodStart(now: number): number {
  const vn = new Date(now + VN_OFFSET);
  return Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), 1) - VN_OFFSET;
}

export function recordedAt(hint: Date | undefined, now = Date.now()): Date {
  if (!hint) return new Date(now);
  const t = hint.getTime();
  const earliest = Math.max(now - HINT_DAYS_BACK * 86_400_000, openPeriodStart(now));
  return t >= earliest && t <= now + AHEAD_MS ? hint : new Date(now);
}
