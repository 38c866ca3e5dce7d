/**
 * Who files, as the form's own choice says: a radio group, select or dropdown asking "Người nộp hồ sơ" / "Người yêu
 * cầu là" whose chosen option names a role ("● Bên nam", "Mẹ"), or a yes/no switch saying the applicant is
 * someone ("Người kê khai đồng thời là chủ hộ?"), on. The one value describe reads, and only of
 * such a choice: it is how the page says whose part is the applicant's, not anyone's personal data.
 */
import { ariaRadios, clean, radioName, radioOn, textOf } from './dom.js';
import { labelledBy, radioText } from './labels.js';
import { asksWhoFiles, declaredRole, roleIn } from './person.js';
import type { FieldInfo, PersonRole } from './types.js';
import { isPlaceholderOption } from './values.js';

/** The text of the option a choice shows as chosen: a checked radio, an `aria-checked` radio, a select's option, a dropdown's text. */
export function chosenText(el: Element, field: FieldInfo): string | undefined {
  if (field.kind === 'radio' && el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    const scope = (input.form ?? input.getRootNode()) as ParentNode;
    const checked = Array.from(scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (r) => r.name === input.name && r.checked,
    );
    return checked ? radioText(checked) : undefined;
  }
  if (field.type === 'aria-radio') {
    const checked = ariaRadios(el).find(radioOn);
    return checked ? radioName(checked) : undefined;
  }
  if (el.tagName === 'SELECT') {
    const option = (el as HTMLSelectElement).selectedOptions[0];
    return option && !isPlaceholderOption(option) ? textOf(option) : undefined;
  }
  // A dropdown shows its choice as its own text (mat-select, a Fluent Dropdown) or in its read-only input.
  if (field.kind === 'combobox') {
    const input = el.tagName === 'INPUT' ? (el as HTMLInputElement) : el.querySelector('input');
    return (input?.value ?? '') || textOf(el) || undefined;
  }
  return undefined;
}

/** The role a choice of who files chose, its words, and the person within that role's part it names, if any. */
export interface ChosenFiler {
  role: PersonRole;
  text: string;
  part?: string;
}

/**
 * The role the form's choice of who files has chosen, when one choice asks it and its chosen option names
 * one person other than the applicant; undefined when none does, or two choices disagree.
 */
export function chosenFiler(
  fields: FieldInfo[],
  elementOf: (f: FieldInfo) => Element | undefined,
  all: Element[] = [],
): ChosenFiler | undefined {
  const found = new Map<PersonRole, string>();
  // A row of pills or tabs asking who files, with no panels of its own (BootstrapVue nav-pills "Người nộp hồ sơ").
  for (const el of all) {
    if (!el.matches('[role="tablist"]')) continue;
    const label = clean(el.getAttribute('aria-label')) || labelledBy(el);
    const tab = label && asksWhoFiles(label) ? el.querySelector('[role="tab"][aria-selected="true"]') : null;
    const role = tab ? roleIn(textOf(tab))?.role : undefined;
    if (tab && role && role !== 'applicant' && role !== 'unknown') found.set(role, `${label}: ${textOf(tab)}`);
  }
  for (const f of fields) {
    if (f.kind === 'text' || f.kind === 'textarea') continue;
    const el = elementOf(f);
    // A yes/no switch saying the applicant is someone ("Người kê khai đồng thời là chủ hộ?"), switched on.
    if (f.kind === 'checkbox') {
      const said = [f.label, ...f.signals.map((x) => x.replace(/^[\w-]+: /, ''))].map(declaredRole).find(Boolean);
      if (said && (el as HTMLInputElement | undefined)?.checked) found.set(said, f.signals.join(' '));
      continue;
    }
    const text = el ? chosenText(el, f) : undefined;
    // A chosen option saying who files in its own words ("● Hộ gia đình (người kê khai là chủ hộ)").
    const declared = text ? declaredRole(text) : undefined;
    if (declared) {
      found.set(declared, `${f.label}: ${text}`);
      continue;
    }
    // A dropdown named by its label and its own shown value (Fluent's aria-labelledby) asks by the label alone.
    const label = text && f.label.endsWith(text) ? f.label.slice(0, -text.length) : f.label;
    // Or the group's name, where a form builder names it by its question (Odoo: name="Người yêu cầu chứng thực").
    if (!asksWhoFiles(label) && !(f.kind === 'radio' && asksWhoFiles(f.name ?? ''))) continue;
    const role = text ? roleIn(text)?.role : undefined;
    if (text && role && role !== 'applicant' && role !== 'unknown') found.set(role, `${f.label}: ${text}`);
  }
  if (found.size !== 1) return undefined;
  const [[role, text]] = [...found] as [[PersonRole, string]];
  const part = partOf(text.slice(text.lastIndexOf(': ') + 2), role);
  return part ? { role, text, part } : { role, text };
}

/**
 * The person within a role's part an option names beside the role in brackets, "Ông (Bên A)" where Bên A
 * is a husband and wife in two columns titled "Ông" and "Bà": "Ông".
 */
function partOf(option: string, role: PersonRole): string | undefined {
  const m = /^([^()]{1,30}?)\s*\(([^()]+)\)\s*$/.exec(option);
  return m && roleIn(m[2] as string)?.role === role && !roleIn(m[1] as string) ? clean(m[1]) : undefined;
}

/**
 * A people table's row its own checkbox says files ("Người thứ 2 là người nộp hồ sơ", or the column
 * "Người nộp hồ sơ", checked): that row, when exactly one such box is on.
 */
export function chosenRow(fields: FieldInfo[], elementOf: (f: FieldInfo) => Element | undefined): Element | undefined {
  const rows: Element[] = [];
  for (const f of fields) {
    const el = f.kind === 'checkbox' ? (elementOf(f) as HTMLInputElement | undefined) : undefined;
    const row = el?.checked ? el.closest('tr') : null;
    const says = [f.label, ...f.signals.map((x) => x.replace(/^[\w-]+: /, ''))].some((t) =>
      asksWhoFiles(t.replace(/^.*\s(là|la)\s/i, '')),
    );
    if (row && says) rows.push(row);
  }
  return rows.length === 1 ? rows[0] : undefined;
}
