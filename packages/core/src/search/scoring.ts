/**
 * How a query scores the procedures of a built index: each word's best reading per document, weighted by
 * field and rarity, the intents it matched, the share of the query a document covers and whole-phrase
 * bonuses; the best hits in order. Scores are summed in scratch typed arrays per index, so a query
 * allocates next to nothing (see README.md, "Queries").
 */
import type {
  Procedure,
  ProcedureFilters,
  ProcedureIndex,
  ProcedureIndexOptions,
  SearchHit,
  SearchOptions,
  Understanding,
} from './types.js';
import type { CompiledIntents } from './understand.js';
import { readWords, type Token, type Vocabulary } from './vocabulary.js';

/** Field weights: a match in the name counts most, then keywords, then lĩnh vực, then the rest. Postings
 * store a field's index in this list (or, past it, a step of "asked as": `LEARNED`). */
export const WEIGHTS = [0.6, 1.5, 3, 4];
export const TEXT = 0;
export const FIELD = 1;
export const KEYWORD = 2;
export const NAME = 3;
/**
 * "Asked as" (`learned.ts`): the words citizens used for a procedure, a field below the name and the
 * keywords. A posting stores its word's weight in one of `LEARNED_LEVELS` steps, as field index
 * `LEARNED + step` (step 0 the lightest), so the field's postings cost a byte like the others'.
 */
export const LEARNED = 4;
export const LEARNED_LEVELS = 8;
/** The field's weight at a word's full weight, chosen on the held-out figures (README.md, "Asked as"). */
export const LEARNED_WEIGHT = 1.5;
/** A learned word's weight in (0, 1] as its field index. */
export const learnedField = (weight: number) =>
  LEARNED + Math.min(LEARNED_LEVELS - 1, Math.max(0, Math.ceil(weight * LEARNED_LEVELS) - 1));

/**
 * A referral (a procedure the ward does not receive, `Procedure.referral`) scores this share of what it
 * would: it comes after the ward's own procedures unless it matches clearly better (by more than 1 / 0.6).
 * The one place search treats referrals apart (README.md, "Referrals").
 */
export const REFERRAL_WEIGHT = 0.6;

/** An ending or undoing record's weight when the query does not say so (`Understanding.undoing`). */
export const UNDOING_WEIGHT = 0.7;

/** Names longer than this many words count each word a little less (see `nameNorm`). */
const LONG_NAME = 20;

/** Words too common in procedure names to tell procedures apart on their own. */
export const WEAK = new Set([
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

/** A finished index: its postings (one range of `listDocs` and `listFields` per list id) and vocabulary. */
export interface Postings extends Vocabulary {
  procs: readonly Procedure[];
  options: ProcedureIndexOptions;
  /** Accented word → list id of the documents that have it with exactly those diacritics. */
  accentIds: Map<string, number>;
  listStart: Int32Array;
  listDocs: Int32Array;
  listFields: Uint8Array;
  /** Per document: its name's words folded and joined, its keywords so, and its name's length in words. */
  names: string[];
  keywordLists: string[][];
  nameLength: number[];
}

/** Whether two query words read alike: the same word, with the same diacritics, both last or neither. */
const alike = (a: Token, b: Token) => a.folded === b.folded && a.accented === b.accented && a.last === b.last;

/** The search functions over the finished postings and vocabulary. */
export function createSearch(postings: Postings): ProcedureIndex {
  const { procs, options, termIds, accentIds, listStart, listDocs, listFields, names, keywordLists, nameLength } =
    postings;
  const total = procs.length;
  const idf = (t: number) => Math.log(1 + total / (listStart[t + 1]! - listStart[t]!));

  const { expand, tokenize, mayBeTyping } = readWords(postings);

  const intentScore = WEIGHTS[NAME]! * Math.log(1 + total);
  // A word of a very long name (a hundred words listing who qualifies) says less about that procedure
  // than a word of a short one: name matches past LONG_NAME words are scaled down by √(LONG_NAME / length).
  const nameNorm = Float64Array.from(nameLength, (n) => (n > LONG_NAME ? Math.sqrt(LONG_NAME / n) : 1));
  const standing = Float64Array.from(procs, (p) => (p.referral ? REFERRAL_WEIGHT : 1));
  // A name posting's weight per document (a long name's scaled down) and the other fields' in a typed
  // array, worked out once here rather than on every query that walks them: the walk over a common
  // word's postings is most of a query's time.
  const nameWeight = Float64Array.from(nameNorm, (n) => WEIGHTS[NAME]! * n);
  const learnedWeight = options.learnedWeight ?? LEARNED_WEIGHT;
  const fieldWeight = Float64Array.from({ length: LEARNED + LEARNED_LEVELS }, (_, f) =>
    f < LEARNED ? WEIGHTS[f]! : (learnedWeight * (f - LEARNED + 1)) / LEARNED_LEVELS,
  );

  const matches = (p: Procedure, filters: Partial<ProcedureFilters> | undefined) =>
    !filters ||
    ((!filters.field || p.field === filters.field) &&
      (!filters.level || p.level.includes(filters.level)) &&
      (!filters.online || p.online === filters.online));

  // Scratch arrays reused by every query: per-document sums without allocating a map per query.
  const best = new Float64Array(total);
  const scores = new Float64Array(total);
  const covered = new Float64Array(total);
  // Also the documents a word and the whole query reached, so a query allocates next to nothing and
  // does not set off a garbage collection (the first queries on a new index paid for the build's).
  const seen = new Int32Array(total);
  const touched = new Int32Array(total);
  /** The documents an intent of the query means (cleared after each query). */
  const meant = new Uint8Array(total);

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
      const field = listFields[i]!;
      let s = (field === NAME ? nameWeight[doc]! : fieldWeight[field]!) * base;
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
   * A document's score with the whole-phrase and short-name bonuses, from its summed score × the square
   * of its coverage (`score`, which the caller already found can beat `floor` with the bonuses); -1 when
   * filtered out or when it still cannot beat `floor`, the last score of a full list.
   */
  const rank = (
    doc: number,
    score: number,
    phrase: string,
    filters: Partial<ProcedureFilters> | undefined,
    floor: number,
  ) => {
    if (!matches(procs[doc]!, filters)) return -1;
    // A bare noun asks for the matter itself, not for its ending or undoing (hộ kinh doanh is thành lập).
    if (undoing?.[doc] && !meant[doc] && !` ${phrase} `.includes(` ${undoing[doc]} `)) score *= UNDOING_WEIGHT;
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

  // The intents and the code that reads them come together, on demand where the bundle wants them.
  const reader = options.intents as Understanding<CompiledIntents, Token> | undefined;
  const meaning = reader?.compile(procs, (t) => termIds.has(t));
  /** Per document whose name ends or undoes a matter, the word that says so ("dut" of "chấm dứt"), or "". */
  const undoing = reader?.undoing(names);
  /** A short or chat spelling is read as the words it stands for, never split ("sanh" is not "sa nh"). */
  const isSpelling = (w: string) => meaning?.spellings.has(w) ?? false;
  /**
   * What a query says: read against the intents when there are some (its purpose and reason clauses
   * marked, clauses.ts), else its words as typed.
   */
  const understand = (query: string) => {
    if (!reader || !meaning) {
      const typed = tokenize(query, isSpelling);
      return { tokens: typed, intents: [], phrase: typed.map((t) => t.folded).join(' ') };
    }
    return reader.understand(
      reader.clauses(query, (text) => tokenize(text, isSpelling)),
      meaning,
      mayBeTyping,
    );
  };

  const search = (query: string, opts: SearchOptions = {}): SearchHit[] => {
    const limit = opts.limit ?? 10;
    const understood = understand(query);
    const tokens = understood.tokens;
    if (tokens.length === 0 && understood.intents.length === 0) return [];
    let nTouched = 0;
    let weightTotal = 0;
    const phrase = reader
      ? reader.readPhrase(
          understood.phrase,
          (w) => termIds.has(w),
          mayBeTyping,
          (w) => expand(w, false),
        )
      : understood.phrase;
    const clause = reader ? reader.clauseShare(tokens, understood.intents, (t) => !WEAK.has(t.folded)) : 1;
    const share = (t: { weight: number; clause?: boolean }) => (t.clause ? t.weight * clause : t.weight);
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k]!;
      // A word read twice (typed, and among an informal name's official words) is scored once with the
      // weights of both: the same documents, the same readings, half the postings walked.
      let seenBefore = false;
      for (let j = 0; j < k && !seenBefore; j++) seenBefore = alike(tokens[j]!, tok);
      if (seenBefore) continue;
      let weight = share(tok);
      for (let j = k + 1; j < tokens.length; j++) if (alike(tokens[j]!, tok)) weight += share(tokens[j]!);
      const weak = (WEAK.has(tok.folded) ? 0.35 : 1) * weight;
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
      const { docs } = understood.intents[k]!;
      const weight = share(understood.intents[k]!);
      weightTotal += weight;
      let nSeen = 0;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (best[doc] === 0) seen[nSeen++] = doc;
        best[doc] = intentScore * (1 - 0.05 * i);
        meant[doc] = 1;
      }
      nTouched = settle(nSeen, weight, nTouched);
    }

    const hits: SearchHit[] = [];
    let floor = -1; // scores are positive: no floor until the list is full
    for (let i = 0; i < nTouched; i++) {
      const doc = touched[i]!;
      // The sums cleared for the next query as they are read; every bonus in `rank` is at most 2.2 × 1.5,
      // so a hit that cannot beat the list's last score by that much is left out here, in this loop.
      const coverage = covered[doc]! / weightTotal;
      const summed = scores[doc]! * coverage * coverage * standing[doc]!;
      scores[doc] = 0;
      covered[doc] = 0;
      if (summed * 3.3 <= floor) continue;
      const score = rank(doc, summed, phrase, opts.filters, floor);
      if (score < 0) continue;
      // Into its place in the list, best first (after any equal score: the order a stable sort gives).
      const hit = { procedure: procs[doc]!, score };
      let j = hits.push(hit) - 1;
      for (; j > 0 && hits[j - 1]!.score < score; j--) hits[j] = hits[j - 1]!;
      hits[j] = hit;
      if (hits.length > limit) hits.pop();
      if (hits.length >= limit) floor = hits[hits.length - 1]!.score;
    }
    // The intents' documents unmarked for the next query.
    for (let k = 0; k < understood.intents.length; k++) {
      const { docs } = understood.intents[k]!;
      for (let i = 0; i < docs.length; i++) meant[docs[i]!] = 0;
    }
    return hits;
  };

  /** The folded vocabulary terms a query matched, for highlighting. */
  const matchedTerms = (query: string): Set<string> => {
    const out = new Set<string>();
    for (const tok of tokenize(query, isSpelling)) for (const [t] of expand(tok.folded, tok.last)) out.add(t);
    return out;
  };

  return { search, matchedTerms, size: total };
}
