/**
 * Parts no heading names that the page still says are the applicant's: the form's first part when it asks
 * how its person stands to someone else the form is about ("PHẦN 1 … Quan hệ với người được cấp bản sao"),
 * the fields after a choice saying that a part's person is the applicant ("Người được cấp bản sao là:
 * ● Bản thân người yêu cầu"), and a part a choice of who files names by its title ("Người đứng tên yêu cầu:
 * Người thứ hai"). Runs before the form as a whole is settled (whose.ts).
 */
import { foldVietnamese } from '@motcua/core';
import { chosenText } from './filer.js';
import { asksWhoFiles, relatedRole, roleIn } from './person.js';
import type { FieldInfo, PersonRole } from './types.js';

/** Someone other than the applicant, named. */
const other = (role: PersonRole | undefined) => !!role && role !== 'applicant' && role !== 'unknown';
/** A field a part that names no one holds: whose it is waits on the part. */
const unsure = (f: FieldInfo) => f.person.role === 'unknown' && f.person.source === 'section';
/** A choice asking who a part's person is ("Người được cấp bản sao là:", "… là ai?"). */
const ASKS_WHO = /\bla( ai)?\W*$/;
/** An option saying it is the applicant himself ("Bản thân", "Chính tôi", "Bản thân người yêu cầu"). */
const SELF = /^\W*(ban than|chinh (minh|toi|nguoi yeu cau))\b/;

/** The fields of the part `at` opens: from it on, while they sit in the same part. */
function partFrom(fields: FieldInfo[], at: number): FieldInfo[] {
  const section = fields[at]?.section;
  const run: FieldInfo[] = [];
  for (const f of fields.slice(at)) {
    if (f.section !== section) break;
    run.push(f);
  }
  return run;
}

/** Gives the applicant the parts the page's own words or choices say are theirs (in place; returns `fields`). */
export function ownParts(fields: FieldInfo[], elementOf: (f: FieldInfo) => Element | undefined): FieldInfo[] {
  firstPartRelating(fields);
  partChosen(fields, elementOf);
  for (const [i, f] of fields.entries()) {
    if (f.kind === 'text' || f.kind === 'textarea' || !other(roleIn(f.label)?.role)) continue;
    if (!ASKS_WHO.test(foldVietnamese(f.label))) continue;
    const el = elementOf(f);
    const text = el ? chosenText(el, f) : undefined;
    if (!text || (roleIn(text)?.role !== 'applicant' && !SELF.test(foldVietnamese(text)))) continue;
    for (const g of partFrom(fields, i).slice(1))
      if (unsure(g)) g.person = { role: 'applicant', source: 'section', evidence: `${f.label}: ${text}`, chosen: true };
  }
  return fields;
}

/**
 * The form's first part, on a form naming no part of the applicant's: when one of its fields asks how its
 * person stands to someone else ("Quan hệ với người được cấp bản sao", "Quan hệ với chủ hộ"), its person
 * is the one filing about them, the applicant.
 */
function firstPartRelating(fields: FieldInfo[]): void {
  const named = (f: FieldInfo) => f.person.role === 'applicant' && f.person.source !== 'form';
  if (fields.some((f) => named(f) && (f.kind === 'text' || f.kind === 'textarea'))) return;
  const first = fields.findIndex(unsure);
  if (first < 0 || fields.slice(0, first).some((f) => f.person.source !== 'form')) return;
  const part = partFrom(fields, first);
  const relating = part.find((f) => other(relatedRole(f.label)));
  if (!relating) return;
  for (const f of part)
    if (unsure(f))
      f.person = { role: 'applicant', source: 'section', evidence: `${f.person.evidence} (${relating.label})` };
}

/**
 * A choice of who files whose chosen option is a part's own title ("Người đứng tên yêu cầu: [Người thứ hai]"
 * over heirs' panels titled "Người thứ nhất / thứ hai / thứ ba", "Người yêu cầu đăng ký là: ● Bên nhận (cha
 * hoặc mẹ nhận con)" over the cards "Bên nhận" and "Bên được nhận"): that part is the applicant's.
 */
function partChosen(fields: FieldInfo[], elementOf: (f: FieldInfo) => Element | undefined): void {
  for (const f of fields) {
    if (f.kind === 'text' || f.kind === 'textarea' || !asksWhoFiles(f.label)) continue;
    const el = elementOf(f);
    const text = el ? chosenText(el, f) : undefined;
    // The option's own words, without its hint ("Bên nhận (cha hoặc mẹ nhận con)").
    const title = foldVietnamese(text ?? '')
      .replace(/\s*\(.*$/, '')
      .trim();
    if (!title) continue;
    for (const g of fields)
      if (unsure(g) && foldVietnamese(g.section ?? '').trim() === title)
        g.person = { role: 'applicant', source: 'section', evidence: `${f.label}: ${text}`, chosen: true };
  }
}
