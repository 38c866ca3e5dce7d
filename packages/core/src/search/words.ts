/**
 * Text into the words the search compares: lower-case NFC words, split on anything that is not a letter
 * or digit, and their accent-folded forms (cached). Used by the index build, the query and the intents.
 */
import { foldVietnamese } from '../text.js';

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Lower-case NFC words, split on anything that is not a letter or digit. A hand-written scanner: the
 * regex equivalent (/[\p{L}\p{N}]+/gu) took a third of the build time on a 10,000-record catalogue.
 * ASCII letters and digits and the Latin letters Vietnamese uses are decided by range (the hot path),
 * anything else by Unicode class (taking the character as a string only then: a two-byte character is a
 * new string each time). Into `out` when given: the build reuses one array for every text. */
export const words = (text: string, out: string[] = []): string[] => {
  const t = text.normalize('NFC').toLowerCase();
  let n = 0;
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if (
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      (c >= 0xc0 &&
        ((c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
          (c >= 0x1e00 && c <= 0x1eff) ||
          (c >= 0x300 && c <= 0x36f) ||
          (c > 0x24f && LETTER.test(t[i]!))))
    ) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out[n++] = t.slice(start, i);
      start = -1;
    }
  }
  out.length = n;
  return out;
};
const folds = new Map<string, string>();
/** Folds one lower-case word; the catalogue has a few thousand distinct words, so this is cached. */
export const fold = (word: string) => {
  let f = folds.get(word);
  if (f === undefined) {
    f = foldVietnamese(word);
    if (folds.size < 50000) folds.set(word, f);
  }
  return f;
};

/** A text's words, folded. */
export const foldWords = (text: string) => words(text).map(fold);
