/**
 * Loading a widget's on-demand parts (modules of their own in the CDN build): once, sharing one promise
 * between callers, except that a failure is forgotten, so a part that could not be fetched (offline) is
 * fetched again on the next call. Without Lit.
 */
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
