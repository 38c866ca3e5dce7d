/**
 * Sets planned values the way a user would (focus, value, input, change, blur; click-open custom
 * dropdowns and click the option) so Angular, React, Vue and jQuery pages register them; reads each
 * field back; and undoes a fill. Never submits.
 */
import { elementOf } from './describe.js';
import { ariaRadios, radioName, radioOn } from './dom.js';
import { radioText } from './labels.js';
import { changedMirrors, type Held, holdMirrors } from './mirrors.js';
import { drawnAs, isVisibleBox } from './visibility.js';
import type { FillPlan, FillReport, FillResult, PlanEntry } from './types.js';
import { isPlaceholderOption, matchOption } from './values.js';

/** How long to wait for a dependent list (commune after province) or a dropdown panel to appear. */
const WAIT_MS = 4000;
/** How long a loaded list that lacks the value may take to reload with it. */
const RELOAD_MS = 1200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The probe's first answer: at once, or as soon as the page changes (a dropdown opening, a cascade's
 * options arriving), or by a slow poll for changes no mutation shows; undefined after `ms`.
 */
function until<T>(doc: Document, probe: () => T | undefined, ms = WAIT_MS): Promise<T | undefined> {
  const first = probe();
  if (first !== undefined) return Promise.resolve(first);
  const w = doc.defaultView ?? window;
  return new Promise((resolve) => {
    const finish = (v: T | undefined) => {
      observer.disconnect();
      w.clearInterval(poll);
      w.clearTimeout(stop);
      resolve(v);
    };
    const check = () => {
      const v = probe();
      if (v !== undefined) finish(v);
    };
    const observer = new w.MutationObserver(check);
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    const poll = w.setInterval(check, 50);
    const stop = w.setTimeout(() => finish(undefined), ms);
  });
}

function fire(el: Element, type: string) {
  const w = el.ownerDocument.defaultView ?? window;
  const init = { bubbles: true, cancelable: true, composed: true };
  const ev =
    type === 'input'
      ? new w.InputEvent('input', { ...init, inputType: 'insertText' })
      : /^(mouse|click)/.test(type)
        ? new w.MouseEvent(type, { ...init, view: w, button: 0 })
        : /^pointer/.test(type)
          ? new w.PointerEvent(type, { ...init, pointerType: 'mouse', isPrimary: true })
          : new w.Event(type, init);
  el.dispatchEvent(ev);
}

/** Sets value through the prototype's setter, so React's value tracker sees a change. */
function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(el);
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/**
 * Focus and blur as the page hears them (focus/focusin, blur/focusout) without moving the page's focus:
 * moving it makes the browser lay the page out again for every field (2–3 ms each), and a page reacts to
 * the events, not to where the caret is.
 */
function focusEvents(el: Element, into: boolean) {
  const w = el.ownerDocument.defaultView ?? window;
  const [own, bubbling] = into ? ['focus', 'focusin'] : ['blur', 'focusout'];
  el.dispatchEvent(new w.FocusEvent(own as string, { composed: true }));
  el.dispatchEvent(new w.FocusEvent(bubbling as string, { bubbles: true, composed: true }));
}

function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  focusEvents(el, true);
  fire(el, 'keydown');
  setNativeValue(el, value);
  fire(el, 'input');
  fire(el, 'keyup');
  fire(el, 'change');
  focusEvents(el, false);
}

function userClick(el: Element) {
  for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) fire(el, t);
  (el as HTMLElement).click();
}

function selectedText(s: HTMLSelectElement): string {
  const o = s.options[s.selectedIndex];
  return o && !isPlaceholderOption(o) ? o.text.trim() : '';
}

function optionTexts(s: HTMLSelectElement): string[] {
  return Array.from(s.options).map((o) => (isPlaceholderOption(o) ? '' : o.text.trim()));
}

async function setSelect(s: HTMLSelectElement, value: string): Promise<boolean> {
  // An empty list may still be loading (a cascade): wait for it. A loaded list without the value may be
  // about to reload after the field before it; beyond a short wait it will not have it.
  const loaded = optionTexts(s).some(Boolean);
  const index = await until(
    s.ownerDocument,
    () => {
      const i = matchOption(optionTexts(s), value);
      return i >= 0 ? i : undefined;
    },
    loaded ? RELOAD_MS : WAIT_MS,
  );
  if (index === undefined) return false;
  focusEvents(s, true);
  setNativeValue(s, (s.options[index] as HTMLOptionElement).value);
  fire(s, 'input');
  fire(s, 'change');
  focusEvents(s, false);
  return true;
}

const OPTION_SELECTOR =
  '[role="option"], .select2-results__option, .ng-option, mat-option, .mat-option, .el-select-dropdown__item, .ant-select-item-option, .ui.dropdown > .menu > .item';

function visibleOptions(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(OPTION_SELECTOR)).filter(
    (o) => o.getClientRects().length > 0 && !o.matches('[aria-disabled="true"], .ng-option-disabled, .is-disabled'),
  );
}

function comboTrigger(el: Element): Element {
  const standIn = el.tagName === 'SELECT' ? drawnAs(el) : undefined;
  if (standIn) return standIn;
  if (el.tagName === 'SELECT') {
    const c = el.nextElementSibling;
    return c?.querySelector('.select2-selection') ?? c ?? el;
  }
  return (
    el.querySelector('.ng-select-container, .mat-select-trigger, .mat-mdc-select-trigger, .el-select__wrapper') ?? el
  );
}

/** The text a custom dropdown shows as chosen. */
function comboText(el: Element): string {
  if (el.tagName === 'SELECT') {
    const r = el.nextElementSibling?.querySelector('.select2-selection__rendered');
    // Another widget drawn over a hidden select (jQuery UI selectmenu) keeps the select's choice.
    if (!r) {
      const o = (el as HTMLSelectElement).options[(el as HTMLSelectElement).selectedIndex];
      return o && !isPlaceholderOption(o) ? o.text.trim() : '';
    }
    const shown = r?.textContent?.trim() ?? '';
    const placeholder = r?.querySelector('.select2-selection__placeholder');
    return placeholder ? '' : shown;
  }
  // A read-only dropdown input shows the choice as its value, or beside it in the dropdown's box.
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).value.trim() || chosenBeside(el);
  // Fomantic-UI shows the choice in its .text, marked .default while it shows the placeholder.
  const fomantic = el.matches('.ui.dropdown') ? el.querySelector(':scope > .text') : null;
  if (fomantic) return fomantic.classList.contains('default') ? '' : (fomantic.textContent?.trim() ?? '');
  // Element Plus shows the chosen label in its placeholder, greyed (is-transparent) while nothing is chosen.
  const plus = el.querySelector('.el-select__placeholder');
  if (plus) return plus.classList.contains('is-transparent') ? '' : (plus.textContent?.trim() ?? '');
  const elementUi = el.querySelector<HTMLInputElement>('.el-input__inner, .el-select__input');
  if (elementUi) return elementUi.value.trim();
  // A wrapper round a read-only input (Syncfusion, Telerik) shows the choice in that input.
  const inner = el.querySelector<HTMLInputElement>('input:not([type="hidden"])');
  if (inner?.value.trim()) return inner.value.trim();
  const v = el.querySelector(
    '.ng-value-label, .ng-value, .mat-select-value-text, .mat-mdc-select-value-text, [data-value]',
  );
  if (!v && el.matches('ng-select, .ng-select, mat-select, .mat-select, .mat-mdc-select')) return ''; // only a placeholder
  // Its arrow or icon ("▾", an icon font's glyph) is no part of the choice.
  // Nor is a floating label drawn inside it.
  let text = (v ?? el).textContent ?? '';
  if (!v) for (const l of Array.from(el.querySelectorAll('label'))) text = text.replace(l.textContent ?? '', ' ');
  const shown =
    text
      .replace(/[\p{So}\p{Co}]/gu, '')
      .replace(/\s+/g, ' ')
      .trim() ?? '';
  return isPlaceholderOption({ value: shown, text: shown }) ? '' : shown; // "-- Chọn --" is no choice
}

/** The chosen item a dropdown draws beside its input (Ant's selection item, Vuetify's selection text). */
function chosenBeside(input: Element): string {
  for (let up = input.parentElement, n = 0; up && n < 3; up = up.parentElement, n++) {
    const item = up.querySelector('[class*="selection-item"], [class*="selection-text"], [class*="selected-item"]');
    if (item && !/placeholder/.test(item.className.toString())) return item.textContent?.trim() ?? '';
  }
  return '';
}

async function setCombo(el: Element, value: string): Promise<boolean> {
  const doc = el.ownerDocument;
  const trigger = comboTrigger(el);
  // A cascading list may still be loading: wait until opening shows a matching option.
  const end = Date.now() + WAIT_MS;
  while (Date.now() < end) {
    userClick(trigger);
    const search = doc.querySelector<HTMLInputElement>(
      '.select2-search__field, .ng-select-opened input, .ng-dropdown-panel input',
    );
    if (search?.getClientRects().length) {
      setNativeValue(search, value);
      fire(search, 'input');
    }
    const found = await until(
      doc,
      () => {
        const opts = visibleOptions(doc);
        if (!opts.length) return undefined;
        const i = matchOption(
          opts.map((o) => o.textContent?.trim() ?? ''),
          value,
        );
        return i >= 0 ? opts[i] : null;
      },
      800,
    );
    if (found) {
      userClick(found);
      return true;
    }
    // Close the panel again and retry after the list loads.
    fire(doc.body, 'keydown');
    doc.dispatchEvent(new (doc.defaultView ?? window).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    userClick(doc.body);
    await sleep(150);
  }
  // select2 keeps a real select underneath: set it directly as jQuery would.
  if (el.tagName === 'SELECT') return setSelect(el as HTMLSelectElement, value);
  return false;
}

const checkedAriaRadio = (group: Element) => ariaRadios(group).find(radioOn);

function readBack(el: Element, entry: PlanEntry): string {
  const kind = entry.field.kind;
  if (kind === 'radio' && el.tagName !== 'INPUT') {
    const on = checkedAriaRadio(el);
    return on ? on.textContent?.trim() || radioName(on) : '';
  }
  if (kind === 'radio' || kind === 'checkbox') {
    const name = (el as HTMLInputElement).name;
    const scope = (el as HTMLInputElement).form ?? (el.getRootNode() as ParentNode);
    const checked = Array.from(scope.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`));
    return checked.map(radioText).join(', ');
  }
  if (kind === 'combobox') {
    // A dropdown drawing its label inside its box ("Dân tộcKinh") shows its choice after it.
    const text = comboText(el);
    const label = entry.field.label;
    return label && text.startsWith(label) ? text.slice(label.length).trim() : text;
  }
  if (el.tagName === 'SELECT') return selectedText(el as HTMLSelectElement);
  return (el as HTMLInputElement).value;
}

/** What a typing mask keeps of a value: it adds or drops only separators ("049 085 001 234", "0912.345.678"). */
const unmasked = (text: string) => text.replace(/[\s._\-()/+]/g, '');

/** A date as day, month, year, whichever end its year is written at (07/03/1985 = 1985-03-07 = 7.3.1985). */
function dateNumbers(text: string): string {
  const n = (text.match(/\d+/g) ?? []).map(Number);
  const [a, b, c] = n;
  return n.length !== 3 ? '' : String(a).length === 4 ? `${c},${b},${a}` : `${a},${b},${c}`;
}

/**
 * Whether the field kept the value: the same text, or what the page made of it without changing it, a mask
 * regrouping digits, names put in capitals, a date picker writing the same date its own way.
 */
function stuck(actual: string, entry: PlanEntry): boolean {
  if (entry.field.kind === 'text' || entry.field.kind === 'textarea') {
    if (actual === entry.value) return true;
    if (!actual) return false;
    if (unmasked(actual) === unmasked(entry.value)) return true;
    if (actual.toLocaleUpperCase('vi') === entry.value.toLocaleUpperCase('vi')) return true;
    const date = /^(dateOfBirth|issueDate)$/.test(entry.path) && /\d{4}/.test(entry.value);
    return date && dateNumbers(actual) !== '' && dateNumbers(actual) === dateNumbers(entry.value);
  }
  return matchOption([actual], entry.value) === 0;
}

async function setRadio(el: HTMLInputElement, value: string): Promise<boolean> {
  const scope = el.form ?? (el.getRootNode() as ParentNode);
  const group = Array.from(scope.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(el.name)}"]`));
  const texts = group.map(radioText);
  const i = matchOption(texts, value);
  const target = group[i];
  if (!target) return false;
  if (!target.checked) userClick(target.labels?.[0] && !isVisibleBox(target) ? target.labels[0] : target);
  return target.checked;
}

/** Clicks the radio of an ARIA radio group whose text matches. */
function setAriaRadio(group: Element, value: string): void {
  const radios = ariaRadios(group);
  const target =
    radios[
      matchOption(
        radios.map((r) => r.textContent?.trim() || radioName(r)),
        value,
      )
    ];
  if (target && !radioOn(target)) userClick(target);
}

/** A custom widget with nothing to choose back to: its clear button, or the page's own clear hook. */
function clearWidget(el: Element): void {
  const clear = el.querySelector<HTMLElement>('.ng-clear-wrapper, [data-clear], .mat-select-clear');
  if (clear) userClick(clear);
  else el.dispatchEvent(new (el.ownerDocument.defaultView ?? window).CustomEvent('motcua:clear', { bubbles: true }));
}

async function setValue(el: Element, entry: PlanEntry, value: string): Promise<void> {
  const kind = entry.field.kind;
  if (kind === 'radio' && el.tagName !== 'INPUT') {
    setAriaRadio(el, value);
  } else if (kind === 'radio' || kind === 'checkbox') {
    await setRadio(el as HTMLInputElement, value);
  } else if (kind === 'combobox') {
    await setCombo(el, value);
  } else if (el.tagName === 'SELECT') {
    await setSelect(el as HTMLSelectElement, value);
  } else {
    typeInto(el as HTMLInputElement, value);
  }
}

/** Fills the plan in page order and reports what each field holds afterwards. */
/** The mirrors each report's fill found (mirrors.ts), for its undo. */
const heldBy = new WeakMap<FillReport, Held[]>();

export async function applyFill(plan: FillPlan): Promise<FillReport> {
  const results: FillResult[] = [];
  const roots = new Set(plan.entries.map((e) => elementOf(e.field)?.getRootNode() as ParentNode | undefined));
  roots.delete(undefined);
  const held = holdMirrors(roots as Set<ParentNode>);
  for (const entry of plan.entries) {
    const el = elementOf(entry.field);
    if (!el?.isConnected) {
      results.push({ entry, previous: '', actual: '', stuck: false, error: 'gone' });
      continue;
    }
    const previous = readBack(el, entry);
    try {
      await setValue(el, entry, entry.value);
    } catch (e) {
      results.push({ entry, previous, actual: readBack(el, entry), stuck: false, error: String(e) });
      continue;
    }
    const actual = readBack(el, entry);
    results.push({ entry, previous, actual, stuck: stuck(actual, entry) });
  }
  const filled = results.filter((r) => r.stuck).length;
  const report = { results, filled, failed: results.length - filled };
  heldBy.set(report, held);
  return report;
}

/** Puts back what each field held before the fill, last field first (so cascades unwind in order). */
export async function undoFill(report: FillReport): Promise<void> {
  for (const r of [...report.results].reverse()) {
    const el = elementOf(r.entry.field);
    if (!el?.isConnected) continue;
    const kind = r.entry.field.kind;
    if (kind === 'radio' && el.tagName !== 'INPUT') {
      if (r.previous) setAriaRadio(el, r.previous);
      else clearWidget(el); // a radio group cannot be unchosen by clicking
    } else if (kind === 'radio' || kind === 'checkbox') {
      const name = (el as HTMLInputElement).name;
      const scope = (el as HTMLInputElement).form ?? (el.getRootNode() as ParentNode);
      for (const box of Array.from(scope.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`))) {
        const text = radioText(box);
        const want = r.previous.split(', ').includes(text);
        if (box.checked !== want) {
          if (box.type === 'radio' && !want) {
            box.checked = false;
            fire(box, 'input');
            fire(box, 'change');
          } else userClick(box);
        }
      }
    } else if (el.tagName === 'SELECT') {
      const s = el as HTMLSelectElement;
      const i = r.previous ? matchOption(optionTexts(s), r.previous) : -1;
      setNativeValue(s, i >= 0 ? (s.options[i] as HTMLOptionElement).value : '');
      if (i < 0) s.selectedIndex = Array.from(s.options).findIndex(isPlaceholderOption);
      fire(s, 'input');
      fire(s, 'change');
    } else if (kind === 'combobox') {
      if (r.previous) await setCombo(el, r.previous);
      else clearWidget(el);
    } else {
      typeInto(el as HTMLInputElement, r.previous);
    }
  }
  // A widget's hidden copies of its choice that no clear button or hook put back are put back as they were.
  for (const h of changedMirrors(heldBy.get(report) ?? [])) {
    if (h.options && h.el.tagName === 'SELECT')
      for (const [i, [value, text]] of h.options.entries()) {
        const o = (h.el as HTMLSelectElement).options[i];
        if (o && (o.value !== value || o.text !== text)) Object.assign(o, { value, text });
      }
    setNativeValue(h.el, h.value);
    fire(h.el, 'input');
    fire(h.el, 'change');
  }
}
