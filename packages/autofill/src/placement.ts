/**
 * Where a text sits beside a box, as a person sees the page laid out: a label reads to the left of its box
 * on its line, or above it over it. A row of labels above a row of boxes (a grid) labels each box with the
 * one over it; a text above another box is not this one's label.
 */
import { CONTROL } from './dom.js';

/** Whether two boxes share a horizontal band (they sit on one line). */
const sameRow = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
/** Whether two boxes share a vertical band (one stands over the other). */
const sameColumn = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right;
const drawn = (r: DOMRect) => r.width > 0 || r.height > 0;

/**
 * The part of `text` that labels `field` by where it is drawn: all of it when it is on the field's line or
 * stands over the field; from a row of several texts side by side above, the one over the field;
 * `undefined` when it is drawn elsewhere (above another box of a grid). Without a layout to read (no box),
 * all of it, as the markup says.
 */
export function labelPart(text: Element, field: Element): Element | undefined {
  const f = field.getBoundingClientRect();
  const r = text.getBoundingClientRect();
  // A block drawn only through its positioned pieces (a PDF's text layer) is no one label: read them as drawn.
  if (r.height < 1 && text.children.length > 1) return undefined;
  if (!drawn(f) || !drawn(r) || sameRow(r, f)) return text;
  if (r.bottom > f.top + 1 || !sameColumn(r, f)) return undefined;
  const parts = Array.from(text.children).filter((c) => /\p{L}/u.test(c.textContent ?? ''));
  const rects = parts.map((c) => c.getBoundingClientRect());
  const first = rects[0];
  if (parts.length < 2 || !first || !rects.every((q) => sameRow(q, first))) return text;
  return parts.find((_, i) => sameColumn(rects[i] as DOMRect, f));
}

/** Whether `other` (a box, or a block holding boxes) is drawn beside `field` on its line. */
export function besideOnLine(other: Element, field: Element): boolean {
  const r = other.getBoundingClientRect();
  const f = field.getBoundingClientRect();
  return drawn(r) && drawn(f) && sameRow(r, f) && !sameColumn(r, f);
}

/** Whether `text` is drawn above `field` and over it only, not over `beside` too (a label of the whole row). */
export function drawnOverOnly(text: Element, field: Element, beside: Element): boolean {
  const r = text.getBoundingClientRect();
  const f = field.getBoundingClientRect();
  return drawn(r) && r.bottom <= f.top + 1 && sameColumn(r, f) && !sameColumn(r, beside.getBoundingClientRect());
}

/** What no label is drawn with: scripts, a control or its options, a button, a part's heading. */
const NOT_A_PIECE =
  'script, style, option, button, label, input, select, textarea, [role="combobox"], [role="option"], h1, h2, h3, h4, h5, h6, [role="heading"], legend';

/** Elements holding text of their own (a text node with a letter) and no control: what labels are drawn with. */
export function textPieces(all: Element[]): Element[] {
  return all.filter(
    (el) =>
      !el.matches(NOT_A_PIECE) &&
      Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\p{L}/u.test(n.textContent ?? '')) &&
      !el.querySelector(CONTROL),
  );
}

/**
 * The text drawn nearest before a box that the markup gives no label (a PDF's text layer, an absolutely
 * positioned form): on its line to its left with no other box between, else just above it over it.
 */
export function textDrawnBefore(field: Element, pieces: Element[], boxes: Element[]): Element | undefined {
  const f = field.getBoundingClientRect();
  if (!drawn(f)) return undefined;
  let left: { el: Element; r: DOMRect } | undefined;
  let above: { el: Element; r: DOMRect } | undefined;
  for (const el of pieces) {
    const r = el.getBoundingClientRect();
    if (!drawn(r)) continue;
    if (sameRow(r, f) && r.right <= f.left + 2 && (!left || r.right > left.r.right)) left = { el, r };
    else if (
      r.bottom <= f.top + 1 &&
      f.top - r.bottom < 60 &&
      sameColumn(r, f) &&
      (!above || r.bottom > above.r.bottom)
    )
      above = { el, r };
  }
  const between = (r: DOMRect) =>
    boxes.some((b) => {
      const q = b.getBoundingClientRect();
      return b !== field && drawn(q) && sameRow(q, f) && q.left >= r.right - 1 && q.right <= f.left + 1;
    });
  if (left && !between(left.r)) return left.el;
  const overBox = (r: DOMRect) =>
    boxes.some((b) => {
      const q = b.getBoundingClientRect();
      return b !== field && drawn(q) && q.top >= r.bottom - 1 && q.bottom <= f.top + 1 && sameColumn(q, f);
    });
  return above && !left && !overBox(above.r) ? above.el : undefined;
}
