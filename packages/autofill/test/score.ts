/**
 * Scores a fill against a form's expected-result file (`NAME.expected.json`: for every field, by CSS
 * selector, whose it is and which applicant-profile value it should take, or null to stay empty). Used by
 * the browser tests and by `pnpm bench autofill`, on our forms and on the independent set alike.
 */
import type { CitizenProfile, FillPlan, FillReport } from '../src/types.js';

export interface ExpectedField {
  selector: string;
  /** `applicant`, the role in the form's words ("chủ hộ", "mẹ"), or `nobody` (honeypots, technical inputs). */
  person: string;
  /** The applicant-profile path the field takes (`fullName`, `residence.commune`…), or null: stays empty. */
  value: string | null;
}

export interface ExpectedForm {
  form?: string;
  fields: ExpectedField[];
}

export interface FieldScore {
  selector: string;
  person: string;
  want: string | null;
  /** The planned path, when the field was planned. */
  got?: string;
  stuck?: boolean;
  verdict: 'right' | 'wrongly-filled' | 'wrongly-skipped';
  /** Filled although it is another person's field: the error that must never happen. */
  wrongPerson: boolean;
}

export interface FormScore {
  fields: FieldScore[];
  right: number;
  wronglyFilled: number;
  wronglySkipped: number;
  wrongPerson: number;
}

/**
 * The independent set's files (test/fixtures/portal/independent/README.md) in this shape: `profile` is the
 * applicant's value a field takes, `person` null means no one's.
 */
export function fromIndependent(doc: {
  fields: { selector: string; person: string | null; profile: string | null }[];
}): ExpectedForm {
  return {
    fields: doc.fields.map((f) => ({ selector: f.selector, person: f.person ?? 'nobody', value: f.profile })),
  };
}

/** Every element matching `selector` in the page and in its open shadow roots (a component's own inputs). */
function queryDeep(root: Document | ShadowRoot, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const el of Array.from(root.querySelectorAll('*')))
    if (el.shadowRoot) found.push(...queryDeep(el.shadowRoot, selector));
  return found;
}

/** The element and the web components whose shadow roots hold it: a selector may name the host (`md-outlined-text-field#x`). */
function hostsOf(el: Element): Element[] {
  const out = [el];
  // A shadow root of another frame is no `ShadowRoot` of this one: it is told by its host.
  for (let root = el.getRootNode(); 'host' in root; root = (root as ShadowRoot).host.getRootNode())
    out.push((root as ShadowRoot).host);
  return out;
}

/** A date split over day/month/year selects counts as its date. */
const samePath = (got: string, want: string) => got === want || got.startsWith(`${want}.`);

/**
 * Whether the profile holds the value a path names. A card holder's nationality goes without saying (only
 * citizens get a căn cước), as design §3.5 has it; anything else the profile lacks cannot be filled.
 */
function holds(profile: CitizenProfile, path: string): boolean {
  if (path === 'nationality' && /^\d{12}$/.test(profile.idNumber)) return true;
  const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], profile);
  return typeof value === 'string' && value !== '';
}

/**
 * What the fill did to each expected field of the page in `doc`. A field whose expected value the profile
 * does not hold is expected to stay empty (a profile without an old ID number cannot fill "Số CMND cũ").
 */
export function scoreForm(
  doc: Document,
  expected: ExpectedForm,
  plan: FillPlan,
  report: FillReport,
  profile: CitizenProfile,
): FormScore {
  const fields = expected.fields.map((field): FieldScore => {
    const x = field.value && !holds(profile, field.value) ? { ...field, value: null } : field;
    const targets = new Set<Element>(queryDeep(doc, x.selector));
    // A radio group drawn without inputs is described by its group: a selector naming its radios names it.
    const named = (el: Element, group: boolean) =>
      hostsOf(el).some((h) => targets.has(h)) || (group && [...targets].some((t) => el.contains(t)));
    const entry = plan.entries.find((e) => e.field.element && named(e.field.element, e.field.type === 'aria-radio'));
    const result = entry && report.results.find((r) => r.entry === entry);
    const base = { selector: x.selector, person: x.person, want: x.value, wrongPerson: false };
    if (!entry) return { ...base, verdict: x.value === null ? 'right' : 'wrongly-skipped' };
    const stuck = result?.stuck === true;
    const got = { ...base, got: entry.path, stuck, wrongPerson: x.person !== 'applicant' && x.person !== 'nobody' };
    if (x.value === null || !samePath(entry.path, x.value)) return { ...got, verdict: 'wrongly-filled' };
    return { ...got, verdict: stuck ? 'right' : 'wrongly-skipped' };
  });
  const count = (v: FieldScore['verdict']) => fields.filter((f) => f.verdict === v).length;
  return {
    fields,
    right: count('right'),
    wronglyFilled: count('wrongly-filled'),
    wronglySkipped: count('wrongly-skipped'),
    wrongPerson: fields.filter((f) => f.wrongPerson).length,
  };
}
