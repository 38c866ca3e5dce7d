/**
 * What a typed word may stand for in an index's vocabulary: the word itself, the words it begins (as the
 * citizen types), sound-alikes, typo readings and Telex/VNI keystrokes undone, each with how good a match
 * it is; and a query cut into tokens, with words typed without spaces split.
 */
import { allowedTypos, editDistance, fromChatSpelling, soundKey, untypeTelex } from './spelling.js';
import { fold, words } from './words.js';

/** A query word: folded, as typed, whether it is the last (being typed), and its share of the query. */
export interface Token {
  folded: string;
  accented: string;
  last: boolean;
  weight: number;
  /** In a purpose or reason clause of a sentence that has a main clause (clauses.ts): counts less. */
  clause?: boolean;
}

/** An index's vocabulary: its folded terms, sorted, and grouped by length and by sound. */
export interface Vocabulary {
  /** Folded term → list id. */
  termIds: Map<string, number>;
  /** The terms, sorted for prefix search. */
  vocab: string[];
  byLength: Map<number, string[]>;
  sounds: Map<string, string[]>;
  /** Typo tolerance (sound-alikes and edit distance). */
  fuzzy: boolean;
}

/** The readings of typed words over one vocabulary (their expansions are cached per index). */
export function readWords({ termIds, vocab, byLength, sounds, fuzzy }: Vocabulary) {
  /** Where `prefix` would go in the sorted vocabulary. */
  const lowerBound = (prefix: string) => {
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const expansions = new Map<string, [string, number][]>();
  /** Vocabulary terms a typed word may stand for, each with how good a match it is (1 = exact). */
  const expand = (word: string, isLast: boolean): [string, number][] => {
    const key = `${word}|${isLast}`;
    const cached = expansions.get(key);
    if (cached) return cached;
    const found = new Map<string, number>();
    const offer = (term: string, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    const tryWord = (w: string, penalty: number) => {
      if (termIds.has(w)) offer(w, penalty);
      // Prefix matching as the user types; on earlier words only for longer stems ("chung" → "chứng").
      // Terms starting with `w` (at most 60), found by binary search in the sorted vocabulary.
      if (w.length >= (isLast ? 1 : 3)) {
        for (let i = lowerBound(w), n = 0; i < vocab.length && n < 60 && vocab[i]!.startsWith(w); i++, n++) {
          const t = vocab[i]!;
          if (t !== w) offer(t, penalty * (0.55 + 0.35 * (w.length / t.length)));
        }
      }
      if (!fuzzy) return;
      const alike = sounds.get(soundKey(w));
      if (alike) for (let i = 0; i < alike.length; i++) if (alike[i] !== w) offer(alike[i]!, penalty * 0.85);
      const typos = allowedTypos(w.length);
      if (typos && !termIds.has(w)) {
        const c0 = w.charCodeAt(0);
        const c1 = w.charCodeAt(1);
        for (let len = w.length - typos; len <= w.length + typos; len++) {
          const list = byLength.get(len);
          for (let i = 0; list && i < list.length; i++) {
            const t = list[i]!;
            if (t.charCodeAt(0) !== c0 && t.charCodeAt(1) !== c1) continue;
            const d = editDistance(w, t, typos);
            if (d <= typos) offer(t, penalty * (d === 1 ? 0.7 : 0.5));
          }
        }
      }
    };
    tryWord(word, 1);
    const untyped = untypeTelex(word);
    if (untyped !== word && untyped) tryWord(untyped, 0.95);
    if (!termIds.has(word)) {
      const spelt = fromChatSpelling(word);
      if (spelt !== word) tryWord(spelt, 0.9);
    }
    const list = [...found.entries()];
    if (expansions.size > 2000) expansions.clear();
    expansions.set(key, list);
    return list;
  };

  /** Splits words typed without spaces ("khaisinh" → "khai sinh") when both halves are known words. */
  const splitJoined = (word: string, isLast: boolean): string[] | undefined => {
    if (word.length < 4 || termIds.has(word)) return undefined;
    for (let i = word.length - 2; i >= 2; i--) {
      const left = word.slice(0, i);
      if (!termIds.has(left)) continue;
      const right = word.slice(i);
      if (termIds.has(right) || (isLast && vocab[lowerBound(right)]?.startsWith(right))) {
        const rest = splitJoined(right, isLast);
        return [left, ...(rest ?? [right])];
      }
    }
    return undefined;
  };

  /** The query's words, with run-together words split (except those `whole` says are words of their own). */
  const tokenize = (query: string, whole?: (folded: string) => boolean) => {
    const typed = words(query);
    const tokens: Token[] = [];
    for (let i = 0; i < typed.length; i++) {
      const w = typed[i]!;
      const folded = fold(w);
      const last = i === typed.length - 1;
      const parts = whole?.(folded) ? undefined : splitJoined(folded, last);
      if (parts && !termIds.has(untypeTelex(folded))) {
        for (let j = 0; j < parts.length; j++)
          tokens.push({ folded: parts[j]!, accented: parts[j]!, last: last && j === parts.length - 1, weight: 1 });
      } else tokens.push({ folded, accented: w, last, weight: 1 });
    }
    return tokens;
  };

  /** Whether a last word may be the start of a longer one still being typed: not a term, but terms start so. */
  const mayBeTyping = (word: string) => !termIds.has(word) && vocab[lowerBound(word)]?.startsWith(word) === true;

  return { expand, tokenize, mayBeTyping };
}
