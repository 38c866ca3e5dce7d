/**
 * The base every motcua widget extends: language resolution, localised strings with per-page
 * overrides, typed composed events, and the guarded custom-element definition.
 *
 * Widgets live on pages we do not control, so nothing here may throw into the host page.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { format } from './format.js';

/** Package version, shown when two copies of a widget clash on one page. */
export const VERSION = '0.1.0';

/** Languages every widget ships strings for. Vietnamese is the default. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A widget's strings: one table per language, the same keys in each. */
export type Strings<K extends string = string> = Record<K, string>;
/**
 * A language's strings, or a loader for them. Vietnamese, the default, is always in the widget's file;
 * English may come as `() => import('./locales/en.js').then((m) => m.en)`, so the CDN build puts it in
 * a chunk of its own that only English pages fetch.
 */
export type LocaleSource<K extends string = string> = Strings<K> | (() => Promise<Strings<K>>);
export type LocaleTable<K extends string = string> = { vi: Strings<K> } & Record<Exclude<Lang, 'vi'>, LocaleSource<K>>;

/** Strings loading or loaded, by loader, so ten English widgets on a page fetch once. */
const loads = new Map<() => Promise<Strings>, Promise<Strings>>();

/** Picks the supported language a `lang` value asks for ("en-GB" → en, "vi-VN" → vi), or undefined. */
export function matchLang(value: string | null | undefined): Lang | undefined {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((l) => l === primary);
}

export { format } from './format.js';

/**
 * Base class of all motcua widgets.
 *
 * @attr endpoint - Base URL of the collector, e.g. `https://motcua.example.gov.vn`.
 * @attr unit - The ward's unit code at the collector.
 * @attr lang - `vi` (default) or `en`; when absent, the nearest `lang` attribute of the page decides.
 * @attr strings - JSON object overriding any of the widget's strings, e.g. `{"title":"Tra cứu"}`.
 */
export class MotcuaElement extends LitElement {
  /** Each widget sets its own strings table. */
  static locales: LocaleTable = { vi: {}, en: {} };

  // Reactive properties without decorators: the decorators module would weigh on every widget file.
  // Fields are declared, not initialised in place, so define semantics could never shadow Lit's accessors.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    unit: {},
    lang: { reflect: true },
    strings: { converter: { fromAttribute: parseStrings } },
  };
  declare endpoint: string;
  declare unit: string;
  declare lang: string;
  declare strings: Partial<Strings>;

  constructor() {
    super();
    this.endpoint = '';
    this.unit = '';
    this.lang = '';
    this.strings = {};
  }

  /** The language in use: the element's `lang`, then the closest ancestor's, then `<html lang>`, then vi. */
  get resolvedLang(): Lang {
    const own = matchLang(this.lang);
    if (own) return own;
    const closest =
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? this.ownerDocument?.documentElement?.lang;
    return matchLang(closest) ?? 'vi';
  }

  /** A localised string, with `{placeholders}` filled in. Overrides from `strings` win. */
  t(key: string, values?: Record<string, string | number>): string {
    const table = (this.constructor as typeof MotcuaElement).locales;
    const strings = table[this.resolvedLang];
    // A table still loading (or that failed to load) falls back to Vietnamese.
    const own = typeof strings === 'function' ? undefined : strings[key];
    const template = this.strings[key] ?? own ?? table.vi[key] ?? key;
    return format(template, values);
  }

  /**
   * Renders only once the strings of the language in use are here: an English page waits for the
   * English module (fetched once per page) rather than flashing Vietnamese; `updateComplete` includes
   * that wait. If the module cannot load, the widget renders in Vietnamese.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of ReactiveElement.scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ctor = this.constructor as typeof MotcuaElement;
    const lang = this.resolvedLang;
    const source = ctor.locales[lang];
    if (typeof source !== 'function') return super.scheduleUpdate();
    let load = loads.get(source);
    if (!load) {
      load = source().catch((error: unknown) => {
        console.warn('[motcua] could not load the English strings; showing Vietnamese.', error);
        return {};
      });
      loads.set(source, load);
    }
    return load.then((strings) => {
      if (ctor.locales[lang] === source) ctor.locales = { ...ctor.locales, [lang]: strings };
      return super.scheduleUpdate();
    });
  }

  /**
   * Once the pending update has rendered, moves focus to the first element matching `selector`: to the
   * error summary after a failed submit, to the result after a step, as GOV.UK forms do.
   */
  protected async moveFocus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Dispatches a bubbling, composed custom event so the host page can listen on the widget. */
  emit<T>(name: string, detail?: T): boolean {
    return this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  /**
   * Defines the element under `tag` unless that tag is taken. A second copy of the same widget (two
   * script tags, two versions) warns and keeps the first one; it never throws into the host page.
   */
  // biome-ignore lint/complexity/noThisInStatic: the default is the subclass define() is called on
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing !== ctor) {
        const theirs = existing.version ?? 'unknown';
        console.warn(`[motcua] <${tag}> is already registered (v${theirs}); this copy (v${VERSION}) was not loaded.`);
      }
      return;
    }
    try {
      registry.define(tag, ctor);
    } catch (error) {
      console.warn(`[motcua] could not register <${tag}>:`, error);
    }
  }

  static version = VERSION;
}

function parseStrings(value: string | null): Partial<Strings> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Strings;
    }
  } catch {
    console.warn('[motcua] the strings attribute is not valid JSON and was ignored.');
  }
  return {};
}

/**
 * A client-made id (UUID v4) that makes retries idempotent, also on plain-http pages. It lives beside
 * the base class every widget imports, so in the shared CDN build it rides in the common chunk rather
 * than a chunk of its own (`shared/outbox.ts` re-exports it).
 */
export function uuid(): string {
  // Not crypto.randomUUID: it needs a secure context, and many ward sites are still plain http. Each 0
  // and 1 of the template becomes a random hex digit, the 8 one of 8 to b (the variant); the 4 stays.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ ((crypto.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (+c / 4)))).toString(16),
  );
}
