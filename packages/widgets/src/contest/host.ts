/**
 * What the contest's views (registration, question, review) read from their element and ask of it:
 * the element's state, its string lookup, and the steps a citizen takes. The views are functions of
 * this, so each job lives in its own module and the element keeps the flow (loading, starting,
 * submitting through the outbox).
 */
import type { TemplateResult } from 'lit';
import type { nothing } from 'lit';
import type { ContestInfo, Registration, SavedAttempt, Ward } from './attempt.js';

export type View = 'loading' | 'error' | 'closed' | 'register' | 'attempt' | 'review' | 'queued' | 'result';

/** Field errors by field id, shown in the error summary and beside each field. */
export type FieldErrors = Partial<Record<keyof Registration | 'consent' | 'prediction', string>>;

export interface ContestHost {
  t(key: string, values?: Record<string, string | number>): string;
  readonly resolvedLang: 'vi' | 'en';
  info: ContestInfo | undefined;
  /** On a province's site (no `unit`): the province's wards, one of which the participant picks. */
  wards: Ward[] | undefined;
  view: View;
  reg: Registration;
  consent: boolean;
  errors: FieldErrors;
  attempt: SavedAttempt | undefined;
  current: number;
  remaining: number;
  busy: boolean;
  /** The error summary, its items linked to the fields. */
  renderErrors(): TemplateResult | typeof nothing;
  /** The ward picker on a province's site (ward-picker.ts, loaded on demand), or nothing. */
  renderWardPicker(): TemplateResult | typeof nothing;
  /** The contest's rules (thể lệ), one tap away. */
  renderRules(): TemplateResult | typeof nothing;
  setReg(field: keyof Registration, value: string): void;
  start(event: Event): Promise<void>;
  choose(questionId: string, optionId: string, multiple: boolean, checked: boolean): void;
  goTo(index: number): void;
  /** Opens the review, focus on its title. */
  openReview(): void;
  change(change: Partial<SavedAttempt>): void;
  submit(event?: Event): Promise<void>;
}
