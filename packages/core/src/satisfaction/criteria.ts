/**
 * Satisfaction criteria (tiêu chí đánh giá mức độ hài lòng): the types of a criteria set, a checker for
 * sets a ward supplies as JSON, and the satisfaction levels of the quick question. The default set lives
 * in `data/criteria.json` (with its legal source) and is mirrored in `criteria-data.ts` for bundlers.
 */
import { DEFAULT_CRITERIA } from './criteria-data.js';

export interface LocalText {
  vi: string;
  en: string;
}
export interface CriterionOption extends LocalText {
  /** 2, 1 or 0 as Circular 01/2018/TT-VPCP scores each index. */
  points: number;
}
export interface Criterion {
  id: string;
  /** Where the criterion comes from (a decree, SIPAS), in Vietnamese. */
  basis?: string;
  optional?: boolean;
  question: LocalText;
  options: CriterionOption[];
}
export interface CriteriaSet {
  version: number;
  source: LocalText;
  overall: LocalText;
  criteria: Criterion[];
}

export { DEFAULT_CRITERIA };

const isText = (v: unknown): v is LocalText =>
  !!v && typeof v === 'object' && typeof (v as LocalText).vi === 'string' && typeof (v as LocalText).en === 'string';

/** Checks a criteria set a ward supplies (same shape as data/criteria.json); says what is wrong if not. */
export function parseCriteria(json: unknown): { ok: true; value: CriteriaSet } | { ok: false; error: string } {
  if (!json || typeof json !== 'object') return { ok: false, error: 'criteria set must be an object' };
  const set = json as Partial<CriteriaSet>;
  if (!isText(set.overall)) return { ok: false, error: 'overall must have vi and en text' };
  if (!Array.isArray(set.criteria) || set.criteria.length === 0)
    return { ok: false, error: 'criteria must be a non-empty array' };
  const seen = new Set<string>();
  for (const [i, c] of set.criteria.entries()) {
    if (!c || typeof c.id !== 'string' || !/^[a-z0-9-]{1,40}$/.test(c.id))
      return { ok: false, error: `criteria[${i}].id must be a short slug` };
    if (seen.has(c.id)) return { ok: false, error: `criteria[${i}].id "${c.id}" is repeated` };
    seen.add(c.id);
    if (!isText(c.question)) return { ok: false, error: `criteria[${i}].question must have vi and en text` };
    if (!Array.isArray(c.options) || c.options.length < 2)
      return { ok: false, error: `criteria[${i}].options needs at least two options` };
    for (const [j, o] of c.options.entries()) {
      if (!isText(o) || !Number.isInteger(o.points) || o.points < 0 || o.points > 10) {
        return { ok: false, error: `criteria[${i}].options[${j}] needs vi, en and whole points 0–10` };
      }
    }
  }
  return {
    ok: true,
    value: {
      version: typeof set.version === 'number' ? set.version : 1,
      source: isText(set.source) ? set.source : { vi: '', en: '' },
      overall: set.overall,
      criteria: set.criteria,
    },
  };
}

/** The satisfaction scales: the official three levels, or five. */
export type RatingScale = 3 | 5;

/** "Satisfied" is the top two levels of either scale (Hài lòng and Rất hài lòng on the official three). */
export function isSatisfied(score: number, scale: RatingScale): boolean {
  return score >= scale - 1;
}
