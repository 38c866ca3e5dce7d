/**
 * Doubt where the page names someone the engine read no part for. Words on the page that name a person
 * other than the applicant but are no heading describe read and no field's label (an image banner's alt
 * text, a caption, a step list, a breadcrumb, an accordion's button, a plain line after an `<hr>`) mean a
 * part the engine did not see: a field it gave the applicant on weak evidence after such words (the open
 * part's heading, or no evidence at all) cannot be told, and is left for the officer. Such words just after
 * a box ("[      ] (người được cấp bản sao)") say whose that box is.
 */
import { foldVietnamese } from '@motcua/core';
import { hasControl, textOf } from './dom.js';
import { roleIn, samePerson } from './person.js';
import type { Heading } from './sections.js';
import { NO_APPLICANT_PART } from './whose.js';
import type { FieldInfo, PersonRole } from './types.js';

/** Where such words stand: text blocks holding no control, images with alt text, captions, buttons, tabs, steps. */
const WORDS = 'p, div, span, small, em, i, b, strong, u, li, dd, dt, td, th, caption, button, a, [role="tab"]';
const INLINE_ONLY = 'b, strong, i, em, span, a, br, small, u, img';
/** Never a part's name: what a choice or list offers, what a label already told its field, scripts. */
const NOT_WORDS = 'label, option, select, [role="option"], [role="listbox"], script, style, noscript, head';
/**
 * Words that name no one here and now: a condition ("nếu người yêu cầu là mẹ", "trường hợp…", "khi…"), an
 * example or a note ("Ví dụ: … chủ hộ là ông/bà…"), a sentence (a part's name ends in no full stop).
 */
const NOT_A_PART = /\b(neu|truong hop|khi|vi du|vd|luu y|ghi chu|huong dan)\b|\.\s*$/;
/** One person whichever word a list uses for them ("Vợ hoặc chồng"). */
const ONE: Partial<Record<PersonRole, PersonRole>> = {
  wife: 'spouse',
  husband: 'spouse',
  bride: 'spouse',
  groom: 'spouse',
};
/** A list of roles ("Nhận cha, mẹ, con", "cha, mẹ hoặc người giám hộ") names a procedure, not one person. */
const isList = (text: string) =>
  new Set(
    text
      .split(/,|\bhoặc\b|\bvà\b|\//u)
      .map((piece) => roleIn(piece)?.role)
      .filter((r): r is PersonRole => !!r)
      .map((r) => ONE[r] ?? r),
  ).size > 1;

interface Mention {
  el: Element;
  text: string;
  role: PersonRole;
}

const folded = (s: string) => foldVietnamese(s).replace(/\s+/g, ' ').trim();

/** The words naming someone (the applicant too) that no read heading carries and no field takes as its label. */
export function unreadMentions(all: Element[], headings: Heading[], fields: FieldInfo[]): Mention[] {
  const labels = fields.flatMap((f) => f.signals.map((s) => folded(s.slice(s.indexOf(':') + 1))));
  const out: Mention[] = [];
  for (const el of all) {
    const img = el.tagName === 'IMG';
    if (!img && (!el.matches(WORDS) || hasControl(el) || ![...el.children].every((c) => c.matches(INLINE_ONLY))))
      continue;
    const text = img ? (el.getAttribute('alt') ?? '').trim() : textOf(el);
    if (!text || text.length > 120) continue;
    const role = roleIn(text)?.role;
    if (!role || role === 'unknown') continue;
    const f = folded(text.replace(/\(\s*nếu có\s*\)/giu, ''));
    if (NOT_A_PART.test(f) || isList(text)) continue;
    if (el.closest(NOT_WORDS) || !el.getClientRects().length) continue;
    // Words a read heading already carries: its own element, or its text where it names a whole block.
    const inHeading = (h: Heading) =>
      folded(h.text).includes(f) || (!hasControl(h.el) && (h.el.contains(el) || el.contains(h.el)));
    if (headings.some(inHeading)) continue;
    if (labels.some((l) => l.includes(f))) continue;
    out.push({ el, text, role });
  }
  return out;
}

const precedes = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/**
 * A field given the applicant with no evidence of its own after such words, or by the heading of a part
 * such words follow before it, is unknown: the page may have moved on to someone else.
 */
export function doubtUnread(
  fields: FieldInfo[],
  all: Element[],
  headings: Heading[],
  filer: () => PersonRole | undefined,
): FieldInfo[] {
  const found = unreadMentions(all, headings, fields);
  if (!found.length) return fields;
  // Words naming the applicant's own part ("Người nộp hồ sơ" in a styled div): the form has one, so a chủ hộ
  // kinh doanh, đối tượng or người được cấp was not the applicant after all.
  if (found.some((m) => m.role === 'applicant'))
    for (const f of fields)
      if (f.person.role === 'applicant' && f.person.evidence.endsWith(NO_APPLICANT_PART)) {
        const evidence = f.person.evidence.slice(0, -NO_APPLICANT_PART.length).trim();
        f.person = { ...f.person, role: roleIn(evidence)?.role ?? 'unknown', evidence };
      }
  // Words naming the one the page says files ("Người nộp hồ sơ là bên nam" over a button "Bên nam") are the applicant's.
  const files = filer();
  const mentions = found.filter((m) => m.role !== 'applicant' && !(files && samePerson(m.role, files)));
  if (!mentions.length) return fields;
  for (const f of fields) {
    const el = f.element;
    const p = f.person;
    if (!el || p.role !== 'applicant' || p.chosen) continue;
    let seen: Mention | undefined;
    if (p.source === 'form') seen = mentions.find((m) => precedes(m.el, el));
    else if (p.source === 'section') {
      const part = [...headings].reverse().find((h) => precedes(h.el, el) && p.evidence.startsWith(h.text));
      if (part) seen = mentions.find((m) => precedes(part.el, m.el) && precedes(m.el, el));
    }
    if (seen) f.person = { role: 'unknown', source: p.source, evidence: `${p.evidence} / “${seen.text}”` };
  }
  return fields;
}

/**
 * A qualifier written just after the box, in brackets or led by "của" ("[   ] (của người chết)"): it says
 * whose the box is even where a label before it names only what it asks. Empty where there is none.
 */
export function qualifierAfter(el: Element): string {
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (hasControl(sib) || sib.matches('input, select, textarea, button')) return '';
    const t = textOf(sib);
    if (!/\p{L}/u.test(t)) continue;
    return /^\(.*\)$|^của\b/iu.test(t) && t.length <= 80 ? t : '';
  }
  return '';
}
