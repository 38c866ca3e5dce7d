/**
 * Decides which value goes in which field, from whom, and why (what a field asks for is `recognise`'s
 * job). Only the applicant's fields take the applicant's details; another person's field is filled only
 * from the profile the officer assigned to that person, or when the officer asks; repeated controls no
 * part told apart are left empty. Unrecognised fields are listed, not guessed.
 */
import { foldVietnamese } from '@motcua/core';
import { streetsBesideCommunes } from './address-line.js';
import { personKey } from './person.js';
import { valueFor } from './profile-value.js';
import { ROLE_WORDS, skipDetail } from './reasons.js';
import { type DateRun, recognise } from './recognise.js';
import { tellApart } from './tell-apart.js';
import type {
  CitizenProfile,
  FieldInfo,
  FieldPerson,
  FillPlan,
  FillRule,
  Person,
  PersonKey,
  PlanEntry,
  PlanOptions,
  Relation,
  UnmatchedField,
} from './types.js';
import { matchOption } from './values.js';

/** A field whose own words say to leave it empty ("hãy để trống ô này", a honeypot's label), on folded text. */
const LEAVE_EMPTY =
  /\b(de trong|khong (dien|nhap)( gi)? vao) (o|truong) nay\b|\bleave (this|it)( field)? (blank|empty)\b/;

/**
 * Which value goes where, and why. Pure: reads only the descriptions, the profile, the rules and the
 * officer's choices (`options.people` for the form's other people, `options.fillAnyway`).
 */
export function planFill(
  fields: FieldInfo[],
  profile: CitizenProfile,
  rules: FillRule[] = [],
  options: PlanOptions = {},
): FillPlan {
  const entries: PlanEntry[] = [];
  const unmatched: UnmatchedField[] = [];
  const people = new Map<PersonKey, FieldPerson>();
  const url = options.url ?? (typeof location === 'undefined' ? undefined : location.href);
  const anyway = new Set(options.fillAnyway ?? []);
  let lastDate: DateRun | undefined;
  for (const field of fields) {
    const person = field.person;
    const key0 = person.role === 'applicant' || person.role === 'unknown' ? undefined : personKey(person);
    if (key0 && !people.has(key0)) people.set(key0, person);
    if (field.signals.some((s) => LEAVE_EMPTY.test(foldVietnamese(s)))) {
      unmatched.push({ field, reason: 'unknown', detail: 'Trang dặn để trống ô này' });
      continue;
    }
    const c = recognise(field, rules, url, lastDate);
    if (!c) {
      unmatched.push({ field, reason: 'unknown', detail: 'Không nhận ra trường này' });
      continue;
    }
    if (/\.(day|month|year)$/.test(c.key))
      lastDate = { key: c.key.replace(/\.(day|month|year)$/, ''), group: field.group, part: c.key.split('.').pop() };
    const why = `${c.reason}${field.section ? ` · mục “${field.section}”` : ''}`;
    // A taught rule may name the applicant's own relative ("relatives.father.fullName").
    const taughtRelative = /^relatives\.(\w+)\.(.+)$/.exec(c.key);
    let key = c.key;
    let from: PersonKey = 'applicant';
    let source: (Person & Partial<CitizenProfile>) | undefined = profile;
    if (taughtRelative) {
      key = taughtRelative[2] as string;
      from = `relatives.${taughtRelative[1]}`;
      source = profile.relatives?.find((r) => r.relation === (taughtRelative[1] as Relation));
    } else if (person.role !== 'applicant' && !anyway.has(field.id)) {
      const assigned = key0 ? options.people?.[key0] : undefined;
      if (!assigned) {
        unmatched.push({
          field,
          reason: person.role === 'unknown' ? 'unknown-person' : 'other-person',
          path: key,
          detail: skipDetail(person, field.section),
        });
        continue;
      }
      from = key0 as PersonKey;
      source = assigned;
    }
    let converted = source ? valueFor(field, key, source) : undefined;
    // A loaded list without the value will not take it; only a commune list reloads, after a province we fill first.
    if (
      converted &&
      'value' in converted &&
      field.kind === 'select' &&
      field.options?.length &&
      matchOption(field.options, converted.value) < 0 &&
      !(key === 'residence.commune' && entries.some((e) => e.path === 'residence.province' && e.from === from))
    )
      converted = { confirm: `Danh sách không có “${converted.value}”: cán bộ chọn` };
    // Where the form still asks for the district, a commune list follows the district the officer confirms.
    if (
      key === 'residence.commune' &&
      (field.kind === 'select' || field.kind === 'combobox') &&
      unmatched.some((u) => u.path === 'district' && personKey(u.field.person) === personKey(field.person))
    )
      converted = { confirm: 'Biểu mẫu còn cấp huyện: cán bộ chọn quận/huyện rồi xã/phường' };
    // A whole date does not fit a box made for one of its parts ("Ngày sinh: [  ] [  ] [    ]" without part names).
    if (converted && 'value' in converted && /^(dateOfBirth|issueDate)$/.test(key) && (field.maxLength ?? 99) < 8)
      converted = { confirm: 'Ô chỉ đủ một phần của ngày: cán bộ điền' };
    if (converted && 'confirm' in converted) {
      unmatched.push({ field, reason: 'confirm', path: key, detail: converted.confirm });
      continue;
    }
    if (!converted?.value) {
      unmatched.push({ field, reason: 'no-value', path: key, detail: 'Hồ sơ không có thông tin này' });
      continue;
    }
    const whose =
      from === 'applicant'
        ? anyway.has(field.id)
          ? ' · cán bộ chọn điền'
          : ''
        : ` · hồ sơ của ${ROLE_WORDS[field.person.role] ?? from}`;
    entries.push({
      field,
      path: converted.path ?? key,
      value: converted.value,
      layer: c.layer,
      reason: `${why}${whose}${converted.note ?? ''}`,
      from,
    });
  }
  // An address line beside its part's own commune list is the street (address-line.ts).
  const lines = streetsBesideCommunes(entries, unmatched, (e) =>
    e.from === 'applicant' ? profile : options.people?.[e.from as PersonKey],
  );
  const told = tellApart(lines, anyway);
  return {
    entries: told.entries,
    unmatched: [...unmatched, ...told.unmatched],
    people: [...people].map(([key, person]) => ({ key, person })),
  };
}
