/** The engine's public types: field descriptions, citizen profile, fill rules, plans and reports. */
import type { CitizenIdQr } from '@motcua/core';

/** Someone other than the card holder whose details a form may ask for. */
export interface Person {
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  idNumber?: string;
  gender?: 'Nam' | 'Nữ';
  ethnicity?: string;
  nationality?: string;
  address?: string;
  phone?: string;
}

/** How a relative stands to the card holder (cha, mẹ, vợ/chồng, con). */
export type Relation = 'father' | 'mother' | 'spouse' | 'child';

/** A relative the officer noted on a profile: offered first when a form has a part for that person. */
export interface Relative extends Person {
  relation: Relation;
}

/** Hồ sơ công dân (design §3.5): the card's fields plus what the officer adds. Declared only here. */
export interface CitizenProfile extends CitizenIdQr {
  phone?: string;
  email?: string;
  ethnicity?: string;
  nationality?: string;
  /** The post-2025 two-level address; `address` stays the text printed on the card. */
  residence?: { province: string; commune: string; street?: string };
  /** Chỗ ở hiện tại, when it differs from the residence. */
  currentAddress?: string;
  /** Known relatives; never filled on their own, only offered for a form's part about that person. */
  relatives?: Relative[];
}

/**
 * Whose a part of a form is. `applicant` is the person at the counter (người nộp hồ sơ, người yêu cầu,
 * người khai, người đề nghị, người ủy quyền…); `unknown` when the page does not tell. The others, in the
 * words forms use: chủ hộ, thành viên hộ gia đình, chủ hộ kinh doanh, the business itself (hộ kinh doanh,
 * doanh nghiệp: its seat, phone and e-mail are not the owner's), người được khai sinh, cha, mẹ, vợ, chồng,
 * bên nam, bên nữ, bên A, bên B (of a contract), con, người chết, người được ủy quyền, người giám hộ, người được giám hộ, người
 * đại diện, người làm chứng, đối tượng hưởng trợ giúp, người được cấp giấy.
 */
export type PersonRole =
  | 'applicant'
  | 'householdHead'
  | 'householdMember'
  | 'businessOwner'
  | 'business'
  | 'registeredChild'
  | 'father'
  | 'mother'
  | 'wife'
  | 'husband'
  | 'groom'
  | 'bride'
  | 'partyA'
  | 'partyB'
  | 'spouse'
  | 'child'
  | 'deceased'
  | 'proxy'
  | 'guardian'
  | 'ward'
  | 'representative'
  | 'witness'
  | 'beneficiary'
  | 'subject'
  | 'unknown';

/** Whose field it is, and what on the page says so. */
export interface FieldPerson {
  role: PersonRole;
  /** Row of a repeating member table, or the number in a heading like "Thành viên 2" (from 1). */
  member?: number;
  /** Where it was read: the field's own label, its section heading, a member table, its name, or the form as a whole. */
  source: 'label' | 'section' | 'table' | 'name' | 'form';
  /** The text that said so, as the page shows it ("Thông tin chủ hộ"). */
  evidence: string;
  /** The applicant by the form's own choice of who files ("Người nộp hồ sơ: ● Bên nam"), not by words alone. */
  chosen?: true;
}

export type FieldKind = 'text' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'combobox';

/** One visible, enabled, fillable control and the text a person would read around it. No values. */
export interface FieldInfo {
  /** Stable within one page load (`f1`, `f2`…); maps back to the element. */
  id: string;
  kind: FieldKind;
  /** Input type (`text`, `date`, `tel`…), `select`, or the widget (`select2`, `mat-select`, `ng-select`, `combobox`). */
  type: string;
  /** The best label: `<label>`, aria, the cell to the left, the preceding text, placeholder. */
  label: string;
  /** Every signal read, labelled, e.g. `label: Họ và tên`, `cell-above: Ngày sinh`. */
  signals: string[];
  name?: string;
  htmlId?: string;
  autocomplete?: string;
  formControlName?: string;
  placeholder?: string;
  /** The innermost section heading the field sits under (legend, heading, card header, group label…). */
  section?: string;
  /** Whose field it is: the applicant, another person, or unknown. */
  person: FieldPerson;
  /** Fields that read as one share it (the day, month and year selects of one date). */
  group?: string;
  /** Options' visible text for selects, radio and checkbox groups (absent for lazy custom widgets). */
  options?: string[];
  pattern?: string;
  maxLength?: number;
  /** The width in characters the page draws a text box for (`size`), where it says. */
  size?: number;
  required: boolean;
  /** The DOM control (not enumerable, so descriptions serialise without it). */
  readonly element?: Element;
}

/** A taught rule: a selector or a label on a form → a profile path. Shareable as JSON. */
export interface FillRule {
  /** CSS selector of the control (within its document or shadow root). */
  selector?: string;
  /** Label text as the page shows it (compared accent- and case-insensitively). */
  label?: string;
  /** Profile path, e.g. `phone`, `residence.commune`, `relatives.father.fullName`. */
  field: string;
  /** Only for pages whose URL starts with this. */
  scope?: string;
}

/** The key a form's person goes by in {@link PlanOptions.people}: the role, and `#n` for the n-th member. */
export type PersonKey = string;

export interface PlanOptions {
  /** The page's address, for rules with a `scope` (defaults to `location.href` where there is one). */
  url?: string;
  /** Profiles the officer assigned to the form's other people, by {@link PersonKey} (`mother`, `householdMember#2`). */
  people?: Record<PersonKey, Person | CitizenProfile>;
  /** Field ids the officer asked to fill anyway with the applicant's details. */
  fillAnyway?: string[];
}

export type PlanLayer = 'rule' | 'autocomplete' | 'name' | 'label' | 'default';

export interface PlanEntry {
  field: FieldInfo;
  /** Profile path the value comes from, e.g. `relatives.mother.fullName`, `dateOfBirth.day`. */
  path: string;
  /** The value as the field expects it (date format, option text, phone shape). */
  value: string;
  layer: PlanLayer;
  /** Why: the signal that matched, in words the officer can check. */
  reason: string;
  /** Whose details went in: `applicant`, or the {@link PersonKey} of an assigned person. */
  from: PersonKey;
}

/**
 * `unknown`: not recognised; `no-value`: the profile lacks it; `confirm`: the officer must choose;
 * `other-person`: another person's field with no profile assigned; `unknown-person`: whose it is cannot be told.
 */
export type UnmatchedReason = 'unknown' | 'no-value' | 'confirm' | 'other-person' | 'unknown-person';

export interface UnmatchedField {
  field: FieldInfo;
  reason: UnmatchedReason;
  /** The path it was recognised as, when known (for `no-value`, `confirm`, `other-person`). */
  path?: string;
  /** In Vietnamese, for the officer: "Bỏ qua: thuộc phần Thông tin chủ hộ". */
  detail: string;
}

export interface FillPlan {
  entries: PlanEntry[];
  /** Fields not filled, each with why: never guessed. */
  unmatched: UnmatchedField[];
  /** The form's people other than the applicant, by key, each with the evidence (for assigning profiles). */
  people: { key: PersonKey; person: FieldPerson }[];
}

export interface FillResult {
  entry: PlanEntry;
  /** What the field held before (for undo). */
  previous: string;
  /** What the field holds after, read back as the page shows it. */
  actual: string;
  stuck: boolean;
  error?: string;
}

export interface FillReport {
  results: FillResult[];
  filled: number;
  failed: number;
}
