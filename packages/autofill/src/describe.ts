/**
 * Reads a page the way a person would: finds every visible, enabled, fillable control (native and the
 * custom dropdowns portals use), in open shadow roots and same-origin iframes, with the text around it.
 */
import type { FieldInfo, FieldKind } from './types.js';

const elements = new Map<string, Element>();
let counter = 0;

/** The element a description stands for (from this page load's describeForm calls). */
export function elementOf(field: FieldInfo): Element | undefined {
  return field.element ?? elements.get(field.id);
}

const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'range', 'color']);
const CUSTOM_SELECT =
  'mat-select, .mat-mdc-select, .mat-select, ng-select, .ng-select, [role="combobox"]:not(input):not(select)';
const HEADING =
  'h1, h2, h3, h4, h5, h6, legend, [role="heading"], .section-title, .panel-heading, .card-header, .card-title, mat-card-title, .mat-card-title, caption, .title, .group-title, th[colspan], td[colspan].section';

const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[:*]\s*$/, '')
    .replace(/\s*\(\*\)\s*$/, '')
    .trim();

function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const html = el as HTMLElement;
  return clean(html.textContent ?? el.textContent);
}

/** Everything under root, crossing open shadow roots and same-origin iframes. */
function* walk(root: ParentNode): Generator<Element> {
  const children = (root as Element).children ?? [];
  for (const child of Array.from(children)) {
    yield child;
    if (child.shadowRoot) yield* walk(child.shadowRoot);
    if (child instanceof Element && child.tagName === 'IFRAME') {
      let doc: Document | null = null;
      try {
        doc = (child as HTMLIFrameElement).contentDocument;
      } catch {
        doc = null; // cross-origin: not ours to read
      }
      if (doc?.body) yield* walk(doc.body);
    }
    yield* walk(child);
  }
}

function win(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

/** Parent across shadow boundaries. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether a person can see and reach this box: not hidden, sized, on the page, not clipped or covered. */
export function isVisibleBox(box: Element): boolean {
  const w = win(box);
  const rect = box.getBoundingClientRect();
  if (rect.width < 4 || rect.height < 4) return false;
  const checker = box as Element & { checkVisibility?: (o: object) => boolean };
  if (checker.checkVisibility && !checker.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    return false;
  let opacity = 1;
  for (let el: Element | null = box; el; el = parentOf(el)) {
    const style = w.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    opacity *= Number.parseFloat(style.opacity || '1');
    if (opacity < 0.1) return false;
    if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return false;
    if (el !== box && style.overflow !== 'visible') {
      const r = el.getBoundingClientRect();
      if (r.right <= rect.left || r.left >= rect.right || r.bottom <= rect.top || r.top >= rect.bottom) return false;
    }
  }
  const doc = box.ownerDocument;
  const sx = w.scrollX;
  const sy = w.scrollY;
  const pageWidth = Math.max(doc.documentElement.scrollWidth, w.innerWidth);
  if (rect.right + sx <= 0 || rect.bottom + sy <= 0 || rect.left + sx >= pageWidth) return false;
  // Covered: only checkable where the box's centre is in the viewport.
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  if (cx >= 0 && cy >= 0 && cx < w.innerWidth && cy < w.innerHeight) {
    const root = box.getRootNode() as Document | ShadowRoot;
    const top = root.elementFromPoint(cx, cy);
    if (top && top !== box && !box.contains(top) && !top.contains(box)) {
      const label = top.closest('label');
      if (!(label && (label as HTMLLabelElement).control === box)) return false;
    }
  }
  return true;
}

/** The visible box standing for a control: select2's container for its hidden select, the label of a styled radio. */
function boxOf(el: Element): Element {
  if (el.tagName === 'SELECT' && el.classList.contains('select2-hidden-accessible')) {
    const next = el.nextElementSibling;
    if (next?.classList.contains('select2')) return next.querySelector('.select2-selection') ?? next;
  }
  return el;
}

function selectOptions(select: HTMLSelectElement): string[] {
  return Array.from(select.options)
    .filter((o) => !o.disabled && o.value !== '' && !o.hidden)
    .map((o) => clean(o.text));
}

/** The cell directly to the left (skipping empty cells) and the cell in the same column of the row above. */
function tableCells(el: Element): { left?: string; above?: string; rowHead?: string } {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  if (!cell) return {};
  const out: { left?: string; above?: string; rowHead?: string } = {};
  const first = cell.parentElement?.firstElementChild;
  if (first && first !== cell && !first.querySelector('input, select, textarea')) out.rowHead = textOf(first);
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) {
    if (c.querySelector('input, select, textarea')) break;
    const t = textOf(c);
    if (t) {
      out.left = t;
      break;
    }
  }
  const row = cell.parentElement as HTMLTableRowElement | null;
  const table = cell.closest('table');
  if (row && table) {
    const rows = Array.from(table.rows);
    const index = rows.indexOf(row);
    let col = 0;
    for (const c of Array.from(row.cells)) {
      if (c === cell) break;
      col += c.colSpan || 1;
    }
    for (let r = index - 1; r >= 0; r--) {
      const prev = rows[r];
      if (!prev) break;
      let x = 0;
      let found: HTMLTableCellElement | undefined;
      for (const c of Array.from(prev.cells)) {
        if (col >= x && col < x + (c.colSpan || 1)) {
          found = c;
          break;
        }
        x += c.colSpan || 1;
      }
      if (!found) continue;
      if (found.querySelector('input, select, textarea')) {
        if (index - r > 30) break;
        continue; // a row of fields (a list of people): the header is further up
      }
      const t = textOf(found);
      if (t && (found.colSpan || 1) === 1) out.above = t;
      break;
    }
  }
  return out;
}

/** Text just before the control: its previous siblings, then its ancestors' previous siblings. */
function precedingText(el: Element): string {
  let node: Node | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    for (let sib: Node | null = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib instanceof Element && sib.matches('input, select, textarea, button')) return '';
      if (sib instanceof Element && sib.querySelector('input, select, textarea')) return '';
      const t = sib instanceof Element ? textOf(sib) : clean(sib.textContent);
      if (t) return t.slice(-80);
    }
    node = node.parentElement;
    if (node instanceof Element && node.matches('td, th, form, fieldset, body')) break;
  }
  return '';
}

function labelledBy(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = el.getRootNode() as Document | ShadowRoot;
  return clean(
    ids
      .split(/\s+/)
      .map((id) => textOf(root.getElementById?.(id) ?? null))
      .join(' '),
  );
}

function containerLabel(el: Element): string {
  const group = el.closest('.form-group, mat-form-field, .mat-form-field, .mat-mdc-form-field, .field, .form-item');
  if (!group) return '';
  const label = group.querySelector('label, mat-label, .control-label, .form-label');
  if (!label || label.querySelector('input, select, textarea')) return '';
  return textOf(label);
}

/** The nearest section heading before the field: the enclosing fieldset's legend, or the last heading above. */
function sectionOf(el: Element, headings: Element[]): string | undefined {
  let best: Element | undefined;
  for (const h of headings) {
    if (h.getRootNode() !== el.getRootNode() && !h.contains(el)) continue;
    if (!(h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (h.tagName === 'LEGEND' && !h.parentElement?.contains(el)) continue;
    best = h;
  }
  return best ? textOf(best) || undefined : undefined;
}

/**
 * Every visible, enabled, fillable control under `root` with the signals a person would read.
 * Reads no values. Radio and checkbox groups come out as one field each.
 */
export function describeForm(root: ParentNode): FieldInfo[] {
  const fields: FieldInfo[] = [];
  const all = Array.from(walk(root));
  const headings = all.filter((el) => el.matches(HEADING));
  const seenGroups = new Set<string>();
  for (const el of all) {
    let kind: FieldKind | undefined;
    let type = '';
    let options: string[] | undefined;
    let control: Element = el;
    let groupLabel = '';
    const tag = el.tagName;
    if (tag === 'INPUT') {
      const input = el as HTMLInputElement;
      type = (input.getAttribute('type') || 'text').toLowerCase();
      if (SKIP_TYPES.has(type) || input.disabled || input.readOnly) continue;
      if (input.closest('.ng-select, ng-select, .select2')) continue; // part of a custom dropdown
      if (type === 'radio' || type === 'checkbox') {
        const name = input.name;
        const scope = input.form ?? input.getRootNode();
        const group = name
          ? Array.from((scope as ParentNode).querySelectorAll(`input[type="${type}"]`)).filter(
              (x) => (x as HTMLInputElement).name === name,
            )
          : [input];
        if (name && seenGroups.has(`${type}:${name}`)) continue;
        if (name) seenGroups.add(`${type}:${name}`);
        const visible = group.filter((x) => isVisibleBox(radioBox(x as HTMLInputElement)));
        if (!visible.length) continue;
        if (type === 'checkbox' && visible.length === 1) {
          kind = 'checkbox';
          options = [radioText(visible[0] as HTMLInputElement)];
        } else {
          kind = type === 'radio' ? 'radio' : 'checkbox';
          options = visible.map((x) => radioText(x as HTMLInputElement));
        }
        control = visible[0] as Element;
        const fs = input.closest('fieldset');
        groupLabel = fs?.querySelector('legend') ? textOf(fs.querySelector('legend')) : '';
      } else {
        kind = 'text';
      }
    } else if (tag === 'TEXTAREA') {
      const t = el as HTMLTextAreaElement;
      if (t.disabled || t.readOnly) continue;
      kind = 'textarea';
      type = 'textarea';
    } else if (tag === 'SELECT') {
      const s = el as HTMLSelectElement;
      if (s.disabled || s.multiple) continue;
      if (s.classList.contains('select2-hidden-accessible')) {
        kind = 'combobox';
        type = 'select2';
      } else {
        kind = 'select';
        type = 'select';
      }
      options = selectOptions(s);
    } else if (el.matches(CUSTOM_SELECT)) {
      if (el.parentElement?.closest(CUSTOM_SELECT)) continue;
      if (el.getAttribute('aria-disabled') === 'true' || el.classList.contains('ng-select-disabled')) continue;
      if (el.classList.contains('select2-selection')) continue; // described through its select
      kind = 'combobox';
      type = el.matches('mat-select, .mat-mdc-select, .mat-select')
        ? 'mat-select'
        : el.matches('ng-select, .ng-select')
          ? 'ng-select'
          : 'combobox';
      const listId = el.getAttribute('aria-controls') || el.getAttribute('aria-owns');
      const list = listId ? (el.getRootNode() as Document).getElementById?.(listId) : null;
      const opts = list ? Array.from(list.querySelectorAll('[role="option"]')).map((o) => textOf(o)) : [];
      if (opts.length) options = opts;
    } else {
      continue;
    }
    const box = kind === 'radio' || kind === 'checkbox' ? radioBox(control as HTMLInputElement) : boxOf(control);
    if (kind !== 'radio' && kind !== 'checkbox' && !isVisibleBox(box)) continue;
    fields.push(makeInfo(control, kind, type, options, groupLabel, headings));
  }
  return fields;
}

function radioBox(input: HTMLInputElement): Element {
  const rect = input.getBoundingClientRect();
  if (rect.width >= 4 && rect.height >= 4 && Number.parseFloat(win(input).getComputedStyle(input).opacity) > 0.1)
    return input;
  return input.labels?.[0] ?? input; // styled radios hide the input and show the label
}

function radioText(input: HTMLInputElement): string {
  const label = input.labels?.[0];
  if (label) return textOf(label);
  const next = input.nextSibling;
  return clean(next?.textContent) || input.value;
}

function makeInfo(
  el: Element,
  kind: FieldKind,
  type: string,
  options: string[] | undefined,
  groupLabel: string,
  headings: Element[],
): FieldInfo {
  const signals: string[] = [];
  const add = (source: string, text: string | null | undefined) => {
    const t = clean(text);
    if (t) signals.push(`${source}: ${t}`);
    return t;
  };
  const input = el as HTMLInputElement;
  const isGroup = kind === 'radio' || (kind === 'checkbox' && (options?.length ?? 0) > 1);
  const labels = isGroup
    ? ''
    : Array.from(input.labels ?? [])
        .map((l) => textOf(l))
        .join(' ');
  const cells = tableCells(el);
  const candidates = [
    add('legend', groupLabel),
    add('label', labels),
    add('aria-labelledby', labelledBy(el)),
    add('aria-label', el.getAttribute('aria-label')),
    add('form-group', containerLabel(el)),
    add('cell-left', cells.left),
    add('cell-above', cells.above),
    add('row-head', cells.rowHead !== cells.left ? cells.rowHead : ''),
    add('text-before', isGroup || kind === 'checkbox' ? precedingText(el.closest('label') ?? el) : precedingText(el)),
    add('placeholder', el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder')),
    add('title', el.getAttribute('title')),
  ];
  const section = sectionOf(el, headings);
  const info: FieldInfo = {
    id: `f${++counter}`,
    kind,
    type,
    label: candidates.find((c) => c) ?? '',
    signals,
    required: input.required === true || el.getAttribute('aria-required') === 'true',
  };
  const attr = (n: string) => el.getAttribute(n) || undefined;
  const name = attr('name');
  if (name) info.name = name;
  if (el.id) info.htmlId = el.id;
  const ac = attr('autocomplete');
  if (ac) info.autocomplete = ac;
  const fcn = attr('formcontrolname') ?? attr('ng-reflect-name') ?? attr('v-model') ?? attr('data-field');
  if (fcn) info.formControlName = fcn;
  const ph = attr('placeholder');
  if (ph) info.placeholder = ph;
  if (section) info.section = section;
  if (options) info.options = options;
  const pattern = attr('pattern');
  if (pattern) info.pattern = pattern;
  const max = input.maxLength;
  if (typeof max === 'number' && max > 0) info.maxLength = max;
  elements.set(info.id, el);
  Object.defineProperty(info, 'element', { value: el, enumerable: false });
  return info;
}
