/**
 * The page side of a fill, run by the content script: find visible fillable fields and their labels,
 * set values the way a person would (focus, native setter, input/change events), highlight, undo.
 */
import { foldVietnamese } from '@motcua/core';
import type { PageField } from './protocol.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const elements = new Map<string, Control>();
/** Radio groups by field id: one field per group ("Giới tính: ○ Nam ○ Nữ"). */
const radioGroups = new Map<string, HTMLInputElement[]>();
let undoStack: (
  | { el: Control; value: string }
  | { radios: HTMLInputElement[]; checked: HTMLInputElement | undefined }
)[] = [];

/** The question a radio group answers: its radiogroup's or fieldset's name, else the text before it. */
function groupLabel(first: HTMLInputElement): string {
  const group = first.closest('[role=radiogroup]');
  if (group) {
    const named = labelOf(group as HTMLElement);
    if (named) return named;
  }
  const legend = first.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
  const container = first.closest('fieldset') ? undefined : first.parentElement;
  const before = container?.querySelector(':scope > label:not([for]), :scope > span, :scope > .label')?.textContent;
  return (legend ?? before ?? first.name).replace(/[*:]/g, '').replace(/\s+/g, ' ').trim();
}

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
  radioGroups.clear();
  const out: PageField[] = [];
  let n = 0;
  const seenGroups = new Set<string>();
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    if (!radio.name || seenGroups.has(radio.name)) continue;
    seenGroups.add(radio.name);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(
      (r) => r.name === radio.name && r.form === radio.form && isVisible(r),
    );
    if (!radios.length) continue;
    const id = `f${n++}`;
    radioGroups.set(id, radios);
    out.push({ id, label: groupLabel(radio), name: radio.name, kind: 'radio', options: radios.map((r) => labelOf(r)) });
  }
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input, select, textarea',
  )) {
    const type = el instanceof HTMLInputElement ? el.type : el instanceof HTMLSelectElement ? 'select' : 'textarea';
    if (['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'checkbox', 'radio'].includes(type))
      continue;
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
    const radios = radioGroups.get(fieldId);
    if (radios) {
      const want = foldVietnamese(value);
      const choice = radios.find((r) => r.isConnected && foldVietnamese(labelOf(r)) === want);
      if (!choice || !isVisible(choice)) {
        skipped.push(fieldId);
        continue;
      }
      undoStack.push({ radios, checked: radios.find((r) => r.checked) });
      choice.click(); // a real click: frameworks see input and change as from a person
      highlight(choice);
      filled.push(fieldId);
      continue;
    }
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
  for (const entry of undoStack.reverse()) {
    if ('radios' in entry) {
      if (entry.checked) entry.checked.click();
      else
        for (const r of entry.radios) {
          r.checked = false;
          r.dispatchEvent(new Event('change', { bubbles: true }));
        }
      continue;
    }
    const { el, value } = entry;
    setNative(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  undoStack = [];
}
