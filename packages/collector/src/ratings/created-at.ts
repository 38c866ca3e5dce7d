/**
 * The server owns time. A rating's `createdAt` from the browser is only a hint: the outbox may deliver a
 * rating made offline days later, so a hint up to 7 days back is kept (a week covers a phone left off
 * over a long holiday such as Tết, the longest common gap), but never before the start of the Vietnam
 * month now open, whose report has not been sent yet: a past month's figures never change afterwards.
 * Anything else (older, or more than 5 minutes ahead of the server's clock) is recorded at the server's
 * time of receipt.
 */
import { vnDay } from '@motcua/core';

export const HINT_DAYS_BACK = 7;
const AHEAD_MS = 5 * 60_000;

/** The start of the Vietnam month `now` falls in, as an instant (core's vnDay says which day it is there). */
export function openPeriodStart(now: number): number {
  return Date.parse(`${vnDay(now).slice(0, 7)}-01T00:00:00+07:00`);
}

export function recordedAt(hint: Date | undefined, now = Date.now()): Date {
  if (!hint) return new Date(now);
  const t = hint.getTime();
  const earliest = Math.max(now - HINT_DAYS_BACK * 86_400_000, openPeriodStart(now));
  return t >= earliest && t <= now + AHEAD_MS ? hint : new Date(now);
}
