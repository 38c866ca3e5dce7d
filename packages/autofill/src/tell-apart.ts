/**
 * Tells apart repeated identical controls no part named: the applicant has one name, one birth date and
 * one ID, so a form asking for one twice has a second person whose fields we cannot name.
 */
import type { FieldInfo, FieldPerson, PlanEntry, UnmatchedField } from './types.js';

/** What one person has once: a name, a birth date, an ID number. */
const IDENTITY = /^(fullName|dateOfBirth|idNumber)(\.(day|month|year))?$/;

/**
 * Repeated identical controls that no part told apart: the applicant has one name, one birth date and one
 * ID, so where a form asks for one of them twice and only the form as a whole gave both to the applicant,
 * the others are someone else's we cannot name, and so is every field the form alone gave the applicant
 * after the first of them. The first part or label naming the applicant keeps its field (a second part
 * claiming it too was misread, and so was the same part asking again); with none named, the first (forms
 * open with who files) keeps it. A part
 * the form's own choice of who files made the applicant's keeps its fields too.
 */
export function tellApart(
  planned: PlanEntry[],
  anyway: Set<string>,
): { entries: PlanEntry[]; unmatched: UnmatchedField[] } {
  const byPath = new Map<string, PlanEntry[]>();
  for (const e of planned)
    if (e.from === 'applicant' && e.layer !== 'rule' && !anyway.has(e.field.id) && IDENTITY.test(e.path))
      byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const drop = new Set<PlanEntry>();
  for (const same of byPath.values()) {
    if (same.length < 2) continue;
    // The first part naming the applicant keeps its fields (another part that claims them too was misread).
    const named = same.filter((e) => e.field.person.source !== 'form');
    const first = named[0];
    // Only its first, and those whose own label names the applicant ("Người yêu cầu (ký, ghi rõ họ tên)"):
    // the same part asking again (after an <hr>, a block nothing names) has a second person.
    const kept = [first ?? (same[0] as PlanEntry), ...named.filter((e) => e.field.person.source === 'label')];
    // The form's own choice said a second part is the applicant's too ("đồng thời là chủ hộ": the same person).
    const keep = [...kept, ...same.filter((e) => e.field.person.chosen)];
    for (const e of same) if (!keep.includes(e)) drop.add(e);
  }
  if (!drop.size) return { entries: planned, unmatched: [] };
  // From the first of them on, a second person's fields have begun: nothing the form alone gave the
  // applicant, nor anything else in those parts, is theirs any more.
  const from = planned.findIndex((e) => drop.has(e));
  const parts = new Set([...drop].map((e) => e.field.section).filter(Boolean));
  for (const e of planned.slice(from))
    if (
      e.from === 'applicant' &&
      e.layer !== 'rule' &&
      !anyway.has(e.field.id) &&
      (e.field.person.source === 'form' || parts.has(e.field.section))
    )
      drop.add(e);
  return {
    entries: planned.filter((e) => !drop.has(e)),
    unmatched: [...drop].map((e) => ({
      field: withPerson(e.field, { role: 'unknown', source: 'form', evidence: '' }),
      reason: 'unknown-person' as const,
      path: e.path,
      detail: `Bỏ qua: không rõ ô này của ai (biểu mẫu hỏi “${e.field.label}” nhiều lần)`,
    })),
  };
}

/** The same description with another person (the element stays attached, not enumerable). */
function withPerson(field: FieldInfo, person: FieldPerson): FieldInfo {
  const copy = { ...field, person };
  Object.defineProperty(copy, 'element', { value: field.element, enumerable: false });
  return copy;
}
