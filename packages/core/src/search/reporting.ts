/**
 * What the procedure search may report of what citizens typed (issue 23): queries that found nothing and
 * queries whose results nobody opened, so the ward sees what its catalogue lacks. Privacy first: a query
 * is reported only in its normalised form, and never when it is too short to say anything (under three
 * letters) or when it looks like a phone, ID or other personal number, an e-mail or a web address. The
 * widget checks before sending and the collector again before counting.
 */
import { foldVietnamese } from '../text.js';

/** Why a query is reported: it found nothing, or it found results that nobody opened. */
export const SEARCH_REPORT_KINDS = ['no-results', 'not-opened'] as const;
export type SearchReportKind = (typeof SEARCH_REPORT_KINDS)[number];

/** The longest query kept, in characters; a longer one is cut at a word. */
export const SEARCH_QUERY_MAX = 80;

/** Seven digits or more, however spaced or dotted: a phone (10), CMND (9), CCCD (12), tax or bank number. */
const PERSONAL_NUMBER = /\d(?:[\s.\-/]*\d){6,}/u;
const CONTACT = /@|https?:|www\.|\.(?:com|vn|net|org)\b/iu;

/**
 * The query as it is reported and counted (NFC, lower case, single spaces, at most SEARCH_QUERY_MAX
 * characters), or undefined when it must not be reported.
 */
export function reportableQuery(query: string): string | undefined {
  const q = query.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  if (PERSONAL_NUMBER.test(q) || CONTACT.test(q)) return undefined;
  if ((q.match(/\p{L}/gu) ?? []).length < 3) return undefined;
  if ([...q].length <= SEARCH_QUERY_MAX) return q;
  const cut = [...q].slice(0, SEARCH_QUERY_MAX).join('');
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trim();
}

/** The key two spellings of one query share ("Sổ đỏ", "so do"): staff see them counted together. */
export const queryKey = (query: string): string => foldVietnamese(query);
