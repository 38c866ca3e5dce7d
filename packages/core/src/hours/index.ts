/**
 * Opening hours of support points (điểm hỗ trợ 24h, bộ phận một cửa, tổ công nghệ số cộng đồng): whether a
 * point is open at an instant, when it closes or opens next, in Vietnam time. Weekly rules, dated
 * exceptions (a holiday closure, an evening added before a deadline) and holidays; a range whose closing
 * time is not after its opening time runs past midnight into the next day. Pure functions: the widget,
 * the collector's validation and the tests share them.
 */

/** Vietnam has one zone, UTC+7, and no daylight saving. */
const VN_OFFSET = 7 * 3600_000;
const DAY = 86_400_000;
/** How far ahead the next opening is looked for. */
const HORIZON_DAYS = 14;

/** "HH:MM", 00:00–23:59, or "24:00" as a closing time. */
export type Clock = string;

export interface TimeRange {
  open: Clock;
  close: Clock;
}

/** Days are ISO weekdays: 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy), 7 = Sunday (Chủ nhật). */
export interface WeeklyRule extends TimeRange {
  days: number[];
}

/** One date's own hours: closed, or these ranges instead of the weekly ones. */
export interface DayException {
  date: string;
  closed?: boolean;
  hours?: TimeRange[];
  note?: string;
}

export interface OpeningHours {
  weekly: WeeklyRule[];
  exceptions?: DayException[];
  /** Dates ("YYYY-MM-DD") the point is closed, unless an exception for that date gives hours. */
  holidays?: string[];
}

export type OpenState =
  /** `closesAt` is absent when the point stays open past the look-ahead (open around the clock). */
  | { open: true; closesAt?: number }
  /** `opensAt` is absent when no opening is known in the look-ahead; `holiday` when today is one. */
  | { open: false; opensAt?: number; holiday?: boolean; note?: string };

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes after midnight of a clock time, or NaN when it is not one. */
export function clockMinutes(clock: string): number {
  if (!CLOCK.test(clock)) return Number.NaN;
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Midnight of the Vietnam day `date` ("YYYY-MM-DD"), as an instant. */
function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - VN_OFFSET;
}

function vnDate(time: number): string {
  return new Date(time + VN_OFFSET).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a Vietnam date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The ranges a date opens with, as [start, end) instants, before merging. */
function rangesOf(hours: OpeningHours, date: string): [number, number][] {
  const exception = hours.exceptions?.find((e) => e.date === date);
  let ranges: TimeRange[];
  if (exception) ranges = exception.closed ? [] : (exception.hours ?? []);
  else if (hours.holidays?.includes(date)) ranges = [];
  else ranges = hours.weekly.filter((r) => r.days.includes(isoWeekday(date)));
  const start = dayStart(date);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const open = clockMinutes(r.open);
    const close = clockMinutes(r.close);
    if (Number.isNaN(open) || Number.isNaN(close) || open >= 24 * 60) continue;
    const from = start + open * 60_000;
    const to = close > open ? start + close * 60_000 : start + DAY + close * 60_000;
    out.push([from, to]);
  }
  return out;
}

/** Open intervals from the day before `now` to the look-ahead, sorted and merged where they touch. */
function intervals(hours: OpeningHours, now: number): [number, number][] {
  const today = dayStart(vnDate(now));
  const all: [number, number][] = [];
  for (let i = -1; i <= HORIZON_DAYS; i++) all.push(...rangesOf(hours, vnDate(today + i * DAY)));
  all.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Whether the point is open at `now`, and until when (or from when). */
export function openState(hours: OpeningHours, now: number): OpenState {
  const list = intervals(hours, now);
  const horizonEnd = dayStart(vnDate(now)) + (HORIZON_DAYS + 1) * DAY;
  const current = list.find(([from, to]) => from <= now && now < to);
  if (current) return current[1] >= horizonEnd ? { open: true } : { open: true, closesAt: current[1] };
  const next = list.find(([from]) => from > now);
  const date = vnDate(now);
  const exception = hours.exceptions?.find((e) => e.date === date);
  const holiday = !exception && hours.holidays?.includes(date) ? true : undefined;
  return {
    open: false,
    ...(next ? { opensAt: next[0] } : {}),
    ...(holiday ? { holiday } : {}),
    ...(exception?.note ? { note: exception.note } : {}),
  };
}

/**
 * When an instant falls relative to `now`, for a sentence such as "đóng cửa lúc 21:00" or "mở cửa lúc 07:30
 * thứ Hai": the clock time, and the day as 'today', 'tomorrow' or an ISO weekday further ahead.
 */
export function relativeTime(at: number, now: number): { clock: Clock; day: 'today' | 'tomorrow' | number } {
  const date = vnDate(at);
  const clock = new Date(at + VN_OFFSET).toISOString().slice(11, 16);
  const days = Math.round((dayStart(date) - dayStart(vnDate(now))) / DAY);
  return { clock, day: days === 0 ? 'today' : days === 1 ? 'tomorrow' : isoWeekday(date) };
}

/** Problems in a set of opening hours, each as a path and a code; empty when it is usable. */
export function hoursProblems(hours: OpeningHours): { path: string; code: 'clock' | 'days' | 'date' | 'empty' }[] {
  const problems: { path: string; code: 'clock' | 'days' | 'date' | 'empty' }[] = [];
  const checkRange = (r: TimeRange, path: string) => {
    const open = clockMinutes(r.open);
    if (Number.isNaN(open) || open >= 24 * 60) problems.push({ path: `${path}.open`, code: 'clock' });
    if (Number.isNaN(clockMinutes(r.close))) problems.push({ path: `${path}.close`, code: 'clock' });
    if (r.open === r.close) problems.push({ path, code: 'empty' });
  };
  hours.weekly.forEach((r, i) => {
    if (r.days.length === 0 || r.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      problems.push({ path: `weekly.${i}.days`, code: 'days' });
    checkRange(r, `weekly.${i}`);
  });
  const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && vnDate(dayStart(d)) === d;
  (hours.exceptions ?? []).forEach((e, i) => {
    if (!isDate(e.date)) problems.push({ path: `exceptions.${i}.date`, code: 'date' });
    for (const [j, r] of (e.hours ?? []).entries()) checkRange(r, `exceptions.${i}.hours.${j}`);
  });
  (hours.holidays ?? []).forEach((d, i) => {
    if (!isDate(d)) problems.push({ path: `holidays.${i}`, code: 'date' });
  });
  return problems;
}

const WEEK = 7 * 24 * 60;

/**
 * Minutes a point is open in an ordinary week, from its weekly rules alone (exceptions and holidays are
 * dated, not weekly): ranges on the same day that overlap count once, a range past midnight counts into
 * the next day, and Sunday night runs into Monday. For the periodic report's "open hours per week".
 */
export function weeklyOpenMinutes(hours: OpeningHours): number {
  const spans: [number, number][] = [];
  for (const r of hours.weekly) {
    const open = clockMinutes(r.open);
    const close = clockMinutes(r.close);
    if (Number.isNaN(open) || Number.isNaN(close) || open >= 24 * 60 || open === close) continue;
    for (const d of new Set(r.days)) {
      if (!Number.isInteger(d) || d < 1 || d > 7) continue;
      const start = (d - 1) * 1440 + open;
      const end = close > open ? (d - 1) * 1440 + close : d * 1440 + close;
      if (end <= WEEK) spans.push([start, end]);
      else spans.push([start, WEEK], [0, end - WEEK]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = -1;
  for (const [from, to] of spans) {
    const start = Math.max(from, reach);
    if (to > start) total += to - start;
    reach = Math.max(reach, to);
  }
  return total;
}
