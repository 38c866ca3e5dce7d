// For stories of a widget offline: a copy of the element under its own tag whose on-demand part (the
// protected loader named) cannot be fetched, as on a page that lost the network before that part loaded.

/** Defines `tag` as `Base` with its `loader` method failing as an unreachable module does. */
export function defineOffline(tag: string, Base: CustomElementConstructor, loader: string): void {
  if (customElements.get(tag)) return;
  const Offline = class extends Base {};
  Object.defineProperty(Offline.prototype, loader, {
    value: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  });
  customElements.define(tag, Offline);
}
