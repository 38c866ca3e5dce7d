/**
 * Whose a described field is, from the evidence describe gathered: its labels, member table, section chain
 * and name, and the form as a whole (its parts, and a sentence saying who files).
 */
import { foldVietnamese } from '@motcua/core';
import type { ChosenFiler } from './filer.js';
import type { Cells } from './labels.js';
import { hasControl, textOf } from './dom.js';
import { APPLICANT_UNLESS_NAMED, declaredRole, isFormTitle, roleIn, samePerson, splitIdentifier } from './person.js';
import { type Heading, labelsOneField, sectionChain } from './sections.js';
import type { FieldInfo, FieldPerson, PersonRole } from './types.js';

/** A part that only says how to reach the one who files: "Thông tin liên hệ", "Liên lạc", "Contact". */
/** A part naming only where someone lives now, no person and no place applied for. */
const OWN_RESIDENCE_PART =
  /^\W*((phan|muc) )?([ivx\d]+\W+)?(noi|dia chi|cho) (thuong tru|cu tru|o)( (hien (nay|tai)|cua (minh|toi)))?\W*$/;
const CONTACT_PART = /^\W*((phan|muc|part) )?([ivx\d]+\W+)?(thong tin )?(lien (he|lac)|contact( details)?)\W*$/;

/** A part for the one who acknowledges, said bare ("Người nhận", "Thông tin bên nhận"), and a form about acknowledging. */
const ACKNOWLEDGER = /^\W*((phan|muc) )?([ivx\d]+\W+)?(thong tin )?(cua )?(nguoi|ben) nhan\W*$/;
const ACKNOWLEDGING = /\bnhan (cha|me|con)\b/;

/** Said of a chủ hộ kinh doanh, đối tượng or người được cấp taken for the applicant on a form with no part of its own for them. */
export const NO_APPLICANT_PART = '(không có phần người nộp riêng)';

/** The party granting authority, a role the words give the applicant unless the proxy files. */
const GRANTOR = /\b(nguoi|ben) uy quyen\b/;

/** Choices (radio, checkbox, select) ask about people ("Người nộp hồ sơ là: ○ chủ hộ ○ người được ủy quyền"); they are no one's part. */
const isChoice = (f: FieldInfo) => f.kind !== 'text' && f.kind !== 'textarea';

/**
 * The form as a whole decides what its parts could not. On a form without a part for the applicant of
 * its own, the person its words say files ("Người yêu cầu là mẹ…", `stated`) is the applicant, and so
 * is a chủ hộ kinh doanh, đối tượng or người được cấp. On a form that names no
 * one but the applicant, a field no part claims is the applicant's; on any other it stays unknown.
 */
export function settlePersons(
  fields: FieldInfo[],
  headings: Heading[],
  stated: () => { role: PersonRole; text: string } | undefined,
  chosen?: ChosenFiler,
  filerRow?: Element,
): FieldInfo[] {
  // A people table's row its own checkbox says files ("Người thứ 2 là người nộp hồ sơ" ☑) is the applicant's.
  if (filerRow)
    for (const f of fields)
      if (f.person.source === 'table' && f.element && filerRow.contains(f.element))
        f.person = {
          role: 'applicant',
          source: 'table',
          evidence: `${f.person.evidence} (người nộp hồ sơ)`,
          chosen: true,
        };
  // The form's own choice of who files ("Người nộp hồ sơ: ● Bên nam") makes that role's fields the applicant's
  // (a party's letter, "Bên B", picks the part it heads, "Bên B — Bên được ủy quyền"); where it chose the
  // proxy, the party granting authority (người ủy quyền) is someone else, not known.
  const letter = chosen?.role === 'partyA' ? /^\W*ben a\b/ : chosen?.role === 'partyB' ? /^\W*ben b\b/ : undefined;
  const ofRole = (f: FieldInfo) =>
    !!chosen && (samePerson(f.person.role, chosen.role) || !!letter?.test(foldVietnamese(f.person.evidence)));
  // "Ông (Bên A)" picks, of Bên A's part, the column titled "Ông", where the part has one so titled.
  const inPart = (f: FieldInfo) => !!f.section && foldVietnamese(f.section) === foldVietnamese(chosen?.part ?? '');
  const split = !!chosen?.part && fields.some((f) => ofRole(f) && inPart(f));
  const picked = (f: FieldInfo) => ofRole(f) && (!split || inPart(f));
  const proxyChosen = chosen?.role === 'proxy' || fields.some((f) => picked(f) && f.person.role === 'proxy');
  if (chosen)
    for (const f of fields)
      if (picked(f))
        f.person = { ...f.person, role: 'applicant', evidence: `${f.person.evidence} (${chosen.text})`, chosen: true };
      else if (proxyChosen && f.person.role === 'applicant' && GRANTOR.test(foldVietnamese(f.person.evidence)))
        f.person = { ...f.person, role: 'unknown' };
  const namesApplicant = fields.some(
    (f) => f.person.role === 'applicant' && f.person.source !== 'form' && !isChoice(f),
  );
  if (!namesApplicant) {
    const said = stated();
    for (const f of fields)
      if (said && f.person.role === said.role)
        f.person = { ...f.person, role: 'applicant', evidence: `${f.person.evidence} (${said.text})` };
      else if (APPLICANT_UNLESS_NAMED.has(f.person.role))
        f.person = { ...f.person, role: 'applicant', evidence: `${f.person.evidence} ${NO_APPLICANT_PART}` };
  }
  const other = (role: PersonRole | undefined) => !!role && role !== 'applicant' && role !== 'unknown';
  // A label saying its field is someone else's without saying whose ("nếu khác người yêu cầu") names another person.
  const unsaid = (f: FieldInfo) => f.person.role === 'unknown' && f.person.source === 'label';
  const namesOthers =
    fields.some((f) => other(f.person.role) || unsaid(f)) ||
    headings.some((h) => {
      const role = roleIn(h.text)?.role;
      return other(role) && !(APPLICANT_UNLESS_NAMED.has(role as PersonRole) && !namesApplicant);
    });
  if (!namesOthers)
    for (const f of fields)
      if (f.person.role === 'unknown') f.person = { role: 'applicant', source: 'form', evidence: f.person.evidence };
  return fields;
}

/**
 * Whose field it is: a role named in its own label ("Họ tên mẹ"), a member table's row, the innermost
 * heading above it that names someone, its name (`hoTenCha`). Failing all: `unknown` when it sits in a
 * part that names no one (a part, not the form's title: `titles` are headings other parts sit under) or
 * comes after someone's part; the applicant only when it comes before every part (a form opens with
 * who files it). {@link settlePersons} then gives unknown fields to the applicant on a form that names
 * no one else.
 */
export function personOf(
  labels: (string | undefined)[],
  cells: Cells,
  identifiers: (string | undefined)[],
  chain: Heading[],
  before: Heading[],
  titles: ReadonlySet<Heading>,
): FieldPerson {
  for (const text of labels) {
    const r = text ? roleIn(text) : undefined;
    if (r && text) return { ...r, source: 'label', evidence: text };
  }
  // A grid with people down the rows says whose a row is in its first cell ("Người đi khai", "Mẹ").
  const rowRole = cells.memberRow && cells.rowHead ? roleIn(cells.rowHead) : undefined;
  if (rowRole && cells.rowHead) return { ...rowRole, source: 'table', evidence: cells.rowHead };
  if (cells.memberRow) {
    const named = chain.map((h) => ({ h, r: roleIn(h.text) })).find((x) => x.r && x.r.role !== 'applicant');
    const role = named?.r?.role ?? 'householdMember';
    const evidence = [named?.h.text ?? chain[0]?.text, cells.rowHead].filter(Boolean).join(' — ');
    return { role, member: cells.memberRow, source: 'table', evidence };
  }
  const named = identifiers.map((id) => (id ? roleIn(splitIdentifier(id)) : undefined));
  const byName = named.findIndex(Boolean);
  for (const h of chain) {
    const r = roleIn(h.text);
    if (!r) continue;
    // A field the applicant's part holds but whose own name says someone else's (`thanhVien[0].soDinhDanh`) is unsure.
    const other = named[byName];
    if (r.role === 'applicant' && other && other.role !== 'applicant')
      return { role: 'unknown', source: 'name', evidence: `${h.text} / ${identifiers[byName]}` };
    return { ...r, source: 'section', evidence: h.text };
  }
  if (byName >= 0)
    return {
      ...(named[byName] as NonNullable<(typeof named)[number]>),
      source: 'name',
      evidence: identifiers[byName] as string,
    };
  // The page's first heading, worded as a form's title ("Tờ khai đăng ký khai sinh"), is no part either.
  const formTitle = (h: Heading) => h === before[0] && isFormTitle(h.text);
  const part = chain.find((h) => !titles.has(h) && !formTitle(h) && !labelsOneField(h));
  // A part for reaching whoever files ("Thông tin liên hệ"), naming no one else, is the applicant's.
  if (part && CONTACT_PART.test(foldVietnamese(part.text)))
    return { role: 'applicant', source: 'section', evidence: part.text };
  // A part for where whoever it follows lives ("2. Nơi thường trú"), straight after the applicant's part, is
  // still the applicant's; a place applied for ("Nơi đề nghị đăng ký tạm trú") or after anyone else's is not.
  if (part && OWN_RESIDENCE_PART.test(foldVietnamese(part.text))) {
    const earlier = before.slice(0, before.indexOf(part)).reverse();
    const named = earlier.find((h) => roleIn(h.text));
    if (named && roleIn(named.text)?.role === 'applicant')
      return { role: 'applicant', source: 'section', evidence: `${named.text} — ${part.text}` };
  }
  // On a form acknowledging a parent or child ("… nhận cha, mẹ, con"), a part for "Người nhận" alone is the
  // one who acknowledges, who files (beside "Người được nhận", the one acknowledged).
  if (
    part &&
    ACKNOWLEDGER.test(foldVietnamese(part.text)) &&
    [...chain, ...before].some((h) => ACKNOWLEDGING.test(foldVietnamese(h.text)))
  )
    return { role: 'applicant', source: 'section', evidence: part.text };
  if (part) return { role: 'unknown', source: 'section', evidence: part.text };
  const last = [...before].reverse().find((h) => roleIn(h.text));
  if (last) return { role: 'unknown', source: 'form', evidence: last.text };
  return { role: 'applicant', source: 'form', evidence: chain[0]?.text ?? '' };
}

/** Headings other parts sit under (a form's title, a card holding the whole form): they are not parts themselves. */
export function titlesOf(headings: Heading[]): Set<Heading> {
  const titles = new Set<Heading>();
  for (const h of headings)
    if (roleIn(h.text))
      // Only what holds the heading: a block around it, or a positional heading of a higher level (not the
      // part just before it, still open at the heading's own place).
      for (const t of sectionChain(h.el, headings).chain)
        if (t.level === 0 ? t.block?.contains(h.el) : h.level === 0 || t.level < h.level) titles.add(t);
  return titles;
}

/** Where a form may say in a sentence who files it: short text blocks with no control. */
const SENTENCE = 'p, div, span, small, em, i, li, dd, td, h1, h2, h3, h4, h5, h6';
const INLINE_ONLY = 'b, strong, i, em, span, a, br, small, u';

/** The one role the page's own words say the applicant is ("Người yêu cầu là mẹ của người được nhận"). */
export function statedApplicant(all: Element[]): { role: PersonRole; text: string } | undefined {
  for (const el of all) {
    if (!el.matches(SENTENCE) || hasControl(el) || ![...el.children].every((c) => c.matches(INLINE_ONLY))) continue;
    const text = textOf(el);
    const role = text.length <= 300 ? declaredRole(text) : undefined;
    if (role) return { role, text };
  }
  return undefined;
}
