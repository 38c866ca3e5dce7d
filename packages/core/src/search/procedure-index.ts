/**
 * The procedure search engine: finds the right procedure however a citizen types it — with or without
 * diacritics, with typos, run-together words, raw Telex/VNI keystrokes, abbreviations and colloquial
 * names (from each record's `keywords`), as they type. Pure TypeScript with no DOM, so the same code runs
 * in the widget, in Node and in the benchmark, and no WebAssembly (ward sites' CSP forbids it).
 */
import { foldVietnamese } from '../text.js';
import type {
  Procedure,
  ProcedureFilters,
  ProcedureIndex,
  ProcedureIndexBuilder,
  ProcedureIndexOptions,
  SearchHit,
  SearchOptions,
} from './types.js';

/** Field weights: a match in the name counts most, then keywords, then lĩnh vực, then the rest. */
const NAME = 4;
const KEYWORD = 3;
const FIELD = 1.5;
const TEXT = 0.6;

/** Words too common in procedure names to tell procedures apart on their own. */
const WEAK = new Set([
  'thu',
  'tuc',
  'cua',
  'cho',
  'va',
  'the',
  'lam',
  'cap',
  'xin',
  'o',
  'tai',
  've',
  'doi',
  'voi',
  'trong',
  'cac',
]);

interface Posting {
  /** Document ids, ascending. */
  docs: Int32Array;
  /** Best field weight of the term in each document. */
  weights: Float64Array;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** Whether a UTF-16 code unit is part of a word: ASCII letters and digits and the Latin letters
 * Vietnamese uses are decided by range (the catalogue's hot path), anything else by Unicode class. */
const isWordUnit = (c: number, ch: string) =>
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x1e00 && c <= 0x1eff) ||
  (c >= 0x300 && c <= 0x36f) ||
  (c > 0x24f && LETTER.test(ch));

/** Lower-case NFC words, split on anything that is not a letter or digit. A hand-written scanner:
 * the regex equivalent (/[\p{L}\p{N}]+/gu) took a third of the build time on a 10,000-record catalogue. */
const words = (text: string): string[] => {
  const t = text.normalize('NFC').toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    const inWord = i < t.length && (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWordUnit(c, t[i]!));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
    }
  }
  return out;
};
const folds = new Map<string, string>();
/** Folds one lower-case word; the catalogue has a few thousand distinct words, so this is cached. */
const fold = (word: string) => {
  let f = folds.get(word);
  if (f === undefined) {
    f = foldVietnamese(word);
    if (folds.size < 50000) folds.set(word, f);
  }
  return f;
};

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

// Three rows of the distance table, reused by every call: no allocation in the fuzzy scan's inner loop.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Damerau–Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
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
const allowedTypos = (n: number) => (n >= 7 ? 2 : n >= 3 ? 1 : 0);

/** Words of a document's text that are indexed: the title of each paper, not its long explanation. */
const TEXT_WORDS = 14;
/** Papers of a record that are indexed. */
const TEXT_DOCUMENTS = 6;

/** Builds the search index over a catalogue, in one go. */
export function createProcedureIndex(procs: readonly Procedure[], options: ProcedureIndexOptions = {}): ProcedureIndex {
  return startProcedureIndex(procs, options).finish();
}

/**
 * Builds the search index a slice at a time, so a page can index its catalogue between other work
 * instead of in one long task: call `step` with a budget until it returns true, or `finish` at any
 * point to index the rest at once (the citizen has started typing). The index is the same as
 * {@link createProcedureIndex}'s: records and vocabulary are taken in the same order either way.
 */
export function startProcedureIndex(
  procs: readonly Procedure[],
  options: ProcedureIndexOptions = {},
): ProcedureIndexBuilder {
  const fuzzy = options.fuzzy !== false;
  const names: string[] = [];
  const keywordLists: string[][] = [];
  const nameLength: number[] = [];

  // Each term's documents and weights go into typed arrays that double as they fill, not JS arrays:
  // a 10,000-record catalogue has about a million entries, and as JS arrays on the heap they were copied
  // by every young-generation collection they survived (half the build time was GC). A typed array's
  // storage lies outside the heap. `compact` then takes each list's filled part.
  /** Folded term → id, in order of first appearance. */
  const termIds = new Map<string, number>();
  /** Accented word → id (only words that carry diacritics). */
  const accentIds = new Map<string, number>();
  const termDocs: Int32Array[] = [];
  const termWeights: Float64Array[] = [];
  const termCount: number[] = [];
  const accentDocs: Int32Array[] = [];
  const accentCount: number[] = [];
  const grown = <T extends Int32Array | Float64Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(a.length * 2);
    b.set(a);
    return b;
  };

  /** A word's folded form and the ids of its term and (when it carries diacritics) accented form. */
  interface Ref {
    f: string;
    t: number;
    a: number;
  }
  const refs = new Map<string, Ref>();
  const ref = (w: string): Ref => {
    let r = refs.get(w);
    if (!r) {
      const f = fold(w);
      let t = termIds.get(f);
      if (t === undefined) {
        t = termIds.size;
        termIds.set(f, t);
        termDocs.push(new Int32Array(8));
        termWeights.push(new Float64Array(8));
        termCount.push(0);
      }
      let a = -1;
      if (f !== w) {
        a = accentIds.get(w) ?? -1;
        if (a < 0) {
          a = accentIds.size;
          accentIds.set(w, a);
          accentDocs.push(new Int32Array(8));
          accentCount.push(0);
        }
      }
      r = { f, t, a };
      refs.set(w, r);
    }
    return r;
  };
  const addRefs = (doc: number, list: Ref[], weight: number) => {
    for (const { t, a } of list) {
      let docs = termDocs[t]!;
      const n = termCount[t]!;
      if (n > 0 && docs[n - 1] === doc) {
        const weights = termWeights[t]!;
        if (weights[n - 1]! < weight) weights[n - 1] = weight;
      } else {
        let weights = termWeights[t]!;
        if (n === docs.length) {
          termDocs[t] = docs = grown(docs);
          termWeights[t] = weights = grown(weights);
        }
        docs[n] = doc;
        weights[n] = weight;
        termCount[t] = n + 1;
      }
      if (a >= 0) {
        let acc = accentDocs[a]!;
        const m = accentCount[a]!;
        if (m === 0 || acc[m - 1] !== doc) {
          if (m === acc.length) accentDocs[a] = acc = grown(acc);
          acc[m] = doc;
          accentCount[a] = m + 1;
        }
      }
    }
  };
  const postings = new Map<string, Posting>();
  /** Accented word → documents where it appears with exactly those diacritics. */
  const accented = new Map<string, Int32Array>();
  /** The filled part of each list. */
  const compact = () => {
    for (const [f, t] of termIds) {
      const n = termCount[t]!;
      postings.set(f, { docs: termDocs[t]!.subarray(0, n), weights: termWeights[t]!.subarray(0, n) });
    }
    for (const [w, a] of accentIds) accented.set(w, accentDocs[a]!.subarray(0, accentCount[a]!));
  };

  /** Indexes a short text; returns its words folded and joined, for whole-phrase matching. */
  const add = (doc: number, text: string | undefined, weight: number): string => {
    if (!text) return '';
    const list = words(text).map(ref);
    addRefs(doc, list, weight);
    const joined = list.map((r) => r.f).join(' ');
    nameLengthOfLast = list.length;
    return joined;
  };
  let nameLengthOfLast = 0;
  // Catalogues repeat the same papers and subjects in many records ("Giấy tờ tùy thân…"), so the
  // indexed start of each text is tokenised once per build.
  const textRefs = new Map<string, Ref[]>();
  const addText = (doc: number, text: string | undefined) => {
    if (!text) return;
    let list = textRefs.get(text);
    if (!list) {
      // Cut long texts before lower-casing them: only their first words are indexed.
      list = [
        ...new Set(
          words(text.slice(0, TEXT_WORDS * 9))
            .slice(0, TEXT_WORDS)
            .map(ref),
        ),
      ];
      textRefs.set(text, list);
    }
    addRefs(doc, list, TEXT);
  };

  const addRecord = (doc: number) => {
    const p = procs[doc]!;
    names.push(add(doc, p.name, NAME));
    nameLength.push(nameLengthOfLast);
    const kws: string[] = [];
    for (const k of p.keywords ?? []) kws.push(add(doc, k, KEYWORD));
    add(doc, p.field, FIELD);
    addText(doc, p.result);
    addText(doc, p.subjects);
    // The first papers are the main ones (the form, the ID); later ones are special cases and notes.
    const docs = p.documents ?? [];
    for (let i = 0; i < docs.length && i < TEXT_DOCUMENTS; i++) addText(doc, docs[i]!.name);
    keywordLists.push(kws);
  };

  // Then the vocabulary, sorted for prefix search and grouped by length and by sound for fuzzy matching.
  let vocab: string[] | undefined;
  const byLength = new Map<number, string[]>();
  const sounds = new Map<string, string[]>();
  const push = (map: Map<string | number, string[]>, key: string | number, t: string) => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  const addTerm = (t: string) => {
    push(byLength as Map<string | number, string[]>, t.length, t);
    push(sounds as Map<string | number, string[]>, soundKey(t), t);
  };

  let nextRecord = 0;
  let nextTerm = 0;
  let built: ProcedureIndex | undefined;
  const step = (more: () => boolean): boolean => {
    if (built) return true;
    while (nextRecord < procs.length) {
      addRecord(nextRecord++);
      if (!more()) return false;
    }
    if (!vocab) {
      compact();
      vocab = [...postings.keys()].sort();
    }
    while (nextTerm < vocab.length) {
      addTerm(vocab[nextTerm++]!);
      if ((nextTerm & 63) === 0 && !more()) return false;
    }
    return true;
  };
  const finish = (): ProcedureIndex => {
    step(() => true);
    built ??= query(vocab!);
    return built;
  };
  return { step, finish };

  /** The search functions over the finished postings and vocabulary. */
  function query(vocab: string[]): ProcedureIndex {
    const total = procs.length;
    const idf = (p: Posting) => Math.log(1 + total / p.docs.length);
    const hasDoc = (list: Int32Array | undefined, doc: number) => {
      if (!list) return false;
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = list[mid]!;
        if (v === doc) return true;
        if (v < doc) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    };

    /** Terms starting with `prefix` (at most 60), found by binary search in the sorted vocabulary. */
    const withPrefix = (prefix: string): string[] => {
      let lo = 0;
      let hi = vocab.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocab[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < vocab.length && out.length < 60 && vocab[i]!.startsWith(prefix); i++) out.push(vocab[i]!);
      return out;
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
        if (postings.has(w)) offer(w, penalty);
        // Prefix matching as the user types; on earlier words only for longer stems ("chung" → "chứng").
        if (w.length >= (isLast ? 1 : 3)) {
          for (const t of withPrefix(w)) if (t !== w) offer(t, penalty * (0.55 + 0.35 * (w.length / t.length)));
        }
        if (!fuzzy) return;
        for (const t of sounds.get(soundKey(w)) ?? []) if (t !== w) offer(t, penalty * 0.85);
        const typos = allowedTypos(w.length);
        if (typos && !postings.has(w)) {
          for (let len = w.length - typos; len <= w.length + typos; len++) {
            for (const t of byLength.get(len) ?? []) {
              if (t[0] !== w[0] && t[1] !== w[1]) continue;
              const d = editDistance(w, t, typos);
              if (d <= typos) offer(t, penalty * (d === 1 ? 0.7 : 0.5));
            }
          }
        }
      };
      tryWord(word, 1);
      const untyped = untypeTelex(word);
      if (untyped !== word && untyped) tryWord(untyped, 0.95);
      const list = [...found.entries()];
      if (expansions.size > 2000) expansions.clear();
      expansions.set(key, list);
      return list;
    };

    /** Splits words typed without spaces ("khaisinh" → "khai sinh") when both halves are known words. */
    const splitJoined = (word: string, isLast: boolean): string[] | undefined => {
      if (word.length < 4 || postings.has(word)) return undefined;
      for (let i = word.length - 2; i >= 2; i--) {
        const left = word.slice(0, i);
        const right = word.slice(i);
        if (postings.has(left) && (postings.has(right) || (isLast && withPrefix(right).length > 0))) {
          const rest = splitJoined(right, isLast);
          return [left, ...(rest ?? [right])];
        }
      }
      return undefined;
    };

    const matches = (p: Procedure, filters: Partial<ProcedureFilters> | undefined) =>
      !filters ||
      ((!filters.field || p.field === filters.field) &&
        (!filters.level || p.level.includes(filters.level)) &&
        (!filters.online || p.online === filters.online));

    /** The query's words, with run-together words split. */
    const tokenize = (query: string) => {
      const typed = words(query);
      const tokens: { folded: string; accented: string; last: boolean }[] = [];
      typed.forEach((w, i) => {
        const folded = fold(w);
        const last = i === typed.length - 1;
        const parts = splitJoined(folded, last);
        if (parts && !postings.has(untypeTelex(folded))) {
          parts.forEach((part, j) => {
            tokens.push({ folded: part, accented: part, last: last && j === parts.length - 1 });
          });
        } else tokens.push({ folded, accented: w, last });
      });
      return tokens;
    };

    // Scratch arrays reused by every query: per-document sums without allocating a map per query.
    const best = new Float64Array(total);
    const scores = new Float64Array(total);
    const covered = new Float64Array(total);
    // Also the documents a word and the whole query reached, so a query allocates next to nothing and
    // does not set off a garbage collection (the first queries on a new index paid for the build's).
    const seen = new Int32Array(total);
    const touched = new Int32Array(total);

    const search = (query: string, opts: SearchOptions = {}): SearchHit[] => {
      const limit = opts.limit ?? 10;
      const tokens = tokenize(query);
      if (tokens.length === 0) return [];
      let nTouched = 0;
      let weightTotal = 0;
      for (const tok of tokens) {
        const weak = WEAK.has(tok.folded) ? 0.35 : 1;
        weightTotal += weak;
        const hasMarks = tok.accented !== tok.folded;
        const own = postings.get(tok.folded);
        const candidates = expand(tok.folded, tok.last);
        // A rare completion ("tu" → "tuất") must not outweigh the word itself just for being rare, and an
        // unknown word's readings compete on how well they match, not on how rare they are.
        let ceiling = own ? idf(own) : Number.POSITIVE_INFINITY;
        if (!own) for (const [term] of candidates) ceiling = Math.min(ceiling, idf(postings.get(term)!));
        let nSeen = 0;
        for (const [term, quality] of candidates) {
          const p = postings.get(term)!;
          const base = Math.min(idf(p), ceiling) * quality;
          const exact = term === tok.folded;
          const accentDocs = hasMarks && exact ? accented.get(tok.accented) : undefined;
          const { docs, weights } = p;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!;
            let s = weights[i]! * base;
            // Typed with diacritics: the same diacritics in the record beat an accent-folded coincidence.
            if (hasMarks && exact) s *= hasDoc(accentDocs, doc) ? 1.25 : 0.7;
            const b = best[doc]!;
            if (b === 0) seen[nSeen++] = doc;
            if (b < s) best[doc] = s;
          }
        }
        for (let i = 0; i < nSeen; i++) {
          const doc = seen[i]!;
          if (covered[doc] === 0) touched[nTouched++] = doc;
          scores[doc] = scores[doc]! + best[doc]! * weak;
          covered[doc] = covered[doc]! + weak;
          best[doc] = 0;
        }
      }

      const phrase = tokens.map((t) => t.folded).join(' ');
      const hits: SearchHit[] = [];
      let floor = 0;
      for (let i = 0; i < nTouched; i++) {
        const doc = touched[i]!;
        const coverage = covered[doc]! / weightTotal;
        let score = scores[doc]! * coverage * coverage;
        scores[doc] = 0;
        covered[doc] = 0;
        // Every other bonus below is at most 2.2 × 1.5, so a hit that low cannot make the list.
        if (hits.length >= limit && score * 3.3 <= floor) continue;
        const p = procs[doc]!;
        if (!matches(p, opts.filters)) continue;
        // The whole query as the name or as one of the words people use for it says most.
        const name = names[doc]!;
        const kws = keywordLists[doc]!;
        if (kws.includes(phrase)) score *= 2.2;
        else if (name === phrase) score *= 2;
        else if (name.startsWith(phrase)) score *= 1.7;
        else if (name.includes(phrase)) score *= 1.5;
        else if (kws.some((k) => k.includes(phrase))) score *= 1.4;
        // Among equal matches prefer the plain procedure over its long special cases.
        score *= 1 + 1 / (1 + nameLength[doc]!);
        if (hits.length >= limit && score <= floor) continue;
        hits.push({ procedure: p, score });
        hits.sort((a, b) => b.score - a.score);
        if (hits.length > limit) hits.pop();
        if (hits.length >= limit) floor = hits[hits.length - 1]!.score;
      }
      return hits;
    };

    /** The folded vocabulary terms a query matched, for highlighting. */
    const matchedTerms = (query: string): Set<string> => {
      const out = new Set<string>();
      for (const tok of tokenize(query)) for (const [t] of expand(tok.folded, tok.last)) out.add(t);
      return out;
    };

    return { search, matchedTerms, size: total };
  }
}
