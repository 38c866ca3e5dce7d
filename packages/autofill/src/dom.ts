/** Reading the DOM as a person sees it: text with whitespace folded, every element across shadow roots and frames. */

/** Text as a label reads: whitespace folded, a trailing colon, asterisk or "(*)" dropped. */
export const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[:*]\s*$/, '')
    .replace(/\s*\(\*\)\s*$/, '')
    .trim();

/** What a person does not read as an element's text: a list's options, a box's contents, scripts and styles. */
const NOT_READ = 'select, datalist, textarea, script, style, template, noscript';

/** An element's text as a person reads it (a label wrapping a select is not its options' words). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (!el.firstElementChild) return clean(el.textContent) || (el.tagName === 'IMG' ? altOf(el) : '');
  if (!el.querySelector(NOT_READ)) return clean(el.textContent) || altOf(el);
  let text = '';
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && (n as Element).matches(NOT_READ)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return clean(text);
}

/** Where an element draws its words as a picture (a label that is an `<img alt="Họ và tên">`): the pictures' alt text. */
function altOf(el: Element): string {
  const pictures = el.tagName === 'IMG' ? [el] : Array.from(el.querySelectorAll('img[alt], [role="img"][aria-label]'));
  const alts = pictures.map((i) => i.getAttribute(i.tagName === 'IMG' ? 'alt' : 'aria-label'));
  return clean(alts.filter((a) => /\p{L}/u.test(a ?? '')).join(' '));
}

/** Everything under root, crossing open shadow roots and same-origin iframes. */
export function* walk(root: ParentNode): Generator<Element> {
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

export function win(el: Element): Window & typeof globalThis {
  return (el.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

/** Parent across shadow boundaries. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return (root as ShadowRoot).host ?? null;
}

/** Element test that holds across frames (each frame has its own `Element`). */
export const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/** A control a person fills: native, or a dropdown or radio group drawn with ARIA roles. */
export const CONTROL = 'input, select, textarea, [role="combobox"], [role="radiogroup"]';

/** Whether the element holds a control (native or an ARIA dropdown or radio group). */
export const hasControl = (el: Element | null | undefined) => !!el?.querySelector(CONTROL);

/** Radios drawn without inputs: `role="radio"` with `aria-checked`, and design systems' radio elements. */
const RADIO = '[role="radio"]:not(input), md-radio, mwc-radio, sl-radio, wa-radio, fluent-radio';
/** The radios of a radio group drawn without inputs (an ARIA group, Material Web's `md-radio`…), slotted ones too. */
export function ariaRadios(group: Element): Element[] {
  const found = Array.from(group.querySelectorAll(RADIO));
  // A component's group in its shadow root holds the radios its page slots in (Shoelace's sl-radio-group).
  for (const slot of Array.from(group.querySelectorAll('slot')))
    for (const el of slot.assignedElements({ flatten: true }))
      found.push(...(el.matches(RADIO) ? [el] : []), ...Array.from(el.querySelectorAll(RADIO)));
  return found;
}
/** Whether such a radio is on: `aria-checked`, or a radio element's own `checked` attribute. */
export const radioOn = (r: Element) =>
  r.getAttribute('aria-checked') === 'true' || (!r.hasAttribute('aria-checked') && r.hasAttribute('checked'));
/** What such a radio says: its text, or its `aria-label` / wrapping label where it draws no text (`md-radio`). */
export const radioName = (r: Element) => textOf(r) || clean(r.getAttribute('aria-label')) || textOf(r.closest('label'));
