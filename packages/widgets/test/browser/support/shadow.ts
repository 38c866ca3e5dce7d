// Helpers for widget tests that reach into an element's shadow root as a user would: find what is on
// screen, press a button by its text, type into a field (input, or change for a select), and start a test
// with no saved drafts.

/** The first element in `el`'s shadow root matching `sel` (null when none). */
export const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;

/** Every element in `el`'s shadow root matching `sel`. */
export const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** The button in `el`'s shadow root whose text is `name`. */
export const button = (el: Element, name: string) => $$(el, 'button').find((b) => b.textContent?.trim() === name);

/** Sets the field `#id` to `value` as typing (or choosing, for a select) does, and waits for the render. */
export async function typeInto(el: Element & { updateComplete: Promise<unknown> }, id: string, value: string) {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  await el.updateComplete;
}

/** Deletes the widgets' drafts database, so a test starts with nothing saved. */
export async function clearDrafts(): Promise<void> {
  await new Promise((r) => {
    const req = indexedDB.deleteDatabase('motcua-drafts');
    req.onsuccess = req.onerror = req.onblocked = r;
  });
}
