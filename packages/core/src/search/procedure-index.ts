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
  SearchIntents,
  SearchOptions,
} from './types.js';

/** Field weights: a match in the name counts most, then keywords, then lĩnh vực, then the rest. Postings
 * store a field's index in this list, so a document's best field is the highest index. */
const WEIGHTS = [0.6, 1.5, 3, 4];
const TEXT = 0;
const FIELD = 1;
const KEYWORD = 2;
const NAME = 3;

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

const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Lower-case NFC words, split on anything that is not a letter or digit. A hand-written scanner: the
 * regex equivalent (/[\p{L}\p{N}]+/gu) took a third of the build time on a 10,000-record catalogue.
 * ASCII letters and digits and the Latin letters Vietnamese uses are decided by range (the hot path),
 * anything else by Unicode class (taking the character as a string only then: a two-byte character is a
 * new string each time). Into `out` when given: the build reuses one array for every text. */
const words = (text: string, out: string[] = []): string[] => {
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

  // Every posting goes into one typed-array log in document order (`logEnd`: where each document's
  // entries end), as its list id × 4 + field; a record's fields are indexed best first, so a word's first
  // posting in a document is its best and a repeat is dropped. `compact` then sorts the log by list into
  // one array of documents and one of fields, each list a range of them. Typed arrays keep a 10,000-record
  // catalogue's million entries off the JS heap (as JS arrays they were copied by every young-generation
  // collection), and one log replaced a pair of arrays per term that grew by doubling (allocating their
  // tens of thousands of buffers took a third of the build). The shipped catalogue has about 110 postings
  // a record, so the log rarely grows.
  /** Folded term → list id. */
  const termIds = new Map<string, number>();
  /** Accented word (only words that carry diacritics) → list id: where it appears with those diacritics. */
  const accentIds = new Map<string, number>();
  /** Per list id: the last document it was logged for. */
  const lastDoc: number[] = [];
  let log = new Int32Array(256 + procs.length * 128);
  let logged = 0;
  const logEnd = new Int32Array(procs.length);
  const listId = (ids: Map<string, number>, key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = lastDoc.push(-1) - 1;
      ids.set(key, id);
    }
    return id;
  };
  const post = (id: number, doc: number, field: number) => {
    if (lastDoc[id] === doc) return;
    lastDoc[id] = doc;
    if (logged === log.length) {
      const more = new Int32Array(logged * 2);
      more.set(log);
      log = more;
    }
    log[logged++] = id * 4 + field;
  };

  /** A word's folded form and the list ids of its term and (when it carries diacritics) accented form. */
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
      r = { f, t: listId(termIds, f), a: f === w ? -1 : listId(accentIds, w) };
      refs.set(w, r);
    }
    return r;
  };
  const addRef = (doc: number, r: Ref, field: number) => {
    post(r.t, doc, field);
    if (r.a >= 0) post(r.a, doc, field);
  };
  /** List id → its range of `listDocs` and `listFields`: from `listStart[id]` to `listStart[id + 1]`. */
  let listStart = new Int32Array(0);
  let listDocs = new Int32Array(0);
  let listFields = new Uint8Array(0);
  /** The log sorted by list (a counting sort: stable, so each list's documents stay ascending). */
  const compact = () => {
    const n = lastDoc.length;
    listStart = new Int32Array(n + 1);
    for (let i = 0; i < logged; i++) listStart[(log[i]! >> 2) + 1]!++;
    for (let i = 0; i < n; i++) listStart[i + 1]! += listStart[i]!;
    const fill = listStart.slice(0, n);
    listDocs = new Int32Array(logged);
    listFields = new Uint8Array(logged);
    for (let doc = 0, i = 0; doc < procs.length; doc++) {
      for (const end = logEnd[doc]!; i < end; i++) {
        const id = log[i]! >> 2;
        const at = fill[id]!;
        fill[id] = at + 1;
        listDocs[at] = doc;
        listFields[at] = log[i]! & 3;
      }
    }
    log = new Int32Array(0);
    refs.clear();
    textRefs.clear();
  };

  /** Indexes a short text; returns its words folded and joined, for whole-phrase matching. */
  const add = (doc: number, text: string | undefined, field: number): string => {
    if (!text) return '';
    // The same array for every text: its words, each replaced by its folded form once indexed.
    const list = words(text, scratch);
    for (let i = 0; i < list.length; i++) {
      const r = ref(list[i]!);
      addRef(doc, r, field);
      list[i] = r.f;
    }
    nameLengthOfLast = list.length;
    return list.join(' ');
  };
  let nameLengthOfLast = 0;
  const scratch: string[] = [];
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
    for (let i = 0; i < list.length; i++) addRef(doc, list[i]!, TEXT);
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
    logEnd[doc] = logged;
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
      vocab = [...termIds.keys()].sort();
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
    const idf = (t: number) => Math.log(1 + total / (listStart[t + 1]! - listStart[t]!));

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

    const intentScore = WEIGHTS[NAME]! * Math.log(1 + total);

    const matches = (p: Procedure, filters: Partial<ProcedureFilters> | undefined) =>
      !filters ||
      ((!filters.field || p.field === filters.field) &&
        (!filters.level || p.level.includes(filters.level)) &&
        (!filters.online || p.online === filters.online));

    /** The query's words, with run-together words split. */
    const tokenize = (query: string) => {
      const typed = words(query);
      const tokens: Token[] = [];
      for (let i = 0; i < typed.length; i++) {
        const w = typed[i]!;
        const folded = fold(w);
        const last = i === typed.length - 1;
        const parts = splitJoined(folded, last);
        if (parts && !termIds.has(untypeTelex(folded))) {
          for (let j = 0; j < parts.length; j++)
            tokens.push({ folded: parts[j]!, accented: parts[j]!, last: last && j === parts.length - 1, weight: 1 });
        } else tokens.push({ folded, accented: w, last, weight: 1 });
      }
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

    // The two loops over documents are small functions of their own, so that the JIT compiles them
    // within the first queries: until it does, every number they compute is a heap allocation.
    /**
     * A candidate term's documents scored into `best` (each document's best reading of the typed word);
     * `accent` is -2 when the word was typed without diacritics or this is not its own term, else the list
     * of documents with exactly the typed diacritics (-1: none).
     */
    const gather = (t: number, base: number, accent: number, nSeen: number) => {
      let k = accent >= 0 ? listStart[accent]! : 0;
      const kEnd = accent >= 0 ? listStart[accent + 1]! : 0;
      for (let i = listStart[t]!, end = listStart[t + 1]!; i < end; i++) {
        const doc = listDocs[i]!;
        let s = WEIGHTS[listFields[i]!]! * base;
        // Typed with diacritics: the same diacritics in the record beat an accent-folded coincidence.
        if (accent > -2) {
          while (k < kEnd && listDocs[k]! < doc) k++;
          s *= k < kEnd && listDocs[k] === doc ? 1.25 : 0.7;
        }
        const b = best[doc]!;
        if (b === 0) seen[nSeen++] = doc;
        if (b < s) best[doc] = s;
      }
      return nSeen;
    };
    /** Adds the word's best reading in each document it reached to that document's score. */
    const settle = (nSeen: number, weak: number, nTouched: number) => {
      for (let i = 0; i < nSeen; i++) {
        const doc = seen[i]!;
        if (covered[doc] === 0) touched[nTouched++] = doc;
        scores[doc] = scores[doc]! + best[doc]! * weak;
        covered[doc] = covered[doc]! + weak;
        best[doc] = 0;
      }
      return nTouched;
    };

    /**
     * A document's final score, its sums cleared for the next query; -1 when filtered out or when it
     * cannot beat `floor`, the last score of a full list.
     */
    const rank = (
      doc: number,
      weightTotal: number,
      phrase: string,
      filters: Partial<ProcedureFilters> | undefined,
      floor: number,
    ) => {
      const coverage = covered[doc]! / weightTotal;
      let score = scores[doc]! * coverage * coverage;
      scores[doc] = 0;
      covered[doc] = 0;
      // Every other bonus below is at most 2.2 × 1.5, so a hit that low cannot make the list.
      if (score * 3.3 <= floor || !matches(procs[doc]!, filters)) return -1;
      // The whole query as the name or as one of the words people use for it says most.
      const name = names[doc]!;
      const kws = keywordLists[doc]!;
      if (kws.includes(phrase)) score *= 2.2;
      else if (name === phrase) score *= 2;
      else if (name.startsWith(phrase)) score *= 1.7;
      else if (name.includes(phrase)) score *= 1.5;
      else
        for (let j = 0; j < kws.length; j++)
          if (kws[j]!.includes(phrase)) {
            score *= 1.4;
            break;
          }
      // Among equal matches prefer the plain procedure over its long special cases.
      score *= 1 + 1 / (1 + nameLength[doc]!);
      return score <= floor ? -1 : score;
    };

    const meaning = compileIntents(options.intents, procs, (t) => termIds.has(t));

    const search = (query: string, opts: SearchOptions = {}): SearchHit[] => {
      const limit = opts.limit ?? 10;
      const understood = understand(tokenize(query), meaning);
      const tokens = understood.tokens;
      if (tokens.length === 0 && understood.intents.length === 0) return [];
      let nTouched = 0;
      let weightTotal = 0;
      const phrase = understood.phrase;
      for (let k = 0; k < tokens.length; k++) {
        const tok = tokens[k]!;
        const weak = (WEAK.has(tok.folded) ? 0.35 : 1) * tok.weight;
        weightTotal += weak;
        const own = termIds.get(tok.folded);
        const accent = tok.accented !== tok.folded ? (accentIds.get(tok.accented) ?? -1) : -2;
        const candidates = expand(tok.folded, tok.last);
        // A rare completion ("tu" → "tuất") must not outweigh the word itself just for being rare, and an
        // unknown word's readings compete on how well they match, not on how rare they are.
        let ceiling = own !== undefined ? idf(own) : 1 / 0; // else +∞, lowered below
        if (own === undefined)
          for (let i = 0; i < candidates.length; i++) ceiling = Math.min(ceiling, idf(termIds.get(candidates[i]![0])!));
        let nSeen = 0;
        for (let i = 0; i < candidates.length; i++) {
          const c = candidates[i]!;
          const t = termIds.get(c[0])!;
          nSeen = gather(t, Math.min(idf(t), ceiling) * c[1], t === own ? accent : -2, nSeen);
        }
        nTouched = settle(nSeen, weak, nTouched);
      }
      // A matched intent is one more word of the query, found in the procedures it means and no others,
      // as strong as a word only their names hold.
      for (let k = 0; k < understood.intents.length; k++) {
        const { docs, weight } = understood.intents[k]!;
        weightTotal += weight;
        let nSeen = 0;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          if (best[doc] === 0) seen[nSeen++] = doc;
          best[doc] = intentScore * (1 - 0.05 * i);
        }
        nTouched = settle(nSeen, weight, nTouched);
      }

      const hits: SearchHit[] = [];
      let floor = -1; // scores are positive: no floor until the list is full
      for (let i = 0; i < nTouched; i++) {
        const doc = touched[i]!;
        const score = rank(doc, weightTotal, phrase, opts.filters, floor);
        if (score < 0) continue;
        // Into its place in the list, best first (after any equal score: the order a stable sort gives).
        const hit = { procedure: procs[doc]!, score };
        let j = hits.push(hit) - 1;
        for (; j > 0 && hits[j - 1]!.score < score; j--) hits[j] = hits[j - 1]!;
        hits[j] = hit;
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

/** A query word: folded, as typed, whether it is the last (being typed), and its share of the query. */
interface Token {
  folded: string;
  accented: string;
  last: boolean;
  weight: number;
}

/** A slot's values (each a list of folded words), by their first word. */
type Slot = Map<string, string[][]>;
/** A phrase of an intent, word by word: a folded word, or a slot. */
type Pattern = (string | Slot)[];

interface CompiledIntent {
  /** Its place in the data: of two matches as long, the first listed wins. */
  order: number;
  /** The documents meant, best first. */
  docs: number[];
  /**
   * How many words of the query a match counts for: a purpose is context, and an informal name is also
   * searched as its official words, so each is one word's worth.
   */
  weight: number | 'span';
  /** An informal name's official words, folded, searched in its place. */
  means?: string[];
}

/**
 * A filler's words, and for one word that folds like a word of the catalogue ("cần" and "căn") the word
 * with its diacritics, which then must be typed exactly so.
 */
interface Filler {
  pattern: Pattern;
  exact?: string;
}

/** Patterns by the folded word they can start with, so a query tries only those its words can begin. */
type ByFirstWord<T> = Map<string, { pattern: Pattern; of: T }[]>;

interface CompiledIntents {
  fillers: ByFirstWord<Filler>;
  intents: ByFirstWord<CompiledIntent>;
}

const foldWords = (text: string) => words(text).map(fold);

function addByFirstWord<T>(map: ByFirstWord<T>, pattern: Pattern, of: T) {
  const head = pattern[0];
  if (head === undefined) return;
  for (const first of typeof head === 'string' ? [head] : head.keys()) {
    const list = map.get(first);
    if (list) list.push({ pattern, of });
    else map.set(first, [{ pattern, of }]);
  }
}

/** The intents data turned into folded word patterns and document numbers (codes not in this catalogue dropped). */
function compileIntents(
  data: SearchIntents | undefined,
  procs: readonly Procedure[],
  isTerm: (folded: string) => boolean,
): CompiledIntents {
  const compiled: CompiledIntents = { fillers: new Map(), intents: new Map() };
  if (!data) return compiled;
  const slots = new Map<string, Slot>();
  for (const [name, slot] of Object.entries(data.slots ?? {})) {
    const values: Slot = new Map();
    for (const value of slot.words.map(foldWords)) {
      const list = values.get(value[0]!);
      if (list) list.push(value);
      else values.set(value[0]!, [value]);
    }
    slots.set(fold(name), values);
  }
  const docOf = new Map<string, number>();
  for (let i = 0; i < procs.length; i++) docOf.set(procs[i]!.code, i);
  const pattern = (phrase: string): Pattern =>
    phrase.split(/(\{[^}]+\})/).flatMap((part): Pattern => {
      const slot = /^\{(.+)\}$/.exec(part);
      if (!slot) return foldWords(part);
      const values = slots.get(fold(slot[1]!));
      if (!values) throw new Error(`intent phrase "${phrase}" names an unknown slot`);
      return [values];
    });
  data.intents.forEach((intent, order) => {
    const docs = intent.codes.map((c) => docOf.get(c)).filter((d) => d !== undefined);
    if (!docs.length && !intent.means) return;
    const of: CompiledIntent = {
      order,
      docs,
      weight: intent.kind === 'purpose' || intent.means ? 1 : 'span',
      ...(intent.means ? { means: foldWords(intent.means) } : {}),
    };
    for (const phrase of intent.phrases) addByFirstWord(compiled.intents, pattern(phrase), of);
  });
  for (const phrase of data.fillers?.words ?? []) {
    const typed = words(phrase);
    const p = pattern(phrase);
    const exact = typed.length === 1 && p.length === 1 && p[0] !== typed[0] && isTerm(p[0] as string);
    addByFirstWord(compiled.fillers, p, exact ? { pattern: p, exact: typed[0]! } : { pattern: p });
  }
  return compiled;
}

/** Where a pattern that starts at `at` ends in `words`, or -1 when it does not match there. */
function matchAt(words: readonly string[], at: number, pattern: Pattern, from = 0): number {
  let i = at;
  for (let k = from; k < pattern.length; k++) {
    const part = pattern[k]!;
    if (typeof part === 'string') {
      if (words[i] !== part) return -1;
      i++;
      continue;
    }
    // A slot: any of its values that start with this word, each possibly several words, with the rest of
    // the pattern after it.
    const values = part.get(words[i]!);
    for (let v = 0; values && v < values.length; v++) {
      const value = values[v]!;
      let j = 1;
      while (j < value.length && words[i + j] === value[j]) j++;
      if (j < value.length) continue;
      const end = matchAt(words, i + value.length, pattern, k + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  return i;
}

/** The query's words without its fillers, unless fillers are all it says (`alone`: nothing else was read in it). */
function withoutFillers(tokens: Token[], fillers: ByFirstWord<Filler>, alone = true): Token[] {
  if (!fillers.size || (alone && tokens.length < 2)) return tokens;
  const folded = tokens.map((t) => t.folded);
  let filler: boolean[] | undefined;
  for (let at = 0; at < folded.length; at++) {
    for (const { of } of fillers.get(folded[at]!) ?? []) {
      const end = of.exact ? (tokens[at]!.accented === of.exact ? at + 1 : -1) : matchAt(folded, at, of.pattern);
      // A short last word may be the start of a word still being typed ("gi" of "giấy"), not "gì".
      const typing = end === tokens.length && end - at === 1 && tokens[at]!.last && folded[at]!.length < 3;
      if (end > at && !typing) {
        filler ??= new Array<boolean>(tokens.length).fill(false);
        for (let j = at; j < end; j++) filler[j] = true;
      }
    }
  }
  if (!filler) return tokens;
  return filler.includes(false) || !alone ? tokens.filter((_, i) => !filler[i]) : tokens;
}

/**
 * What a query says, read against the intents data. Each intent found takes its words out of the word
 * search and stands for them as one matched intent ("bố tôi mất" is khai tử, not "trình báo mất"); an
 * informal name is replaced by the official words it stands for, which share the weight of the words
 * they replace ("sổ đỏ" → "giấy chứng nhận quyền sử dụng đất"). The longest match goes first, and an
 * intent counts once. Intents are looked for in the words as typed (so "căn cước cho bé" is read before
 * "cho bé" is dropped), then again once fillers are left out ("cần làm gì", "cho mẹ", "tôi"). The phrase
 * (the words without fillers, joined) is for whole-phrase bonuses.
 */
function understand(
  typed: Token[],
  meaning: CompiledIntents,
): { tokens: Token[]; intents: { docs: number[]; weight: number }[]; phrase: string } {
  const plain = withoutFillers(typed, meaning.fillers);
  const phrase = plain.map((t) => t.folded).join(' ');
  const intents: { docs: number[]; weight: number }[] = [];
  if (!meaning.intents.size) return { tokens: plain, intents, phrase };
  const used = new Set<CompiledIntent>();
  const read = (tokens: Token[]): Token[] => {
    const folded = tokens.map((t) => t.folded);
    const found: { of: CompiledIntent; start: number; end: number }[] = [];
    for (let at = 0; at < folded.length; at++)
      for (const { pattern, of } of meaning.intents.get(folded[at]!) ?? []) {
        if (used.has(of)) continue;
        const end = matchAt(folded, at, pattern);
        if (end > at) found.push({ of, start: at, end });
      }
    if (!found.length) return tokens;
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.of.order - b.of.order || a.start - b.start);
    const taken: typeof found = [];
    for (const f of found)
      if (!used.has(f.of) && taken.every((t) => f.end <= t.start || f.start >= t.end)) {
        used.add(f.of);
        taken.push(f);
      }
    taken.sort((a, b) => a.start - b.start);
    const out: Token[] = [];
    let i = 0;
    for (const { of, start, end } of taken) {
      for (; i < start; i++) out.push(tokens[i]!);
      i = end;
      if (of.means) {
        const weight = (end - start) / of.means.length;
        for (const w of of.means) out.push({ folded: w, accented: w, last: false, weight });
      }
      intents.push({ docs: of.docs, weight: of.weight === 'span' ? end - start : of.weight });
    }
    for (; i < tokens.length; i++) out.push(tokens[i]!);
    return out;
  };
  const first = read(typed);
  const tokens = read(withoutFillers(first, meaning.fillers, intents.length === 0 && first.length === typed.length));
  return { tokens, intents, phrase };
}
