/**
 * The page side of a fill, run by the content script: find visible fillable fields and their labels,
 * set values the way a person would (focus, native setter, input/change events), highlight, undo.
 */
import { foldVietnamese } from '@motcua/core';
import type { PageField } from './protocol.js';

const elements = new Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();
let undoStack: { el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement; value: string; checked?: boolean }[] =
  [];

function isVisible(el: HTMLElement): boolean {
  if (el.hidden || (el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  // Off-screen means outside the document (a -9999px trick), not merely scrolled out of view.
  const left = r.left + scrollX;
  const top = r.top + scrollY;
  if (left + r.width <= 0 || top + r.height <= 0 || left >= document.documentElement.scrollWidth) return false;
  return true;
}

function labelOf(el: HTMLElement): string {
  const byAria = el.getAttribute('aria-labelledby');
  if (byAria) {
    const text = byAria
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length)
    return [...labels]
      .map((l) => l.textContent ?? '')
      .join(' ')
      .replace(/[*:]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) return placeholder.trim();
  const title = el.getAttribute('title');
  return (title ?? el.getAttribute('name') ?? '').trim();
}

/** Visible, fillable fields of the document, with ids the panel sends back. */
export function describePage(root: Document): PageField[] {
  elements.clear();
  const out: PageField[] = [];
  let n = 0;
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input, select, textarea',
  )) {
    const type = el instanceof HTMLInputElement ? el.type : el instanceof HTMLSelectElement ? 'select' : 'textarea';
    if (['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'checkbox'].includes(type)) continue;
    if (!isVisible(el)) continue;
    const id = `f${n++}`;
    elements.set(id, el);
    const field: PageField = {
      id,
      label: labelOf(el),
      kind: (['text', 'date', 'select', 'radio', 'email', 'tel', 'textarea'].includes(type)
        ? type
        : 'other') as PageField['kind'],
    };
    if (el.name) field.name = el.name;
    const section = el.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
    if (section) field.section = section;
    if (el instanceof HTMLSelectElement) field.options = [...el.options].map((o) => o.text.trim());
    out.push(field);
  }
  return out;
}

function setNative(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function highlight(el: HTMLElement): void {
  const before = el.style.outline;
  el.style.outline = '3px solid #0b57d0';
  setTimeout(() => {
    el.style.outline = before;
  }, 1500);
}

/** Sets each value as a person would; returns which fields were filled and which skipped. */
export async function applyValues(
  fills: { fieldId: string; value: string }[],
): Promise<{ filled: string[]; skipped: string[] }> {
  const filled: string[] = [];
  const skipped: string[] = [];
  undoStack = [];
  for (const { fieldId, value } of fills) {
    const el = elements.get(fieldId);
    if (!el?.isConnected || !isVisible(el)) {
      skipped.push(fieldId);
      continue;
    }
    let target = value;
    if (el instanceof HTMLSelectElement) {
      const want = foldVietnamese(value);
      const option = [...el.options].find((o) => foldVietnamese(o.text) === want || foldVietnamese(o.value) === want);
      if (!option) {
        skipped.push(fieldId);
        continue;
      }
      target = option.value;
    }
    undoStack.push({ el, value: el.value });
    el.focus();
    setNative(el, target);
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    el.blur();
    highlight(el);
    filled.push(fieldId);
  }
  return { filled, skipped };
}

/** Puts back what the last fill replaced. */
export function undoValues(): void {
  for (const { el, value } of undoStack.reverse()) {
    setNative(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  undoStack = [];
}
