/**
 * Reads a page the way a person would: finds every visible, enabled, fillable control (native and the
 * custom dropdowns portals use), in open shadow roots and same-origin iframes, with the text around it.
 */
import { APPLICANT_UNLESS_NAMED, roleIn, splitIdentifier } from './person.js';
import type { FieldInfo, FieldKind, FieldPerson } from './types.js';
import { isPlaceholderOption } from './values.js';

const elements = new Map<string, Element>();
let counter = 0;

/** The element a description stands for (from this page load's describeForm calls). */
export function elementOf(field: FieldInfo): Element | undefined {
  return field.element ?? elements.get(field.id);
}

const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'range', 'color']);
const CUSTOM_SELECT =
  'mat-select, .mat-mdc-select, .mat-select, ng-select, .ng-select, .el-select, [role="combobox"]:not(input):not(select)';
/** Parts of a custom dropdown that are not fields of their own. */
const INSIDE_CUSTOM = '.ng-select, ng-select, .select2, .el-select';

/** Headings that name the block they sit in, and that block: legend → fieldset, card header → card… */
const SCOPED_HEADINGS: [string, string][] = [
  ['legend', 'fieldset'],
  ['caption', 'table'],
  ['summary', 'details'],
  ['.card-header, .card-title', '.card'],
  ['.panel-heading, .panel-title', '.panel'],
  ['.accordion-header, .accordion-button', '.accordion-item'],
  [
    'mat-card-title, .mat-card-title, .mat-mdc-card-title, mat-card-header, .mat-mdc-card-header',
    'mat-card, .mat-card, .mat-mdc-card',
  ],
  ['mat-panel-title, .mat-expansion-panel-header', 'mat-expansion-panel, .mat-expansion-panel'],
  ['.el-card__header', '.el-card'],
  ['.el-collapse-item__header', '.el-collapse-item'],
  ['.MuiCardHeader-root', '.MuiCard-root, .MuiPaper-root'],
  ['.MuiAccordionSummary-root', '.MuiAccordion-root'],
];
const SCOPED_HEADING = SCOPED_HEADINGS.map(([h]) => h).join(', ');
/** Headings that hold until the next heading of the same or a higher level. */
const POSITIONAL_HEADING =
  'h1, h2, h3, h4, h5, h6, [role="heading"], .section-title, .title, .group-title, .form-section-title, .el-divider__text, [class*="MuiTypography-h"], th[colspan], td[colspan]';
/** Blocks a heading inside cannot speak for fields outside. */
const BLOCK =
  'fieldset, section, table, details, .card, .panel, mat-card, .mat-mdc-card, .el-card, [role="group"], [role="region"]';
/** Groups named through ARIA: the group is the block, its accessible name the heading. */
const NAMED_GROUP = '[role="group"], [role="region"], section[aria-labelledby], section[aria-label]';

interface Heading {
  el: Element;
  text: string;
  /** 1–6 like h1–h6; 7 for a row heading inside a table; 0 for a heading that names its block. */
  level: number;
  /** The block it names (scoped headings) or the block it sits in (positional ones). */
  block: Element | null;
}

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
    if (child.tagName === 'IFRAME') {
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
  return (root as ShadowRoot).host ?? null;
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
    .filter((o) => !o.disabled && !o.hidden && !isPlaceholderOption(o))
    .map((o) => clean(o.text));
}

interface Cells {
  left?: string;
  above?: string;
  rowHead?: string;
  /** Row number in a repeating member table (a header row, then one row of fields per person). */
  memberRow?: number;
}

/** The cell directly to the left (skipping empty cells), the cell in the same column of the row above, the row's first cell. */
function tableCells(el: Element): Cells {
  const cell = el.closest('td, th') as HTMLTableCellElement | null;
  if (!cell) return {};
  const out: Cells = {};
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
  const hasField = (c: HTMLTableCellElement | undefined) => !!c?.querySelector('input, select, textarea');
  let fieldRowsAbove = 0;
  for (let r = index - 1; r >= 0; r--) {
    const found = cellAt(rows[r]);
    if (!found) continue;
    if (hasField(found)) {
      if (index - r > 30) break;
      fieldRowsAbove++;
      continue; // a row of fields (a list of people): the header is further up
    }
    const t = textOf(found);
    if (t && (found.colSpan || 1) === 1) out.above = t;
    break;
  }
  if (out.above && !roleIn(out.above)) {
    // A member table: attribute headers on top, people down the rows (numbered, named by relation, or typed in).
    let fieldRowsBelow = 0;
    for (let r = index + 1; r < rows.length && hasField(cellAt(rows[r])); r++) fieldRowsBelow++;
    const head = out.rowHead ?? '';
    const peopleDown = !out.left || out.left === head;
    if (peopleDown && fieldRowsAbove + fieldRowsBelow >= 1 && (!head || /^\d{1,2}\.?$/.test(head) || roleIn(head)))
      out.memberRow = fieldRowsAbove + 1;
  }
  return out;
}

/** Text just before the control: its previous siblings, then its ancestors' previous siblings. */
/** Element test that holds across frames (each frame has its own `Element`). */
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

function precedingText(el: Element): string {
  let node: Node | null = el;
  for (let depth = 0; node && depth < 4; depth++) {
    for (let sib: Node | null = node.previousSibling; sib; sib = sib.previousSibling) {
      if (isElement(sib) && sib.matches('input, select, textarea, button')) return '';
      if (isElement(sib) && sib.querySelector('input, select, textarea')) return '';
      const t = isElement(sib) ? textOf(sib) : clean(sib.textContent);
      if (t) return t.slice(-80);
    }
    node = node.parentElement;
    if (node && isElement(node) && node.matches('td, th, form, fieldset, body')) break;
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
  const group = el.closest(
    '.form-group, .form-floating, mat-form-field, .mat-form-field, .mat-mdc-form-field, .field, .form-item, .el-form-item, .MuiFormControl-root',
  );
  if (!group) return '';
  const label = group.querySelector(
    'label, mat-label, .control-label, .form-label, .el-form-item__label, .MuiFormLabel-root',
  );
  if (!label || label.querySelector('input, select, textarea')) return '';
  return textOf(label);
}

/** A table cell alone in its row, spanning it, with no control: a section row of a WebForms table. */
function isRowHeading(el: Element): boolean {
  if (!el.matches('td, th')) return false;
  const row = el.parentElement;
  return !!row && row.children.length === 1 && !el.querySelector('input, select, textarea') && textOf(el).length <= 120;
}

function headingLevel(el: Element): number {
  const h = /^H([1-6])$/.exec(el.tagName);
  if (h) return Number(h[1]);
  const aria = Number(el.getAttribute('aria-level'));
  if (aria) return Math.min(aria, 6);
  const mui = /MuiTypography-h([1-6])/.exec(el.className.toString());
  if (mui) return Number(mui[1]);
  if (el.matches('th, td')) return 7;
  if (el.getAttribute('role') === 'heading') return 2;
  return 4;
}

/** Every section heading under the walked elements, with what it names. */
function collectHeadings(all: Element[]): Heading[] {
  const out: Heading[] = [];
  for (const el of all) {
    if (el.matches(NAMED_GROUP)) {
      const text = labelledBy(el) || clean(el.getAttribute('aria-label'));
      if (text) out.push({ el, text, level: 0, block: el });
    }
    if (el.matches(SCOPED_HEADING)) {
      if (el.parentElement?.closest(SCOPED_HEADING)) continue; // the title inside a header
      const block = SCOPED_HEADINGS.find(([h]) => el.matches(h))?.[1];
      const text = textOf(el);
      if (text && block) out.push({ el, text, level: 0, block: el.closest(block) });
    } else if (el.matches(POSITIONAL_HEADING) && (!el.matches('td, th') || isRowHeading(el))) {
      const text = textOf(el);
      if (text && !el.querySelector('input, select, textarea'))
        out.push({ el, text, level: headingLevel(el), block: el.parentElement?.closest(BLOCK) ?? null });
    }
  }
  return out;
}

/**
 * The headings a field sits under, innermost first: the blocks that contain it (fieldset, card, ARIA
 * group…) and the positional headings still open at its place (an h4 closes at the next h4 or h3).
 */
function sectionChain(el: Element, headings: Heading[]): { chain: Heading[]; before: Heading[] } {
  const open: Heading[] = [];
  const before: Heading[] = [];
  const root = el.getRootNode();
  for (const h of headings) {
    if (h.el.getRootNode() !== root && !h.el.contains(el)) continue;
    if (!(h.el.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    before.push(h);
    if (h.level === 0) {
      if (h.block?.contains(el)) open.push(h);
      continue;
    }
    if (h.block && !h.block.contains(el)) continue;
    for (let i = open.length - 1; i >= 0; i--) {
      const o = open[i] as Heading;
      if (o.level >= h.level && o.block === h.block) open.splice(i, 1);
    }
    open.push(h);
  }
  return { chain: open.reverse(), before };
}

const groups = new WeakMap<Element, string>();
let groupCounter = 0;

/** One id per block that holds fields reading as one (a date's day, month and year selects). */
function groupOf(el: Element): string | undefined {
  const box = el.closest('tr, .form-group, .row, .date-parts, td, div');
  if (!box) return undefined;
  let id = groups.get(box);
  if (!id) {
    id = `g${++groupCounter}`;
    groups.set(box, id);
  }
  return id;
}

/**
 * Every visible, enabled, fillable control under `root` with the signals a person would read.
 * Reads no values. Radio and checkbox groups come out as one field each.
 */
export function describeForm(root: ParentNode): FieldInfo[] {
  const fields: FieldInfo[] = [];
  const all = Array.from(walk(root));
  const headings = collectHeadings(all);
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
      if (input.closest(INSIDE_CUSTOM)) continue; // part of a custom dropdown
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
  return settlePersons(fields);
}

/**
 * The form as a whole decides what its parts could not: a chủ hộ kinh doanh, đối tượng or người được
 * cấp is the applicant on a form without a part for the applicant of its own.
 */
function settlePersons(fields: FieldInfo[]): FieldInfo[] {
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
function personOf(
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
  headings: Heading[],
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
  const { chain, before } = sectionChain(el, headings);
  const section = chain[0]?.text;
  const label = candidates.find((c) => c) ?? '';
  const attr = (n: string) => el.getAttribute(n) || undefined;
  const ownLabels = [
    groupLabel,
    labels,
    labelledBy(el),
    attr('aria-label'),
    containerLabel(el),
    cells.left,
    cells.above,
  ];
  const identifiers = [attr('formcontrolname'), attr('name'), el.id];
  const info: FieldInfo = {
    id: `f${++counter}`,
    kind,
    type,
    label,
    signals,
    person: personOf([...ownLabels, label, attr('placeholder')], cells, identifiers, chain, before),
    required: input.required === true || el.getAttribute('aria-required') === 'true',
  };
  const group = groupOf(el);
  if (group) info.group = group;
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
