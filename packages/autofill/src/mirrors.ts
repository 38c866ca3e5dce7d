/**
 * What a page's hidden and read-only controls held before a fill: the copies a widget keeps of its choice
 * (a hidden input with its value or client state, the read-only box a dropdown shows its choice in, a hidden
 * select mirroring it), so undo can put back those that changed when no clear button or hook undid them.
 */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Held {
  el: Control;
  value: string;
  /** A select's options as value and text (a widget may rewrite its one hidden option). */
  options?: [string, string][];
}

const optionsOf = (s: HTMLSelectElement): [string, string][] => Array.from(s.options).map((o) => [o.value, o.text]);

/** A control only a widget writes: hidden, read-only, or a select drawn as something else (not shown). */
function isMirror(el: Control): boolean {
  if (el.tagName === 'SELECT')
    return (el as HTMLElement).offsetParent === null || el.getAttribute('aria-hidden') === 'true';
  return (el as HTMLInputElement).type === 'hidden' || (el as HTMLInputElement).readOnly;
}

/** The mirrors under each root (documents and shadow roots the planned fields live in), with what they hold. */
export function holdMirrors(roots: Iterable<ParentNode>): Held[] {
  const held: Held[] = [];
  for (const root of roots)
    for (const el of Array.from(root.querySelectorAll<Control>('input, select, textarea')))
      if (isMirror(el))
        held.push({
          el,
          value: el.value,
          ...(el.tagName === 'SELECT' ? { options: optionsOf(el as HTMLSelectElement) } : {}),
        });
  return held;
}

/** The mirrors that no longer hold what they held (and are still on the page). */
export function changedMirrors(held: Held[]): Held[] {
  return held.filter(
    (h) =>
      h.el.isConnected &&
      (h.el.value !== h.value ||
        (h.options && JSON.stringify(optionsOf(h.el as HTMLSelectElement)) !== JSON.stringify(h.options))),
  );
}
