/**
 * Campaign banner logic (chiến dịch tuyên truyền CCHC): which campaigns show now on a page, in what
 * order, which a visitor dismissed, and anonymous event counts batched for POST /units/{unit}/events.
 * Framework-free and small: it ships inside the banner's 10 KB CDN budget.
 */
import { vnDay } from '../time.js';

export { vnDay };

/** A campaign as the collector's GET /campaigns or a static JSON file gives it. */
export interface CampaignItem {
  id: string;
  title: string;
  text?: string;
  imageUrl?: string;
  imageAlt?: string;
  imageWidth?: number;
  imageHeight?: number;
  imageSrcset?: string;
  linkUrl?: string;
  linkText?: string;
  /** ISO instant, or a date "YYYY-MM-DD" / local time without offset, read in Vietnam time. */
  startsAt: string;
  endsAt: string;
  priority?: number;
  /** Paths where it shows; `*` matches anything ("/thu-tuc*"). None: every page. */
  targetPages?: string[];
}

/**
 * An instant from a schedule bound. A bare date means the whole day in Asia/Ho_Chi_Minh (the end bound
 * its last millisecond), and a time without an offset is Vietnam time, whatever the browser's zone.
 */
export function scheduleTime(value: string, end = false): number {
  const s = String(value ?? '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const t = Date.parse(`${s}T00:00:00+07:00`);
    return end ? t + 86_400_000 - 1 : t;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) return Date.parse(`${s}+07:00`);
  return Date.parse(s);
}

/** The longest target pattern and page path looked at; longer ones never match. */
export const PAGE_PATTERN_MAX = 200;
export const PAGE_PATH_MAX = 2000;

/**
 * Whether a page path matches a target pattern: whole-path match, `*` for any run of characters, every
 * other character literal. A wildcard match with one remembered star, never a regular expression: its
 * work is at most pattern length × path length, so no pattern (say `/*a*a*a*a*b` against a long path)
 * can stall the caller, as a backtracking regular expression could.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  if (pattern.length > PAGE_PATTERN_MAX || path.length > PAGE_PATH_MAX) return false;
  let p = 0;
  let s = 0;
  let star = -1; // pattern index just after the last star seen
  let resume = 0; // path index that star is currently taken to cover up to
  while (s < path.length) {
    if (p < pattern.length && pattern[p] === '*') {
      star = ++p;
      resume = s;
    } else if (p < pattern.length && pattern[p] === path[s]) {
      p++;
      s++;
    } else if (star >= 0) {
      p = star;
      s = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Whether a page path matches any of the target patterns; no patterns means every page. */
export function matchesPage(patterns: string[] | undefined, path: string): boolean {
  if (!patterns || patterns.length === 0) return true;
  return patterns.some((p) => matchesPattern(p, path));
}

/**
 * The campaigns to show at `now` on `path`, highest priority first (then the most recent start).
 * Bounds are inclusive, so a campaign whose start equals its end shows at that instant only (or all
 * day when both are the same date). Malformed entries and dismissed ids are left out.
 */
export function activeCampaigns(
  list: unknown,
  options: { now?: number; path?: string; dismissed?: (id: string) => boolean } = {},
): CampaignItem[] {
  if (!Array.isArray(list)) return [];
  const now = options.now ?? Date.now();
  return (list as CampaignItem[])
    .map((c) => ({ c, from: scheduleTime(c?.startsAt), to: scheduleTime(c?.endsAt, true) }))
    .filter(
      ({ c, from, to }) =>
        c &&
        typeof c.id === 'string' &&
        typeof c.title === 'string' &&
        from <= now &&
        now <= to &&
        (options.path === undefined || matchesPage(c.targetPages, options.path)) &&
        !options.dismissed?.(c.id),
    )
    .sort((a, b) => (b.c.priority ?? 0) - (a.c.priority ?? 0) || b.from - a.from)
    .map(({ c }) => c);
}

/** What the dismissal store needs of localStorage; tests pass a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const DISMISS_KEY = 'motcua-campaigns-dismissed';

/**
 * Dismissals kept in the visitor's own storage, keyed by campaign id only (no cookie, nothing sent).
 * Each record remembers when its campaign ends, so it is forgotten once it no longer matters.
 */
export function dismissals(store: KeyValueStore | undefined, now: () => number = Date.now) {
  const read = (): Record<string, number> => {
    try {
      const v = JSON.parse(store?.getItem(DISMISS_KEY) ?? '{}');
      return v && typeof v === 'object' ? v : {};
    } catch {
      return {};
    }
  };
  return {
    has: (id: string) => id in read(),
    add(id: string, endsAt: number) {
      const all = read();
      const t = now();
      for (const k of Object.keys(all)) if (!((all[k] as number) >= t)) delete all[k];
      all[id] = Number.isFinite(endsAt) ? endsAt : t + 365 * 86_400_000;
      try {
        store?.setItem(DISMISS_KEY, JSON.stringify(all));
      } catch {
        // Storage full or blocked: the campaign stays hidden for this page view only.
      }
    },
  };
}

export type CampaignEventType = 'impression' | 'click' | 'dismiss';
export interface CampaignEventCount {
  type: CampaignEventType;
  campaign: string;
  count: number;
  day: string;
}

/**
 * Counts events by (type, campaign, day) so one batch carries many events; `take` empties the tally
 * into batches of at most 200 counts, the collector's limit.
 */
export function eventTally() {
  const counts = new Map<string, CampaignEventCount>();
  return {
    add(type: CampaignEventType, campaign: string, time: number = Date.now()) {
      const day = vnDay(time);
      const key = `${type}|${campaign}|${day}`;
      const e = counts.get(key);
      if (e) e.count = Math.min(e.count + 1, 10_000);
      else counts.set(key, { type, campaign, count: 1, day });
    },
    get size() {
      return counts.size;
    },
    take(): CampaignEventCount[][] {
      const all = [...counts.values()];
      counts.clear();
      const batches: CampaignEventCount[][] = [];
      for (let i = 0; i < all.length; i += 200) batches.push(all.slice(i, i + 200));
      return batches;
    },
  };
}

/** True when the visitor asked not to be tracked (Do Not Track or Global Privacy Control). */
export function trackingRefused(nav: { doNotTrack?: string | null; globalPrivacyControl?: boolean } | undefined) {
  return nav?.doNotTrack === '1' || nav?.globalPrivacyControl === true;
}

/** A batch of counts on its way to POST /units/{unit}/events; its id makes a re-send harmless. */
export interface EventPost {
  id: string;
  url: string;
  body: { id: string; events: CampaignEventCount[] };
}

const PENDING_KEY = 'motcua-events-pending';

/** Whether the visitor's storage holds batches an earlier page view could not deliver (a cheap look, no parsing). */
export function hasPendingEvents(store: KeyValueStore | undefined): boolean {
  try {
    return (store?.getItem(PENDING_KEY) ?? '[]').length > 2;
  } catch {
    return false;
  }
}

/**
 * A small persistent queue for event batches, used when the page has no shared outbox (the banner alone
 * cannot afford the IndexedDB outbox within its 10 KB budget). Batches wait in the visitor's storage until
 * the collector answers; a 4xx drops them (they would never pass), anything else keeps them for the next
 * page view. At most 20 batches wait: counts are worth less than the visitor's storage.
 */
export function eventQueue(store: KeyValueStore | undefined, send: typeof fetch = fetch) {
  const read = (): EventPost[] => {
    try {
      const v = JSON.parse(store?.getItem(PENDING_KEY) ?? '[]');
      return Array.isArray(v) ? v : [];
    } catch {
      return [];
    }
  };
  const write = (items: EventPost[]) => {
    try {
      store?.setItem(PENDING_KEY, JSON.stringify(items.slice(-20)));
    } catch {
      // Storage blocked: the batch is tried once and then lost, which only costs a count.
    }
  };
  const drop = (id: string) => write(read().filter((x) => x.id !== id));
  let sending: Promise<void> | undefined;
  const flush = (): Promise<void> =>
    (sending ??= (async () => {
      for (const item of read()) {
        try {
          const r = await send(item.url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(item.body),
            keepalive: true,
            credentials: 'omit',
          });
          if (r.status < 500 && r.status !== 429 && r.status !== 408) drop(item.id);
          else break;
        } catch {
          break;
        }
      }
    })().finally(() => (sending = undefined)));
  return {
    pending: read,
    flush,
    add(item: EventPost) {
      write([...read(), item]);
      return flush();
    },
  };
}
