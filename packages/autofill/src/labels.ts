/** The text a person reads around a control: its table cells, the text before it, its ARIA name, its form group label. */
import { foldVietnamese } from '@motcua/core';
import { CONTROL, clean, hasControl, isElement, textOf } from './dom.js';
import { roleIn } from './person.js';
import { besideOnLine, drawnOverOnly, labelPart } from './placement.js';

export interface Cells {
  left?: string;
  above?: string;
  rowHead?: string;
  /** In a grid of people across the columns (each column headed by someone), the row's first cell says what a row asks. */
  rowLabel?: string;
  /** Row number in a repeating member table (a header row, then one row of fields per person). */
  memberRow?: number;
}

/** The cell directly to the left (skipping empty cells), the cell in the same column of the row above, the row's first cell. */
export function tableCells(el: Element): Cells {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  if (!cell) return {};
  const out: Cells = {};
  const first = cell.parentElement?.firstElementChild;
  if (first && first !== cell && !hasControl(first)) out.rowHead = textOf(first);
  let besideField = false;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (hasControl(c)) {
      besideField = true;
      break;
    }
    const t = textOf(c);
    if (t) {
      out.left = t;
      break;
    }
  }
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (!row || !table) return out;
  const rows = Array.from(table.rows);
  const index = rows.indexOf(row);
  let col = 0;
  for (const c of Array.from(row.cells)) {
    if (c === cell) break;
    col += c.colSpan || 1;
  }
  const cellAt = (r: HTMLTableRowElement | undefined) => {
    let x = 0;
    for (const c of Array.from(r?.cells ?? [])) {
      if (col >= x && col < x + (c.colSpan || 1)) return c;
      x += c.colSpan || 1;
    }
    return undefined;
  };
  let fieldRowsAbove = 0;
  for (let r = index - 1; r >= 0; r--) {
    const found = cellAt(rows[r]);
    if (!found) continue;
    if (hasControl(found)) {
      if (index - r > 30) break;
      fieldRowsAbove++;
      continue; // a row of fields (a list of people): the header is further up
    }
    const t = textOf(found);
    if (t && (found.colSpan || 1) === 1) out.above = t;
    break;
  }
  if (besideField && !out.left && out.rowHead && out.above && roleIn(out.above) && !roleIn(out.rowHead))
    out.rowLabel = out.rowHead;
  if (out.above && !roleIn(out.above)) {
    // A member table: attribute headers on top, people down the rows (numbered, named by relation, or typed in).
    let fieldRowsBelow = 0;
    for (let r = index + 1; r < rows.length && hasControl(cellAt(rows[r])); r++) fieldRowsBelow++;
    const head = out.rowHead ?? '';
    const peopleDown = !out.left || out.left === head;
    if (peopleDown && fieldRowsAbove + fieldRowsBelow >= 1 && (!head || /^\d{1,2}\.?$/.test(head) || roleIn(head)))
      out.memberRow = fieldRowsAbove + 1;
  }
  return out;
}

/** Elements that head a part of a form, never label one field. */
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, caption';

/** Whether the box a heading sits in holds a single field (a radio group counts once). */
function headsOneField(heading: Element): boolean {
  const controls = Array.from(
    heading.parentElement?.querySelectorAll<HTMLInputElement>('input, select, textarea') ?? [],
  );
  const fields = new Set(controls.filter((c) => c.type !== 'hidden').map((c) => (c.type === 'radio' && c.name) || c));
  return fields.size <= 1;
}

/** Whether `block` is (or holds) the `aria-describedby` hint of a control other than `el`. */
function hintOfAnother(block: Element, el: Element): boolean {
  const others = Array.from((el.getRootNode() as Document | ShadowRoot).querySelectorAll('[aria-describedby]'));
  if (!others.some((c) => c !== el)) return false;
  const ids = [block, ...Array.from(block.querySelectorAll('[id]'))].map((x) => x.id).filter(Boolean);
  return others.some(
    (c) =>
      c !== el &&
      c
        .getAttribute('aria-describedby')
        ?.split(/\s+/)
        .some((id) => ids.includes(id)),
  );
}

/** Text just before the control: its previous siblings, then its ancestors' previous siblings. */
export function precedingText(el: Element): string {
  let node: Node | null = el;
  // Past a box beside this one on its line (a grid's row of boxes), only a text drawn over this box alone is its label.
  let beside: Element | undefined;
  for (let depth = 0; node && depth < 6; depth++) {
    for (let sib: Node | null = node.previousSibling; sib; sib = sib.previousSibling) {
      if (isElement(sib) && (sib.matches(`${CONTROL}, button`) || hasControl(sib))) {
        if (!besideOnLine(sib, el)) return '';
        beside ??= sib;
        continue;
      }
      // A part's heading is no field's label; a heading alone with one field in its box is (Google Forms).
      if (isElement(sib) && sib.matches(HEADING) && !headsOneField(sib)) return '';
      // Another field's hint ("Nhập đủ 12 số") belongs to that field: nothing before it is this one's label.
      if (isElement(sib) && hintOfAnother(sib, el)) return '';
      const part = isElement(sib) ? labelPart(sib, el) : undefined;
      if (beside && (!part || !drawnOverOnly(part, el, beside))) continue;
      const t = isElement(sib) ? textOf(part) : clean(sib.textContent);
      // Text with no letter ("@", "+84", "🪪", "1.") is an addon or a mark, no label, and text drawn over
      // another box is that one's: the label is further back.
      if (t && /\p{L}/u.test(t)) return t.slice(-80);
    }
    node = node.parentElement;
    if (node && isElement(node) && node.matches('td, th, form, fieldset, body')) break;
  }
  return '';
}

/** An addon drawn just before the box with no letter ("+84", "@"): what the box's value goes after. */
export function prefixText(el: Element): string {
  let sib = el.previousSibling;
  while (sib && !isElement(sib) && !clean(sib.textContent)) sib = sib.previousSibling;
  const t = sib ? clean(sib.textContent) : '';
  return t.length <= 8 && !/\p{L}/u.test(t) ? t : '';
}

/**
 * A label drawn after its box (a floating label: Material's `mdc-floating-label`, a `label` after the
 * input): the first label-like element after the control, inside a box that holds no other control (else
 * a label after one box is the next box's).
 */
export function followingLabel(el: Element): string {
  let node: Element = el;
  for (let depth = 0; depth < 3; depth++) {
    const box = node.parentElement;
    if (!box || box.matches('td, th, form, fieldset, body') || box.querySelectorAll(CONTROL).length > 1) return '';
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (hasControl(sib) || sib.matches(CONTROL)) return '';
      const t = textOf(sib);
      if (!/\p{L}/u.test(t)) continue;
      return sib.matches('label, mat-label') || /label/i.test(sib.getAttribute('class') ?? '') ? t : '';
    }
    node = box;
  }
  return '';
}

/** The text of the elements `aria-labelledby` (or another id-list attribute, `aria-describedby`) points at. */
export function labelledBy(el: Element, attribute = 'aria-labelledby'): string {
  const ids = el.getAttribute(attribute);
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  // A control named by its label and by itself or its own shown value (a listbox button, a Fluent Dropdown):
  // its label is the other part; a block named by a heading inside it is named by that heading.
  const control = el.matches('input, select, textarea, button, [role="combobox"]');
  return clean(
    ids
      .split(/\s+/)
      .map((id) => root.getElementById?.(id) ?? null)
      .filter((target) => !(control && target && el.contains(target)))
      .map((target) => textOf(target))
      .join(' '),
  );
}

export function containerLabel(el: Element): string {
  const group = el.closest(
    '.form-group, .form-floating, mat-form-field, .mat-form-field, .mat-mdc-form-field, .field, .form-item, .el-form-item, .MuiFormControl-root',
  );
  if (!group) return '';
  const label = group.querySelector(
    'label, mat-label, .control-label, .form-label, .el-form-item__label, .MuiFormLabel-root',
  );
  if (!label || hasControl(label)) return '';
  return textOf(label);
}

/**
 * A `label for=` pointing at the block that holds a group's options rather than at an option (JSF's
 * `selectOneRadio` table, a `div id` round radios): that block's label names the whole group.
 */
export function blockLabel(input: Element): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  let node = input.parentElement;
  for (let depth = 0; node && depth < 6 && !node.matches('form, body'); depth++, node = node.parentElement) {
    const label = node.id ? root.querySelector(`label[for="${CSS.escape(node.id)}"]`) : null;
    if (label && !hasControl(label)) return textOf(label);
  }
  return '';
}

/**
 * A `<label>` wrapping a box it does not point at, because it points at a hidden twin first (Enketo keeps
 * the real `type=date` input hidden and draws a text box for it): the label names the one box shown in it.
 */
export function wrappingLabel(el: Element): string {
  const label = el.closest('label');
  const twin = label?.control;
  if (!label || !twin || twin === el || label.htmlFor) return '';
  const shown = (c: Element) => (c as HTMLElement).offsetParent !== null && (c as HTMLInputElement).type !== 'hidden';
  if (shown(twin)) return '';
  const boxes = Array.from(label.querySelectorAll('input, select, textarea')).filter(shown);
  return boxes.length === 1 && boxes[0] === el ? textOf(label) : '';
}

/** A hint that names people only as a condition or a choice ("Nếu chủ hộ tự nộp…", "… của chủ hộ hoặc của …"). */
const HINT_CONDITION = /\b(neu|khi|hoac|truong hop|vi du)\b/;

/**
 * The `aria-describedby` hint where it says whose the field is ("(của người đã mất)"): never a condition or
 * a choice of people, which says who might fill it, not whose it is.
 */
export function whoseHint(el: Element): string {
  const hint = labelledBy(el, 'aria-describedby');
  return hint && !HINT_CONDITION.test(foldVietnamese(hint)) ? hint : '';
}

/** The text an option of a radio or checkbox group shows. */
export function radioText(input: HTMLInputElement): string {
  // A label drawing only the dot (Ignite UI's empty `igx-radio__composite`) names nothing: its text is after it.
  const label = Array.from(input.labels ?? []).find((l) => textOf(l));
  if (label) return textOf(label);
  let next: Node | null = input.nextSibling;
  while (next && !clean(next.textContent) && (next as Element).matches?.('label')) next = next.nextSibling;
  return clean(next?.textContent) || input.value;
}
