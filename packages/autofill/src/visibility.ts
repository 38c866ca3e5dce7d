/** Whether a person can see and reach a control: the checks that keep hidden, off-screen and covered fields out. */
import { parentOf, win } from './dom.js';

/** Whether a person can see and reach this box: not hidden, sized, on the page, not clipped or covered. */
export function isVisibleBox(box: Element): boolean {
  const w = win(box);
  const rect = box.getBoundingClientRect();
  if (rect.width < 4 || rect.height < 4) return false;
  if (box.closest('[inert]')) return false; // the page made it unreachable
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

/**
 * The dropdown a hidden native select is drawn as: just after it (jQuery UI's selectmenu button, any
 * `role="combobox"` standing in for it), or a button opening a popup just before it (jQuery Mobile's
 * selectmenu); undefined where the select shows itself.
 */
export function drawnAs(select: Element): Element | undefined {
  const next = select.nextElementSibling;
  const before = select.previousElementSibling;
  const standIn = next?.matches(DRAWN_AFTER) ? next : before?.matches(DRAWN_BEFORE) ? before : undefined;
  if (!standIn || isVisibleBox(select)) return undefined;
  return isVisibleBox(standIn) ? standIn : undefined;
}
/** What draws a hidden select: a combobox after it (jQuery UI), a link-button opening a popup before it (jQuery Mobile). */
const DRAWN_AFTER = '[role="combobox"]:not(input):not(select)';
/** Not a dropdown described on its own (a Kendo `role="combobox"` before its hidden select is that dropdown). */
const DRAWN_BEFORE = 'a[aria-haspopup]:not([role="combobox"]), [role="button"][aria-haspopup]';

/** The visible box standing for a control: select2's container for its hidden select, the label of a styled radio. */
export function boxOf(el: Element): Element {
  const standIn = el.tagName === 'SELECT' ? drawnAs(el) : undefined;
  if (standIn) return standIn;
  if (el.tagName === 'SELECT' && el.classList.contains('select2-hidden-accessible')) {
    const next = el.nextElementSibling;
    if (next?.classList.contains('select2')) return next.querySelector('.select2-selection') ?? next;
  }
  // A dropdown's read-only input may be drawn transparent over its box: the box is what a person sees.
  if (el.tagName === 'INPUT' && el.getAttribute('role') === 'combobox' && !isVisibleBox(el))
    for (let up = el.parentElement, n = 0; up && n < 3; up = up.parentElement, n++) if (isVisibleBox(up)) return up;
  return el;
}

/** The box a radio or checkbox shows: the input, or its label when the input is styled away. */
export function radioBox(input: HTMLInputElement): Element {
  const rect = input.getBoundingClientRect();
  if (rect.width >= 4 && rect.height >= 4 && Number.parseFloat(win(input).getComputedStyle(input).opacity) > 0.1)
    return input;
  return input.labels?.[0] ?? input; // styled radios hide the input and show the label
}
