/** The engine's public types: field descriptions, citizen profile, fill rules, plans and reports. */
import type { CitizenIdQr } from '@motcua/core';

/** A relative the form may ask about (cha, mẹ, vợ/chồng, con). */
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

export type Relation = 'father' | 'mother' | 'spouse' | 'child';

/** Design §3.5: the card's fields plus what the officer adds. */
export interface CitizenProfile extends CitizenIdQr {
  phone?: string;
  email?: string;
  ethnicity?: string;
  nationality?: string;
  /** The post-2025 two-level address; `address` stays the text printed on the card. */
  residence?: { province: string; commune: string; street?: string };
  /** Chỗ ở hiện tại, when it differs from the residence. */
  currentAddress?: string;
  /** Either keyed by relation, or the extension's list of `{ relation, ...Person }`. */
  relatives?: Partial<Record<Relation, Person>> | (Person & { relation: Relation })[];
}

/** Who a part of the form is about. `other` (người giám hộ, người được ủy quyền…) is never filled. */
export type SectionRole = 'self' | Relation | 'other';

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
  /** The fieldset legend or section heading the field sits under. */
  section?: string;
  /** Options' visible text for selects, radio and checkbox groups (absent for lazy custom widgets). */
  options?: string[];
  pattern?: string;
  maxLength?: number;
  required: boolean;
  /** The DOM control (not enumerable, so descriptions serialise without it). */
  readonly element?: Element;
}

/** A saved recipe: a selector or a label on a form → a profile path. Shareable as JSON. */
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
}

export type UnmatchedReason = 'unknown' | 'no-value' | 'confirm' | 'other-person';

export interface UnmatchedField {
  field: FieldInfo;
  reason: UnmatchedReason;
  /** The path it was recognised as, when known (for `no-value`, `confirm`, `other-person`). */
  path?: string;
  detail: string;
}

export interface FillPlan {
  entries: PlanEntry[];
  /** Fields not filled, each with why: never guessed. */
  unmatched: UnmatchedField[];
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
