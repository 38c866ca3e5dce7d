/**
 * The procedure search engine's index build: a catalogue's names, keywords, lĩnh vực and the first words
 * of its papers into compact postings and a sorted vocabulary, in one go or a slice at a time. The engine
 * finds the right procedure however a citizen types it (with or without diacritics, typos, run-together
 * words, Telex/VNI keystrokes, abbreviations, colloquial names, what they mean): the words are read in
 * `words.ts`, `spelling.ts` and `vocabulary.ts`, the intents in `understand.ts`, and scored in
 * `scoring.ts`. Pure TypeScript with no DOM, so the same code runs in the widget, in Node and in the
 * benchmark, and no WebAssembly (ward sites' CSP forbids it).
 */
import { createSearch, FIELD, KEYWORD, LEARNED_WEIGHT, learnedField, NAME, TEXT } from './scoring.js';
import { soundKey } from './spelling.js';
import type { Procedure, ProcedureIndex, ProcedureIndexBuilder, ProcedureIndexOptions } from './types.js';
import { fold, words } from './words.js';

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
  // entries end), as its list id × 16 + field; a record's fields are indexed best first, so a word's first
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
    log[logged++] = id * 16 + field;
  };

  /** A word's folded form and the list ids of its term and (when it carries diacritics) accented form. */
  interface Ref {
    f: string;
    t: number;
    a: number;
    /** A short form the catalogue writes (BHXH): the words it stands for, indexed with it. */
    x: Ref[] | undefined;
  }
  const writtenOut = options.intents?.catalogueSpellings() ?? new Map<string, string[]>();
  const refs = new Map<string, Ref>();
  const ref = (w: string): Ref => {
    let r = refs.get(w);
    if (!r) {
      const f = fold(w);
      const full = writtenOut.get(f);
      r = { f, t: listId(termIds, f), a: f === w ? -1 : listId(accentIds, w), x: full?.map(ref) };
      refs.set(w, r);
    }
    return r;
  };
  const addRef = (doc: number, r: Ref, field: number) => {
    post(r.t, doc, field);
    if (r.a >= 0) post(r.a, doc, field);
    if (r.x) for (let i = 0; i < r.x.length; i++) addRef(doc, r.x[i]!, field);
  };
  /** List id → its range of `listDocs` and `listFields`: from `listStart[id]` to `listStart[id + 1]`. */
  let listStart = new Int32Array(0);
  let listDocs = new Int32Array(0);
  let listFields = new Uint8Array(0);
  /** The log sorted by list (a counting sort: stable, so each list's documents stay ascending). */
  const compact = () => {
    const n = lastDoc.length;
    listStart = new Int32Array(n + 1);
    for (let i = 0; i < logged; i++) listStart[(log[i]! >> 4) + 1]!++;
    for (let i = 0; i < n; i++) listStart[i + 1]! += listStart[i]!;
    const fill = listStart.slice(0, n);
    listDocs = new Int32Array(logged);
    listFields = new Uint8Array(logged);
    for (let doc = 0, i = 0; doc < procs.length; doc++) {
      for (const end = logEnd[doc]!; i < end; i++) {
        const id = log[i]! >> 4;
        const at = fill[id]!;
        fill[id] = at + 1;
        listDocs[at] = doc;
        listFields[at] = log[i]! & 15;
      }
    }
    log = new Int32Array(0);
    refs.clear();
    textRefs.clear();
    learntRefs.clear();
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

  // "Asked as" (learned.ts): words citizens used for the record, after its own name, keywords and lĩnh
  // vực (a word the record holds there keeps that posting), before its papers' text, which counts less.
  // The learnt words are read once per distinct list (a large catalogue's copies of a record share one);
  // the ward's own attached queries (`askedAs`) go in at the field's full weight, each whole query also
  // scoring like a keyword when typed as it is (`kws`: the whole-phrase bonus).
  const learning = (options.learnedWeight ?? LEARNED_WEIGHT) > 0;
  const learntRefs = new Map<Record<string, number>, { r: Ref; field: number }[]>();
  const addLearned = (doc: number, p: Procedure, kws: string[]) => {
    const learnt = options.learned?.[p.code];
    if (learnt) {
      let list = learntRefs.get(learnt);
      if (!list) {
        list = Object.entries(learnt).map(([w, weight]) => ({ r: ref(w), field: learnedField(weight) }));
        learntRefs.set(learnt, list);
      }
      for (let i = 0; i < list.length; i++) addRef(doc, list[i]!.r, list[i]!.field);
    }
    for (const q of p.askedAs ?? []) kws.push(add(doc, q, learnedField(1)));
  };

  const addRecord = (doc: number) => {
    const p = procs[doc]!;
    names.push(add(doc, p.name, NAME));
    nameLength.push(nameLengthOfLast);
    const kws: string[] = [];
    for (const k of p.keywords ?? []) kws.push(add(doc, k, KEYWORD));
    add(doc, p.field, FIELD);
    if (learning) addLearned(doc, p, kws);
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
    built ??= createSearch({
      procs,
      options,
      termIds,
      accentIds,
      listStart,
      listDocs,
      listFields,
      names,
      keywordLists,
      nameLength,
      vocab: vocab!,
      byLength,
      sounds,
      fuzzy,
    });
    return built;
  };
  return { step, finish };
}
