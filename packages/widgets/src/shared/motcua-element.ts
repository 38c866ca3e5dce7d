/**
 * The base every motcua widget extends: language resolution, localised strings with per-page
 * overrides, typed composed events, and the guarded custom-element definition.
 *
 * Widgets live on pages we do not control, so nothing here may throw into the host page.
 */
import { LitElement, type PropertyDeclarations } from 'lit';
import { format } from './format.js';
import { type OnDemand, onDemand } from './on-demand.js';

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

/**
 * The strings of a part loaded on demand (see `MotcuaElement.loadsOnDemand`): both languages, in the part's
 * own module, so the widget's file carries none of them.
 */
export type PartStrings = Record<Lang, Strings>;

/**
 * Strings loaded on demand, by loader, so ten English widgets on a page fetch once. A table that
 * cannot load is taken as empty, for good: the widget renders in Vietnamese rather than wait again.
 */
const loaded = new Map<() => Promise<Strings>, OnDemand<Strings>>();
function localeLoad(source: () => Promise<Strings>): OnDemand<Strings> {
  let load = loaded.get(source);
  if (!load) {
    load = onDemand(() =>
      source().catch((error: unknown) => {
        console.warn('[motcua] could not load the English strings; showing Vietnamese.', error);
        return {};
      }),
    );
    loaded.set(source, load);
  }
  return load;
}

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

  // Reactive properties in `static properties`, each with a typed field and its default: under
  // `useDefineForClassFields: false` (tsconfig.base.json) a field's initialiser is an assignment
  // through Lit's accessor, never a shadowing own property. Decorators would add their module and
  // helper (0.32 KB min+gzip measured) to every widget file.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    unit: {},
    lang: { reflect: true },
    strings: { converter: { fromAttribute: parseStrings } },
  };
  endpoint = '';
  unit = '';
  override lang = '';
  strings: Partial<Strings> = {};

  /** The language in use: the element's `lang`, then the closest ancestor's, then `<html lang>`, then vi. */
  get resolvedLang(): Lang {
    const own = matchLang(this.lang);
    if (own) return own;
    const closest =
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? this.ownerDocument?.documentElement?.lang;
    return matchLang(closest) ?? 'vi';
  }

  /** Strings of the parts this element loaded (see `loadsOnDemand`), looked up before its own. */
  private partStrings: PartStrings[] = [];

  /**
   * The one string lookup of every widget and its parts: an override from the `strings` attribute,
   * then the language in use (the parts' tables, then the widget's), then Vietnamese, then the key;
   * `{placeholders}` filled in. English still loading (or that failed to load) falls back to Vietnamese.
   */
  t(key: string, values?: Record<string, string | number>): string {
    const table = (this.constructor as typeof MotcuaElement).locales;
    const lang = this.resolvedLang;
    const source = table[lang];
    const own = typeof source === 'function' ? localeLoad(source).value : source;
    const template =
      this.strings[key] ??
      this.partStrings.find((p) => key in p[lang])?.[lang][key] ??
      own?.[key] ??
      this.partStrings.find((p) => key in p.vi)?.vi[key] ??
      table.vi[key] ??
      key;
    return format(template, values);
  }

  /**
   * A part of this widget loaded on demand (a module of its own in the CDN build; see on-demand.ts),
   * fetched on the first `get()`. The part's module exports its `strings`, which join this element's
   * lookup once it has loaded, so the part shows its text through `t` like the element.
   */
  protected loadsOnDemand<M extends object>(load: () => Promise<M>): OnDemand<M> {
    return onDemand(() =>
      load().then((m) => {
        const { strings } = m as { strings?: PartStrings };
        if (strings && !this.partStrings.includes(strings)) this.partStrings.push(strings);
        return m;
      }),
    );
  }

  /**
   * What the next render needs loaded before it happens: a subclass returns its parts that this
   * render shows (a mode, a view), and the base adds the strings of the language in use. Rendering
   * waits for them (`updateComplete` includes the wait) instead of showing a state that shifts when
   * they arrive; a part that could not load (offline) is the subclass's to say (its `value` stays
   * undefined) and is tried again on the next update.
   */
  protected renderNeeds(): (OnDemand<unknown> | undefined)[] {
    return [];
  }

  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of ReactiveElement.scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const source = (this.constructor as typeof MotcuaElement).locales[this.resolvedLang];
    const needs = [typeof source === 'function' ? localeLoad(source) : undefined, ...this.renderNeeds()];
    const missing = needs.filter((n) => n && n.value === undefined) as OnDemand<unknown>[];
    if (!missing.length) return super.scheduleUpdate();
    return Promise.allSettled(missing.map((n) => n.get())).then(() => super.scheduleUpdate());
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
