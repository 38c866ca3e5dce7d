/** Whose a described field is, from the evidence describe gathered: its labels, member table, section chain and name. */
import type { Cells } from './labels.js';
import { APPLICANT_UNLESS_NAMED, roleIn, splitIdentifier } from './person.js';
import type { Heading } from './sections.js';
import type { FieldInfo, FieldPerson } from './types.js';

/**
 * The form as a whole decides what its parts could not: a chủ hộ kinh doanh, đối tượng or người được
 * cấp is the applicant on a form without a part for the applicant of its own.
 */
export function settlePersons(fields: FieldInfo[]): FieldInfo[] {
  const namesApplicant = fields.some((f) => f.person.role === 'applicant' && f.person.source !== 'form');
  if (namesApplicant) return fields;
  for (const f of fields)
    if (APPLICANT_UNLESS_NAMED.has(f.person.role))
      f.person = { ...f.person, role: 'applicant', evidence: `${f.person.evidence} (không có phần người nộp riêng)` };
  return fields;
}

/**
 * Whose field it is: a role named in its own label ("Họ tên mẹ"), a member table's row, the innermost
 * heading above it that names someone, its name (`hoTenCha`); failing all, the applicant when no one
 * else's part came before it, and `unknown` when it follows another person's part.
 */
export function personOf(
  labels: (string | undefined)[],
  cells: Cells,
  identifiers: (string | undefined)[],
  chain: Heading[],
  before: Heading[],
): FieldPerson {
  for (const text of labels) {
    const r = text ? roleIn(text) : undefined;
    if (r && text) return { ...r, source: 'label', evidence: text };
  }
  if (cells.memberRow) {
    const named = chain.map((h) => ({ h, r: roleIn(h.text) })).find((x) => x.r && x.r.role !== 'applicant');
    const role = named?.r?.role ?? 'householdMember';
    const evidence = [named?.h.text ?? chain[0]?.text, cells.rowHead].filter(Boolean).join(' — ');
    return { role, member: cells.memberRow, source: 'table', evidence };
  }
  for (const h of chain) {
    const r = roleIn(h.text);
    if (r) return { ...r, source: 'section', evidence: h.text };
  }
  for (const id of identifiers) {
    const r = id ? roleIn(splitIdentifier(id)) : undefined;
    if (r && id) return { ...r, source: 'name', evidence: id };
  }
  const last = [...before].reverse().find((h) => roleIn(h.text));
  if (!last) return { role: 'applicant', source: 'form', evidence: chain[0]?.text ?? '' };
  const r = roleIn(last.text);
  return r?.role === 'applicant'
    ? { role: 'applicant', source: 'section', evidence: last.text }
    : { role: 'unknown', source: 'section', evidence: last.text };
}
