/**
 * Section headings in whatever markup carries them (legend, h1–h6, a spanning table row, card/panel and
 * framework headers, ARIA groups) and the chain of them a field sits under, innermost first.
 */
import { clean, hasControl, textOf } from './dom.js';
import { labelledBy } from './labels.js';

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

export interface Heading {
  el: Element;
  text: string;
  /** 1–6 like h1–h6; 7 for a row heading inside a table; 0 for a heading that names its block. */
  level: number;
  /** The block it names (scoped headings) or the block it sits in (positional ones). */
  block: Element | null;
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
  const mui = /MuiTypography-h([1-6])/.exec(el.className.toString());
  if (mui) return Number(mui[1]);
  if (el.matches('th, td')) return 7;
  if (el.getAttribute('role') === 'heading') return 2;
  return 4;
}

/** Every section heading under the walked elements, with what it names. */
export function collectHeadings(all: Element[]): Heading[] {
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
      if (text && !hasControl(el))
        out.push({ el, text, level: headingLevel(el), block: el.parentElement?.closest(BLOCK) ?? null });
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
