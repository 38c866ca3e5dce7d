/**
 * motcua.js: the one script a webmaster adds. It loads a widget's module the first time its tag appears
 * in the page (now or later), from the folder this script was loaded from. Loading it twice is harmless.
 */
declare const MOTCUA_WIDGETS: Record<string, string>;

const KEY = Symbol.for('motcua.autoloader');
const scope = globalThis as unknown as Record<symbol, boolean>;

function start(): void {
  const files: Record<string, string> = MOTCUA_WIDGETS;
  const requested = new Set<string>();
  const base = import.meta.url;

  const load = (tag: string): void => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    const file = files[tag];
    if (!file) return;
    import(/* @vite-ignore */ new URL(file, base).href).catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`[motcua] could not load <${tag}>:`, error);
    });
  };

  const scan = (root: ParentNode): void => {
    for (const tag of Object.keys(files)) {
      if ((root as Element).localName === tag || root.querySelector(tag)) load(tag);
    }
  };

  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (!scope[KEY]) {
  scope[KEY] = true;
  start();
}
