/**
 * The admin pages' one string lookup: the language in use (Vietnamese by default, English on request,
 * remembered in localStorage and set as `<html lang>`), `t()` over the locale tables, and the dates and
 * percentages written the way that language writes them. Every admin element re-renders on a switch.
 */
import { en } from './locales/en.js';
import { type StringKey, vi } from './locales/vi.js';

export type Lang = 'vi' | 'en';
export type { StringKey };

const TABLES: Record<Lang, Record<StringKey, string>> = { vi, en };
const STORAGE_KEY = 'motcua-admin-lang';
const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const ZONE = 'Asia/Ho_Chi_Minh';

function stored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage can be refused (a locked-down browser profile); Vietnamese, the default, then.
    return 'vi';
  }
}

let current: Lang = typeof localStorage === 'undefined' ? 'vi' : stored();
const listeners = new Set<() => void>();
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** The language the admin pages show. */
export const lang = (): Lang => current;

/** Switches every admin page to `next`, remembers it for the next visit and tells each element to re-render. */
export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but switched all the same.
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` after each switch; returns the function that stops it. */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A string in the language in use, its `{name}` placeholders filled from `values`. The tables have the
 * same keys (English is typed by the Vietnamese table), so a missing string is a type error, not a blank.
 */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return TABLES[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A text the API sends in both languages (an error, a server-side label), in the language in use. */
export const pick = (text: { vi: string; en: string }): string => text[current];

/** A Vietnam date and time, as "07/12/2026, 09:30" (or the English way). */
export const dateTime = (iso: string): string =>
  new Intl.DateTimeFormat(LOCALES[current], { dateStyle: 'short', timeStyle: 'short', timeZone: ZONE }).format(
    new Date(iso),
  );

/** A Vietnam calendar day of an instant. */
export const day = (iso: string): string =>
  new Intl.DateTimeFormat(LOCALES[current], { dateStyle: 'short', timeZone: ZONE }).format(new Date(iso));

/** A rate of 0–1 as a percentage with one decimal. */
export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Sorts names the way the language in use does. */
export const collator = (): Intl.Collator => new Intl.Collator(current);
