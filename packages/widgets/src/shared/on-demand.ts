/**
 * Loading a widget's on-demand parts (modules of their own in the CDN build): once, sharing one promise
 * between callers, except that a failure is forgotten, so a part that could not be fetched (offline) is
 * fetched again on the next call. Without Lit.
 */
import type { html, nothing } from 'lit';

/** What a part gets of its element's Lit: the element hands these over, so the part carries no copy of Lit. */
export interface PartLit {
  html: typeof html;
  nothing: typeof nothing;
}
export interface OnDemand<T> {
  /** The part, loading it if it is not loaded or loading. */
  get(): Promise<T>;
  /** The part if it was asked for (loaded, or on its way), else undefined; never starts a load. */
  peek(): Promise<T> | undefined;
  /** The part once it has loaded, else undefined: what a render reads. */
  readonly value: T | undefined;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let value: T | undefined;
  return {
    get() {
      loading ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    peek: () => loading,
    get value() {
      return value;
    },
  };
}
