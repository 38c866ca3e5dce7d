/**
 * Opening hours as staff write them in a spreadsheet cell, read into core's OpeningHours:
 * "T2-T6 07:30-11:30, 13:30-17:00; T7 07:30-11:30", "Hằng ngày 18:00-21:00", "T2,T4,T6: 18h-21h", or
 * "24/7". Groups are separated by ";" or a new line; a range that closes before it opens runs past
 * midnight (core's rule). Days are T2…T7 and CN (Chủ nhật), alone, in lists or in ranges.
 */
import { foldVietnamese, type OpeningHours, type WeeklyRule } from '@motcua/core';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** An ISO weekday from "t2"…"t7", "thu 2", "cn", "chu nhat"; undefined otherwise. */
function weekday(token: string): number | undefined {
  const t = token.replace(/\s+/g, '');
  if (t === 'cn' || t === 'chunhat') return 7;
  const m = /^(?:t|thu)([2-7])$/.exec(t);
  return m ? Number(m[1]) - 1 : undefined;
}

function days(text: string): number[] | undefined {
  if (/^(hang ngay|ca tuan|moi ngay|tat ca cac ngay)$/.test(text)) return EVERY_DAY;
  const out = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const [from, to] = part.split(/\s*-\s*/);
    const a = weekday(from ?? '');
    const b = to === undefined ? a : weekday(to);
    if (a === undefined || b === undefined || b < a) return undefined;
    for (let d = a; d <= b; d++) out.add(d);
  }
  return [...out];
}

/** "7:30", "07h30", "18h" → "07:30"; undefined when it is not a time of day. */
function clock(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The weekly hours a cell describes, or undefined when any part of it cannot be read. */
export function parseHoursText(cell: string): OpeningHours | undefined {
  const folded = foldVietnamese(cell);
  if (/^(24\/7|24 ?gio|ca ngay)$/.test(folded)) return { weekly: [{ days: EVERY_DAY, open: '00:00', close: '24:00' }] };
  const weekly: WeeklyRule[] = [];
  for (const group of folded
    .split(/[;\n]/)
    .map((g) => g.trim())
    .filter(Boolean)) {
    // The days are everything before the first time of day.
    const m = /^(.*?)[\s:]*(\d{1,2}(?:[:h]\d{0,2})?\s*-\s*\d.*)$/.exec(group);
    const list = m ? days((m[1] ?? '').trim()) : undefined;
    if (!m || !list) return undefined;
    for (const range of (m[2] ?? '').split(',')) {
      const [a, b, extra] = range.split('-');
      const open = clock(a ?? '');
      const close = clock(b ?? '');
      if (!open || !close || extra !== undefined || open === '24:00') return undefined;
      weekly.push({ days: list, open, close });
    }
  }
  return weekly.length ? { weekly } : undefined;
}
