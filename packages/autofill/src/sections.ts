/**
 * Section headings in whatever markup carries them (legend, h1–h6, a spanning table row, card/panel and
 * framework headers, ARIA groups) and the chain of them a field sits under, innermost first.
 */
import { foldVietnamese } from '@motcua/core';
import { clean, hasControl, textOf, win } from './dom.js';
import { labelledBy } from './labels.js';
import { roleIn } from './person.js';

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
  ['.ant-card-head', '.ant-card'],
  ['.ant-collapse-header', '.ant-collapse-item'],
  ['.box-header', '.box'],
  ['.portlet-title', '.portlet'],
  ['.v-card-title, .v-card-item', '.v-card'],
  ['.v-expansion-panel-title', '.v-expansion-panel'],
  ['.p-panel-header, .p-card-title, .p-fieldset-legend', '.p-panel, .p-card, .p-fieldset'],
  ['.p-accordion-header', '.p-accordion-tab'],
  ['.k-card-header, .k-card-title', '.k-card'],
  ['.k-expander-header', '.k-expander'],
  ['.x-panel-header', '.x-panel'],
];
const SCOPED_HEADING = SCOPED_HEADINGS.map(([h]) => h).join(', ');
/** Headings that hold until the next heading of the same or a higher level. */
const POSITIONAL_HEADING =
  'h1, h2, h3, h4, h5, h6, [role="heading"], .section-title, .title, .group-title, .form-section-title, .el-divider__text, [class*="MuiTypography-h"], th[colspan], td[colspan]';
/** Blocks a heading inside cannot speak for fields outside: sectioning elements and every named block above. */
const BLOCK = [
  'fieldset, section, table, details, [role="group"], [role="region"]',
  ...SCOPED_HEADINGS.map(([, b]) => b),
].join(', ');
/** Blocks named through ARIA: the block, its accessible name the heading (not a widget's own name). */
const NAMED_GROUP =
  '[role="group"], [role="region"], [role="form"], [role="tabpanel"], :is(section, div, form, fieldset, article)[aria-labelledby]:not([role]), :is(section, div, form, fieldset, article)[aria-label]:not([role])';
/** What points at a block and so names it: a tab or an accordion button (href, data-bs-target, aria-controls). */
const POINTER = 'a[href^="#"], [data-bs-target^="#"], [data-target^="#"], [aria-controls]';
/** Navigation: a row of tabs or steps names panes, it holds no heading of its own. */
const NAVIGATION = 'nav, [role="tablist"], [role="navigation"], [role="menu"], .nav, .steps, .stepper';
/** A wizard's row of steps, or a row of tabs: it has no control, and its active item says which part is shown. */
const STEP_ROW =
  '[role="tablist"], .steps, .stepper, [class*="Stepper-root"], [class*="-steps"], [class*="stepper"], [class*="wizard-steps"]';
/** The active item of a row of steps or tabs, in the words of ARIA and of common design systems. */
const ACTIVE_STEP =
  '[aria-current="step"], [aria-current="true"], [aria-selected="true"], .active, .current, .p-highlight, [class*="-active"], [class*="is-active"], [class*="is-process"], [class*="-current"], [class*="--selected"]';
/** Class names of headings in any design system and in Vietnamese (tieu-de): card-header, govuk-heading-l, text-h6, ui header… */
const HEADING_CLASS =
  /(?:^|[\s_-])(?:h[1-6]|head|header|heading|title|subtitle|subheader|caption|legend|tieu[-_]?de|tieude)(?:$|[\s_-])/i;
/** The same words joined in camel case, as SAP UI5 and Fluent name them (`sapMTitle`, `ms-PanelHeader`). */
const CAMEL_HEADING_CLASS = /[a-z](?:Title|Header|Heading|Subheader)(?:$|[\s_-])/;
/**
 * A part's title in its own words, whatever its markup or style: "Thông tin người mẹ", "Phần II", "II. Người
 * đi khai", "B) Bên nhận". Only on a line of its own among several fields, never a label beside its box.
 */
const TITLE_WORDS = /^(thong tin\b|phan [ivx\d]{1,4}\b|[ivx]{1,4}[.)] |[a-e][.)] \p{L}+ )/u;
/** What a heading by its words may be: a block or an inline run with its text (`u`, `em` too), a banner picture by its alt. */
const WORDS_HEADING = 'div, p, span, strong, b, u, em, dt, header, img';

/** What a heading by class may be: a block with text, not a label or a control's part. */
const CLASS_HEADING = 'div, p, span, strong, b, header, dt';
/** What a bold line holding a heading may be: a block with its text, or the bold element in it (`<p><b>I. …</b></p>`). */
const BOLD_LINE = 'p, div, dt';
/** Where bold text is something else: a label, a control, a table cell, or inside a heading already read. */
const NOT_BOLD_HEADING = `label, button, a, td, th, legend, ${NAVIGATION}, ${SCOPED_HEADING}, ${POSITIONAL_HEADING}`;
/** A label's class (`field-label`, `control-label`, `form-label`): text so styled labels one field. */
const LABEL_CLASS = /(?:^|\s)(?:field|control|form|col-form)-label(?:$|\s)/;
/** A bold line's level: below h1–h4, above a table's row headings. */
const BOLD_LEVEL = 5;

export interface Heading {
  el: Element;
  text: string;
  /** 1–6 like h1–h6; 5 for a bold line; 7 for a row heading inside a table; 0 for a heading that names its block. */
  level: number;
  /** The block it names (scoped headings) or the block it sits in (positional ones). */
  block: Element | null;
  /** Written after its block's fields, drawn above them (CSS order): it names the block it closes. */
  drawnFirst?: true;
}

/** A table cell alone in its row, spanning it, with no control: a section row of a WebForms table. */
function isRowHeading(el: Element): boolean {
  if (!el.matches('td, th')) return false;
  const row = el.parentElement;
  return !!row && row.children.length === 1 && !hasControl(el) && textOf(el).length <= 120;
}

function headingLevel(el: Element): number {
  const h = /^H([1-6])$/.exec(el.tagName);
  if (h) return Number(h[1]);
  const aria = Number(el.getAttribute('aria-level'));
  if (aria) return Math.min(aria, 6);
  const byClass = /(?:MuiTypography-|text-|\b)h([1-6])\b/.exec(el.getAttribute('class') ?? '');
  if (byClass) return Number(byClass[1]);
  if (el.matches('th, td')) return 7;
  if (el.getAttribute('role') === 'heading') return 2;
  return 4;
}

const sameLine = (a: Element, b: Element) => {
  const r = a.getBoundingClientRect();
  const q = b.getBoundingClientRect();
  return r.top < q.bottom && q.top < r.bottom;
};

/**
 * A short line of bold text on a line of its own, with no control: a part's heading where the markup has
 * no heading element (`<p><b>II. Thông tin người mẹ</b></p>`, a `font-semibold` div). A bold label beside
 * its control is a label, not a heading.
 */
function isBoldLine(el: Element): boolean {
  // Cheapest tests first: most blocks of a form hold fields or long text.
  if (el.children.length > 1) return false;
  const text = textOf(el);
  if (!text || text.length > 120) return false;
  const inner = el.firstElementChild;
  if (inner && (!inner.matches('b, strong, span') || inner.children.length || clean(inner.textContent) !== text))
    return false;
  const w = win(el);
  const style = w.getComputedStyle(el);
  if (style.display.startsWith('inline')) return false;
  const weight = Number.parseInt(inner ? w.getComputedStyle(inner).fontWeight : style.fontWeight, 10);
  return weight >= 600 && onItsOwnLine(el);
}

/**
 * A line whose words title a part ({@link TITLE_WORDS}), holding only its text (or one inline run of it),
 * on its own line among several fields; not the run inside a line already taken as a heading.
 */
function isWordsHeading(el: Element, last: Heading | undefined): boolean {
  if (!el.matches(WORDS_HEADING) || el.children.length > 1) return false;
  const text = textOf(el);
  if (!text || text.length > 100) return false;
  if (!TITLE_WORDS.test(foldVietnamese(text))) return false;
  if (last?.el.contains(el)) return false;
  const inner = el.firstElementChild;
  if (inner && (inner.children.length || clean(inner.textContent) !== text)) return false;
  return onItsOwnLine(el);
}

/** Ids of blocks a tab, step or accordion button points at, with that pointer's text. */
function pointedAt(all: Element[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const el of all) {
    if (!el.matches(POINTER) || el.matches('input, select, textarea, [role="combobox"]')) continue;
    const target =
      el.getAttribute('aria-controls') ??
      (el.getAttribute('data-bs-target') ?? el.getAttribute('data-target') ?? el.getAttribute('href') ?? '').slice(1);
    const text = textOf(el);
    if (target && text && text.length <= 120 && !names.has(target)) names.set(target, text);
  }
  return names;
}

/**
 * A short text with no control on a line of its own, among several fields: what a heading looks like
 * whatever its markup. Text beside a control, or alone with one control in its group, is that control's label.
 */
function onItsOwnLine(el: Element): boolean {
  if (hasControl(el) || el.closest(NOT_BOLD_HEADING)) return false;
  // Styled as the form's labels (Webflow's `div.field-label` over a switch): a field's label, not a part's title.
  if (LABEL_CLASS.test(el.getAttribute('class') ?? '')) return false;
  // The nearest block around it that holds controls holds several: a part, not one field's group.
  let around = el.parentElement;
  while (around && !hasControl(around)) around = around.parentElement;
  if ((around?.querySelectorAll('input, select, textarea').length ?? 0) < 2) return false;
  const text = textOf(el);
  if (!text || text.length > 120) return false;
  for (const sib of [el.previousElementSibling, el.nextElementSibling])
    if (sib && hasControl(sib) && sameLine(el, sib)) return false;
  return true;
}

/**
 * What the active step of a wizard's row of steps says the form shows, when it names someone ("2. Thông
 * tin chủ hộ"): the fields after the row are that person's. A tab pointing at its pane names the pane instead.
 */
function activeStep(row: Element): string | undefined {
  if (row.parentElement?.closest(STEP_ROW) || hasControl(row)) return undefined;
  const active = Array.from(row.querySelectorAll(ACTIVE_STEP)).filter((a) => /\p{L}/u.test(textOf(a)));
  const item = active[active.length - 1];
  if (!item || item.closest(POINTER) || item.querySelector(POINTER)) return undefined;
  const text = textOf(item);
  return text.length <= 80 && roleIn(text) ? text : undefined;
}

/**
 * A heading naming no one ("Phần 2") with a subtitle beside it in a box of their own, no control in it
 * (LimeSurvey's group title and description: "Người làm tờ khai"): the part is named by both.
 */
function withSubtitle(el: Element, text: string): string {
  const box = el.parentElement;
  const sub = el.nextElementSibling;
  if (!text || !sub || box?.children.length !== 2 || roleIn(text) || hasControl(box)) return text;
  const more = textOf(sub);
  return more && more.length <= 80 ? `${text} — ${more}` : text;
}

/**
 * A heading written after the fields of its block but drawn above them (flex `order`, `column-reverse`):
 * the title of that block, as a person reads it, not a heading over what follows.
 */
function titleDrawnFirst(el: Element): boolean {
  const block = el.parentElement;
  if (el.nextElementSibling || !block || block.matches('form, body')) return false;
  // Only a flex or grid box draws its children out of their order.
  if (!/flex|grid/.test(win(block).getComputedStyle(block).display)) return false;
  const first = block.querySelector('input:not([type="hidden"]), select, textarea');
  return !!first && first.getBoundingClientRect().top > el.getBoundingClientRect().bottom - 1;
}

/** Every section heading under the walked elements, with what it names. */
export function collectHeadings(all: Element[]): Heading[] {
  const out: Heading[] = [];
  const pointers = pointedAt(all);
  for (const el of all) {
    const step = el.matches(STEP_ROW) ? activeStep(el) : undefined;
    if (step) out.push({ el, text: step, level: 0, block: el.parentElement });
    const named = el.matches(NAMED_GROUP) ? labelledBy(el) || clean(el.getAttribute('aria-label')) : '';
    const pointed = !named && el.id ? pointers.get(el.id) : undefined;
    if (named || (pointed && hasControl(el))) out.push({ el, text: named || (pointed as string), level: 0, block: el });
    if (el.matches(SCOPED_HEADING)) {
      if (el.parentElement?.closest(SCOPED_HEADING)) continue; // the title inside a header
      const selector = SCOPED_HEADINGS.find(([h]) => el.matches(h))?.[1];
      const block = selector ? el.closest(selector) : null;
      const text = textOf(el);
      // A header outside the block it would name (a lone mat-card-title) holds like a heading until the next;
      // a block with no control names nothing (the notch an outlined text field draws as a fieldset).
      if (block && !hasControl(block)) continue;
      if (text) out.push({ el, text, level: block ? 0 : 4, block: block ?? el.parentElement?.closest(BLOCK) ?? null });
    } else if (
      el.matches(POSITIONAL_HEADING) &&
      (!el.matches('td, th') || isRowHeading(el)) &&
      !el.closest(NAVIGATION)
    ) {
      const text = withSubtitle(el, textOf(el));
      if (text && !hasControl(el))
        out.push(
          titleDrawnFirst(el)
            ? { el, text, level: 0, block: el.parentElement, drawnFirst: true }
            : { el, text, level: headingLevel(el), block: el.parentElement?.closest(BLOCK) ?? null },
        );
    } else if (el.matches(BOLD_LINE) && isBoldLine(el)) {
      out.push({ el, text: textOf(el), level: BOLD_LEVEL, block: el.parentElement?.closest(BLOCK) ?? null });
    } else if (
      el.matches(CLASS_HEADING) &&
      (HEADING_CLASS.test(el.getAttribute('class') ?? '') ||
        CAMEL_HEADING_CLASS.test(el.getAttribute('class') ?? '')) &&
      el.children.length <= 3 &&
      onItsOwnLine(el)
    ) {
      out.push({ el, text: textOf(el), level: headingLevel(el), block: el.parentElement?.closest(BLOCK) ?? null });
    } else if (isWordsHeading(el, out[out.length - 1])) {
      out.push({ el, text: textOf(el), level: BOLD_LEVEL, block: el.parentElement?.closest(BLOCK) ?? null });
    }
  }
  return out;
}

/**
 * The headings a field sits under, innermost first: the blocks that contain it (fieldset, card, ARIA
 * group…) and the positional headings still open at its place (an h4 closes at the next h4 or h3).
 */
export function sectionChain(el: Element, headings: Heading[]): { chain: Heading[]; before: Heading[] } {
  const open: Heading[] = [];
  const before: Heading[] = [];
  for (const h of headings) {
    const tree = h.el.getRootNode();
    const at = anchorIn(el, tree);
    if (!at) {
      // A heading a component draws in its shadow root names what the component holds (its slotted fields).
      const host = (tree as ShadowRoot).host;
      const held = host ? anchorIn(el, host.getRootNode()) : null;
      if (host && held && host.contains(held)) {
        before.push(h);
        open.push(h);
      }
      continue;
    }
    // A title written after its block's fields but drawn above them is still that block's title.
    if (h.drawnFirst && h.block?.contains(at) && at !== h.el) {
      open.push(h);
      continue;
    }
    if (!(h.el.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      if (at === el) break;
      continue;
    }
    before.push(h);
    closeSiblings(open, h);
    if (h.level === 0) {
      if (h.block?.contains(at)) open.push(h);
      continue;
    }
    if (h.block && !h.block.contains(at)) continue;
    if (closesParts(h))
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as Heading;
        if (o.level >= h.level && o.block === h.block) open.splice(i, 1);
      }
    if (captionHolds(h, at)) open.push(h);
  }
  return { chain: open.reverse(), before };
}

/**
 * A part's number in the form's outline, by its kind: "II." and "III." are siblings ("R"), "1." and "2." too
 * ("D1"), "1.2" deeper ("D2"), "B)" ("L"), "Phần II" ("phan R").
 */
const OUTLINE =
  /^\W*(?:(phan|muc|part) )?(?:([ivx]{1,5})|([a-h])|(\d{1,2}(?:\.\d{1,2})*))(?:\s*[.):\-–]|(?<=(?:phan|muc|part) \S+)\s)/;
const outlines = new WeakMap<Heading, string | null>();
function outlineKind(h: Heading): string | null {
  let kind = outlines.get(h);
  if (kind !== undefined) return kind;
  const m = OUTLINE.exec(foldVietnamese(h.text));
  kind = m ? `${m[1] ?? ''}${m[2] ? 'R' : m[3] ? 'L' : `D${(m[4] as string).split('.').length}`}` : null;
  outlines.set(h, kind);
  return kind;
}

/**
 * A numbered part closes the open part numbered alike before it, and the headings opened inside that one
 * ("II. Chủ hộ" ends "I. Người kê khai" whatever markup each is in, a fieldset after an h3 included); blocks
 * that hold the field stay.
 */
function closeSiblings(open: Heading[], h: Heading): void {
  const kind = outlineKind(h);
  if (!kind) return;
  const at = open.findIndex((o) => outlineKind(o) === kind);
  if (at < 0) return;
  for (let i = open.length - 1; i >= at; i--) if (i === at || (open[i] as Heading).level > 0) open.splice(i, 1);
}

/**
 * A heading heading a wrapper of fields (a form group's caption, DevExtreme's `dx-form-group-caption`) speaks
 * for that wrapper only: the nearest block around it holding controls must hold the field too. It still
 * ends the headings it follows.
 */
function captionHolds(h: Heading, at: Element): boolean {
  let wrapper = wrappers.get(h);
  if (wrapper === undefined) {
    wrapper = h.el.parentElement;
    while (wrapper && !hasControl(wrapper)) wrapper = wrapper.parentElement;
    wrappers.set(h, wrapper);
  }
  return !wrapper || wrapper.contains(at);
}
const wrappers = new WeakMap<Heading, Element | null>();

/** What stands for `el` in `tree`: el itself, or the shadow host holding it there (a component's inputs). */
function anchorIn(el: Element, tree: Node): Element | null {
  for (let at: Element | null = el; at; at = (at.getRootNode() as ShadowRoot).host ?? null)
    if (at.getRootNode() === tree) return at;
  return null;
}

/**
 * A heading that labels one field is no part of the form: a fieldset or group around one field's controls
 * (a date's day, month and year; a radio group), or a positional heading whose nearest block with controls
 * holds a single field (a question's title, each question in a box of its own as Google Forms draws them).
 */
export function labelsOneField(h: Heading): boolean {
  const known = oneField.get(h);
  if (known !== undefined) return known;
  let around: Element | null = h.level === 0 ? h.block : h.el.parentElement;
  if (h.level !== 0) while (around && !around.querySelector(CONTROL)) around = around.parentElement;
  // A fieldset or group may hold one field's three boxes (a date); a card or panel with two fields is a part.
  const group = h.level === 0 && !!around?.matches('fieldset, [role="group"], [role="radiogroup"]');
  const result = !!around && fieldCount(around, h.el.id) <= (group ? 3 : 1);
  oneField.set(h, result);
  return result;
}
const oneField = new WeakMap<Heading, boolean>();
/** What makes a field: a native control, an ARIA radio group or a custom dropdown. */
const CONTROL = 'input, select, textarea, [role="radiogroup"], [role="combobox"]';

/**
 * How many fields a block's controls make: a radio or checkbox group counts once, an ARIA one too, and so do
 * the boxes of a group the heading `titleId` names (a date's three boxes under a question's title).
 */
function fieldCount(block: Element, titleId = ''): number {
  const controls = Array.from(block.querySelectorAll<HTMLInputElement>(CONTROL));
  const visible = controls.filter((c) => c.type !== 'hidden');
  // A radio group's inputs and its `role="radiogroup"` are one field.
  const titled = titleId ? `[aria-labelledby~="${CSS.escape(titleId)}"]:not(input)` : '';
  const one = (c: HTMLInputElement) =>
    (titled && c.closest(titled)) ||
    (c.closest('[role="radiogroup"]') ?? ((c.type === 'radio' || c.type === 'checkbox') && c.name ? c.name : c));
  return new Set(visible.map(one)).size;
}

/**
 * Whether a heading closes the parts of its level open before it. A question's own title (a heading over
 * one field, as form builders draw each question) does not; one worded as a part's title, or naming someone
 * ("Người thứ hai", "Thông tin người mẹ"), still does. Read once per heading.
 */
function closesParts(h: Heading): boolean {
  let closes = closing.get(h);
  if (closes === undefined) {
    const folded = foldVietnamese(h.text);
    closes = !labelsOneField(h) || TITLE_WORDS.test(folded) || /^\W*(nguoi|ben)\b/.test(folded) || !!roleIn(h.text);
    closing.set(h, closes);
  }
  return closes;
}
const closing = new WeakMap<Heading, boolean>();
