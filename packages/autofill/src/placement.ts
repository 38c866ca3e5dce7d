/**
 * Where a text sits beside a box, as a person sees the page laid out: a label reads to the left of its box
 * on its line, or above it over it. A row of labels above a row of boxes (a grid) labels each box with the
 * one over it; a text above another box is not this one's label.
 */

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
