/**
 * The title over a field's column in a grid of people side by side: a row of part titles on one line,
 * each over its own columns of labels and boxes (a comparison of the applicant and the person a record is
 * about, drawn left to right or right to left). The title is told by where it is drawn, not by DOM order.
 */
import type { Heading } from './sections.js';

/** The text of the title drawn over `el`'s column, when a row of two or more titles heads the grid it sits in. */
export function columnTitle(el: Element, headings: Heading[]): string {
  let box = el.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    const row = headings.filter((h) => h.el.parentElement === box);
    if (row.length < 2) continue;
    const rects = row.map((h) => h.el.getBoundingClientRect());
    const top = rects[0]?.top ?? 0;
    if (!rects.every((r) => Math.abs(r.top - top) < 4)) return '';
    const r = el.getBoundingClientRect();
    const x = (r.left + r.right) / 2;
    const i = rects.findIndex((h) => h.left <= x && x <= h.right && h.bottom <= r.top + 1);
    return i >= 0 ? (row[i] as Heading).text : '';
  }
  return '';
}
