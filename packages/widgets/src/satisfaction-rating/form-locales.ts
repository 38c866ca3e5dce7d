/**
 * The strings of a widget built on the rating form (the survey, the kiosk): the form's, with the widget's
 * own on top. English, the form's table and the widget's, is a chunk of its own in the CDN build, fetched
 * only by English pages, as the quick rating's is.
 */
import type { LocaleTable, Strings } from '../shared/motcua-element.js';
import { vi as formVi } from './locales/vi.js';

export function formLocales(vi: Strings, en: () => Promise<Strings>): LocaleTable {
  return {
    vi: { ...formVi, ...vi },
    en: () => Promise.all([import('./locales/en.js'), en()]).then(([form, own]) => ({ ...form.en, ...own })),
  };
}
