/**
 * How a typed word may be misspelt, for the search to read it anyway: Telex or VNI keystrokes typed with
 * the input method off, typos (a bounded edit distance) and the spellings regional accents mix up.
 */

/**
 * Undoes Telex or VNI typed with the input method off: "ddawngs" → "dang", "d9ang" → "dang",
 * "kys" → "ky". Vietnamese syllables never end in s/f/r/x/j/w or contain digits, so these are keystrokes.
 */
export function untypeTelex(token: string): string {
  if (/^\d+$/.test(token)) return token;
  let t = token.replace(/([a-z])[1-9]/g, '$1').replace(/[1-9]/g, '');
  t = t
    .replace(/dd/g, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u');
  return t.replace(/([aeiouy][a-z]*?)[sfrxj]/g, '$1').replace(/([aeiouy])[sfrxj]$/, '$1');
}

/**
 * Chat spelling (teen code) back to Vietnamese letters, at the start and end of a folded word: f → ph,
 * j → gi, z and dz → d, w → qu, k → c before a, o, u ("kó" → "co"), a final ck → ch ("sack" → "sach").
 * Vietnamese writes none of these, so a word that has them was spelt so on purpose.
 */
export function fromChatSpelling(word: string): string {
  return word
    .replace(/^f/, 'ph')
    .replace(/^j/, 'gi')
    .replace(/^dz|^z/, 'd')
    .replace(/^w/, 'qu')
    .replace(/^k(?=[aou])/, 'c')
    .replace(/ck$/, 'ch');
}

// Three rows of the distance table, reused by every call: no allocation in the fuzzy scan's inner loop.
let row0 = new Int32Array(64);
let row1 = new Int32Array(64);
let row2 = new Int32Array(64);

/** Damerau–Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const m = b.length;
  if (Math.abs(a.length - m) > max) return max + 1;
  if (m >= row0.length) {
    row0 = new Int32Array(m + 1);
    row1 = new Int32Array(m + 1);
    row2 = new Int32Array(m + 1);
  }
  let prev2 = row0;
  let prev = row1;
  let cur = row2;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      if (prev[j]! < v) v = prev[j]! + 1;
      if (cur[j - 1]! < v) v = cur[j - 1]! + 1;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && prev2[j - 2]! < v)
        v = prev2[j - 2]! + 1;
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/**
 * A sound-alike key for spellings regional accents mix up: initial tr/ch, gi/d/r, s/x, l/n, final
 * n/ng and c/t, and i/y ("thuong chu" → "thường trú", "khai xinh" → "khai sinh").
 */
export function soundKey(word: string): string {
  return word
    .replace(/^tr/, 'ch')
    .replace(/^(gi|r)/, 'd')
    .replace(/^x/, 's')
    .replace(/^n(?!g)/, 'l')
    .replace(/y/g, 'i')
    .replace(/ng$/, 'n')
    .replace(/t$/, 'c');
}

/** How many typos a word of this length may carry and still match. */
export const allowedTypos = (n: number) => (n >= 7 ? 2 : n >= 3 ? 1 : 0);
