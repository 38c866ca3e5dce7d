/**
 * Reads a page the way a person would: finds every visible, enabled, fillable control (native and the
 * custom dropdowns portals use), in open shadow roots and same-origin iframes, and describes each with
 * the text around it, its section and whose it is (the reading itself lives in dom, labels, sections,
 * visibility and whose).
 */
import { ariaRadios, CONTROL, clean, radioName, textOf, walk } from './dom.js';
import {
  containerLabel,
  followingLabel,
  labelledBy,
  prefixText,
  precedingText,
  blockLabel,
  radioText,
  tableCells,
  whoseHint,
  wrappingLabel,
} from './labels.js';
import { columnTitle } from './columns.js';
import { chosenFiler, chosenRow } from './filer.js';
import { ownParts } from './own-parts.js';
import { textDrawnBefore, textPieces } from './placement.js';
import { collectHeadings, type Heading, labelsOneField, sectionChain } from './sections.js';
import type { FieldInfo, FieldKind } from './types.js';
import { isPlaceholderOption } from './values.js';
import { boxOf, drawnAs, isVisibleBox, radioBox } from './visibility.js';
import { doubtUnread, qualifierAfter } from './mentions.js';
import { personOf, settlePersons, statedApplicant, titlesOf } from './whose.js';

/** A page's texts and boxes as drawn, for fields the markup names nothing for. */
interface Drawn {
  pieces: Element[];
  boxes: Element[];
}

const elements = new Map<string, Element>();
let counter = 0;

/** The element a description stands for (from this page load's describeForm calls). */
export function elementOf(field: FieldInfo): Element | undefined {
  return field.element ?? elements.get(field.id);
}

/** Where frameworks bind a control to their model, the path naming it (`vm.hoSo.me.hoTen`, `nguoiKhai.email`). */
const MODEL_ATTRS = [
  'formcontrolname',
  'ng-reflect-name',
  'v-model',
  'ng-model',
  'data-ng-model',
  'x-model',
  'wire:model',
  'data-field',
];

const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'range', 'color']);
const CUSTOM_SELECT =
  'mat-select, .mat-mdc-select, .mat-select, ng-select, .ng-select, .el-select, .ui.dropdown, [role="combobox"]:not(input):not(select), button[aria-haspopup="listbox"]';
/** Parts of a custom dropdown that are not fields of their own. */
const INSIDE_CUSTOM = '.ng-select, ng-select, .select2, .el-select, .ui.dropdown';

function selectOptions(select: HTMLSelectElement): string[] {
  return Array.from(select.options)
    .filter((o) => !o.disabled && !o.hidden && !isPlaceholderOption(o))
    .map((o) => clean(o.text));
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
 * Reads no values but the chosen option of a choice asking who files (filer.ts). Radio and checkbox groups come out as one field each.
 */
export function describeForm(root: ParentNode): FieldInfo[] {
  const fields: FieldInfo[] = [];
  const all = Array.from(walk(root));
  const headings = collectHeadings(all);
  const titles = titlesOf(headings);
  const seenGroups = new Set<string>();
  // Texts and boxes as drawn, read only if some field has no label in the markup (a PDF's text layer).
  let drawnCache: Drawn | undefined;
  const drawnPage = (): Drawn => {
    drawnCache ??= { pieces: textPieces(all), boxes: all.filter((e) => e.matches(CONTROL)) };
    return drawnCache;
  };
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
      if (SKIP_TYPES.has(type) || input.disabled) continue;
      if (input.closest(INSIDE_CUSTOM)) continue; // part of a custom dropdown
      // A read-only input a design system uses as a dropdown's control (Ant Design, Vuetify, Ext JS…).
      const dropdown =
        input.readOnly &&
        (input.getAttribute('role') === 'combobox' || input.getAttribute('aria-haspopup') === 'listbox');
      if (input.readOnly && !dropdown) continue;
      if (dropdown) {
        kind = 'combobox';
        type = 'combobox';
      } else if (type === 'radio' || type === 'checkbox') {
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
        const named = fs?.querySelector('legend') ? null : input.closest('[role="radiogroup"], [role="group"]');
        groupLabel = named
          ? labelledBy(named) || clean(named.getAttribute('aria-label'))
          : textOf(fs?.querySelector('legend')) || blockLabel(input);
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
      } else if (drawnAs(s)) {
        kind = 'combobox';
        type = 'select-menu'; // a hidden select drawn as the dropdown after it (jQuery UI selectmenu)
      } else {
        kind = 'select';
        type = 'select';
      }
      options = selectOptions(s);
    } else if (el.matches('[role="radiogroup"]')) {
      const radios = ariaRadios(el);
      if (!radios.length || el.getAttribute('aria-disabled') === 'true') continue; // native radios are described as inputs
      kind = 'radio';
      type = 'aria-radio';
      options = radios.map(radioName);
    } else if (el.matches(CUSTOM_SELECT)) {
      if (el.parentElement?.closest(CUSTOM_SELECT)) continue;
      if (el.getAttribute('aria-disabled') === 'true' || el.classList.contains('ng-select-disabled')) continue;
      if (el.classList.contains('select2-selection')) continue; // described through its select
      const before = el.previousElementSibling;
      if (before?.tagName === 'SELECT' && drawnAs(before) === el) continue; // described through its select
      kind = 'combobox';
      type = el.matches('mat-select, .mat-mdc-select, .mat-select')
        ? 'mat-select'
        : el.matches('ng-select, .ng-select')
          ? 'ng-select'
          : 'combobox';
      const listId = el.getAttribute('aria-controls') || el.getAttribute('aria-owns');
      const list = listId ? (el.getRootNode() as Document).getElementById?.(listId) : null;
      // A list named by ARIA, or a Fomantic-UI dropdown's own menu.
      const items = list ? list.querySelectorAll('[role="option"]') : el.querySelectorAll(':scope > .menu > .item');
      const opts = Array.from(items).map((o) => textOf(o));
      if (opts.length) options = opts;
    } else {
      continue;
    }
    // Native radio and checkbox groups were checked option by option above.
    const nativeChoice = control.tagName === 'INPUT' && (kind === 'radio' || kind === 'checkbox');
    if (!nativeChoice && !isVisibleBox(boxOf(control))) continue;
    fields.push(makeInfo(control, kind, type, options, groupLabel, headings, titles, drawnPage));
  }
  const settled = settlePersons(
    ownParts(fields, elementOf),
    headings,
    () => statedApplicant(all),
    chosenFiler(fields, elementOf, all),
    chosenRow(fields, elementOf),
  );
  // Words naming someone no part was read for make the applicant's weakest fields unsure (mentions.ts).
  return doubtUnread(settled, all, headings, () => statedApplicant(all)?.role);
}

function makeInfo(
  el: Element,
  kind: FieldKind,
  type: string,
  options: string[] | undefined,
  groupLabel: string,
  headings: Heading[],
  titles: ReadonlySet<Heading>,
  drawnPage: () => Drawn,
): FieldInfo {
  const signals: string[] = [];
  const add = (source: string, text: string | null | undefined) => {
    // An addon's icon ("🪪", "☎") is no label: a label has a letter or a digit.
    const t = /[\p{L}\p{N}]/u.test(text ?? '') ? clean(text) : '';
    if (t) signals.push(`${source}: ${t}`);
    return t;
  };
  const input = el as HTMLInputElement;
  const isGroup = kind === 'radio' || (kind === 'checkbox' && (options?.length ?? 0) > 1);
  const labels = isGroup
    ? ''
    : Array.from(input.labels ?? [])
        .map((l) => textOf(l))
        .join(' ') || wrappingLabel(el);
  const cells = tableCells(el);
  const after = isGroup || kind === 'checkbox' ? '' : followingLabel(el);
  const candidates = [
    add('legend', groupLabel),
    add('label', labels),
    add('aria-labelledby', labelledBy(el)),
    add('aria-label', el.getAttribute('aria-label')),
    add('form-group', containerLabel(el)),
    add('label-after', after),
    add('cell-left', cells.left),
    add('row-label', cells.rowLabel),
    add('cell-above', cells.above),
    add('row-head', cells.rowHead !== cells.left ? cells.rowHead : ''),
    add('text-before', isGroup || kind === 'checkbox' ? precedingText(el.closest('label') ?? el) : precedingText(el)),
    add('placeholder', el.getAttribute('placeholder') ?? el.getAttribute('data-placeholder')),
    add('title', el.getAttribute('title')),
    // Where nothing else names the field, its description may ("Nhập số định danh cá nhân"); never beside a label.
    signals.length ? '' : add('aria-describedby', labelledBy(el, 'aria-describedby')),
    // Where the markup names nothing, the text drawn just before the box (a PDF's text layer) does.
    signals.length || isGroup || kind === 'checkbox'
      ? ''
      : add('drawn-before', textOf(textDrawnBefore(el, drawnPage().pieces, drawnPage().boxes))),
    // An addon before the box ("+84") says how the value is written, not what the field asks.
    add('prefix', prefixText(el)),
  ];
  const { chain, before } = sectionChain(el, headings);
  // A heading that is this field's own label (a question's title) is not its section; a legend round its boxes is.
  const section = chain.find((h) => h.level === 0 || !labelsOneField(h))?.text;
  const label = candidates.find((c) => c) ?? '';
  const attr = (n: string) => el.getAttribute(n) || undefined;
  const ownLabels = [
    groupLabel,
    labels,
    labelledBy(el),
    attr('aria-label'),
    containerLabel(el),
    after,
    cells.left,
    cells.above,
    attr('title'),
    // A hint saying whose the field is ("(của người đã mất)") names its person even beside a label.
    whoseHint(el),
    qualifierAfter(el),
    // A grid of people side by side says whose a column is in the title drawn over it.
    columnTitle(el, headings),
  ];
  const model = MODEL_ATTRS.map(attr).find(Boolean);
  const identifiers = [model, attr('name'), el.id];
  const info: FieldInfo = {
    id: `f${++counter}`,
    kind,
    type,
    label,
    signals,
    person: personOf([...ownLabels, label, attr('placeholder')], cells, identifiers, chain, before, titles),
    required: input.required === true || el.getAttribute('aria-required') === 'true',
  };
  const group = groupOf(el);
  if (group) info.group = group;
  const name = attr('name');
  if (name) info.name = name;
  if (el.id) info.htmlId = el.id;
  const ac = attr('autocomplete');
  if (ac) info.autocomplete = ac;
  if (model) info.formControlName = model;
  const ph = attr('placeholder');
  if (ph) info.placeholder = ph;
  if (section) info.section = section;
  if (options) info.options = options;
  const pattern = attr('pattern');
  if (pattern) info.pattern = pattern;
  const max = input.maxLength;
  if (typeof max === 'number' && max > 0) info.maxLength = max;
  const size = Number(attr('size'));
  if (kind === 'text' && size > 0) info.size = size;
  elements.set(info.id, el);
  Object.defineProperty(info, 'element', { value: el, enumerable: false });
  return info;
}
