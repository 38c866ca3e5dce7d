/**
 * Vietnamese text handling shared by search, matching and validation.
 *
 * Citizens type Vietnamese with diacritics, without them, with the tone on another vowel ("hoá"/"hóa"),
 * or with decomposed (NFD) characters pasted from Word or macOS. Everything that compares Vietnamese
 * text compares the folded form produced here.
 */

/** Combining marks left after NFD decomposition: the five tones and the breve, circumflex and horn. */
const COMBINING_MARKS = /\p{M}/gu;
/** Letters that look like đ/Đ: Latin d with stroke and the Icelandic eth often typed for Đ. */
const D_STROKE = /[đĐÐð]/g;
/** Every kind of whitespace, including no-break and zero-width spaces that come from copy-paste. */
const WHITESPACE = /(?:\s|\u00a0|\u200b|\u200c|\u200d|\u2060|\ufeff)+/gu;

/** Normalises to NFC and collapses whitespace, keeping case and diacritics. Use before storing text. */
export function normalizeVietnamese(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE, ' ').trim();
}

/**
 * Folds Vietnamese text for comparison: NFC, lower case, diacritics removed, đ → d, whitespace
 * collapsed and trimmed. Punctuation is kept (use {@link tokenizeVietnamese} to split words).
 *
 * `foldVietnamese("  Đăng  ký KHAI SINH ")` → `"dang ky khai sinh"`.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, 'd')
    .toLowerCase()
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** Lower-cases and normalises to NFC, keeping diacritics; for ranking exact-accent matches higher. */
export function lowerVietnamese(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(WHITESPACE, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

export interface TokenizeOptions {
  /** Fold diacritics (default true). With false, tokens keep their diacritics but are lower-cased NFC. */
  fold?: boolean;
}

/**
 * Splits Vietnamese text into words (syllables): letters and digits, lower case, punctuation dropped.
 * `tokenizeVietnamese("Giấy CN/QSDĐ, số 12")` → `["giay", "cn", "qsdd", "so", "12"]`.
 */
export function tokenizeVietnamese(text: string, options: TokenizeOptions = {}): string[] {
  const prepared = options.fold === false ? lowerVietnamese(text) : foldVietnamese(text);
  return prepared.match(WORD) ?? [];
}

/** Accent-insensitive equality, for matching names across sources ("Thanh Hóa" = "Thanh Hoá"). */
export function equalsFolded(a: string, b: string): boolean {
  return foldVietnamese(a) === foldVietnamese(b);
}
