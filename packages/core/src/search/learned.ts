/**
 * "Asked as" (document expansion, doc2query): the words citizens used for a procedure, learnt from query
 * sets that name the procedure each query means. A query's words are folded, written out where they are a
 * short or chat spelling, and the fillers and common words left out (the engine's own tokeniser and
 * intents data); each word left is weighted for a procedure by how many of its queries used it against
 * how many procedures' queries did (idf-like), and each procedure keeps only its best words. The index
 * reads the result as a field of its own (`ProcedureIndexOptions.learned`), see README.md, "Asked as".
 */
import { WEAK } from './scoring.js';
import type { LearnedWords, SearchIntents } from './types.js';
import { fold, foldWords, words } from './words.js';

/** A query that names the procedures answering it. */
export interface LearningQuery {
  q: string;
  codes: string[];
}

export interface LearnOptions {
  /** Most words a procedure keeps, best first (so a common procedure does not swallow every word). */
  cap: number;
  /** Fewest queries of a procedure that must use a word for it to count (1: any). */
  minQueries?: number;
  /** Words the procedure already holds where they count more (its name, its keywords): left out. */
  holds?: (code: string, folded: string) => boolean;
}

/** What a query's words are read through: the intents data's spellings and fillers, compiled once. */
export interface QueryReader {
  spellings: Map<string, string[]>;
  /** Filler phrases without slots, folded, longest first. */
  fillers: string[][];
}

/** The spellings and the fillers (those without a `{slot}`) of the intents data, folded. */
export function queryReader(data: SearchIntents | undefined): QueryReader {
  const spellings = new Map<string, string[]>();
  for (const group of data?.spellings ?? [])
    for (const [short, full] of Object.entries(group.words)) spellings.set(fold(short.toLowerCase()), foldWords(full));
  const fillers = (data?.fillers?.words ?? [])
    .filter((f) => !f.includes('{'))
    .map(foldWords)
    .filter((f) => f.length > 0)
    .sort((a, b) => b.length - a.length);
  return { spellings, fillers };
}

/** A query's distinct folded words that may say which procedure: spellings written out, fillers out. */
export function askedWords(query: string, reader: QueryReader): string[] {
  const folded = words(query).flatMap((w) => reader.spellings.get(fold(w)) ?? [fold(w)]);
  const kept: string[] = [];
  for (let i = 0; i < folded.length; ) {
    const filler = reader.fillers.find((f) => f.every((w, j) => folded[i + j] === w));
    if (filler) {
      i += filler.length;
      continue;
    }
    const w = folded[i++]!;
    if (w.length > 1 && !/^\d+$/.test(w) && !WEAK.has(w)) kept.push(w);
  }
  return [...new Set(kept)];
}

/**
 * Per procedure code, its best words (folded) with a weight in (0, 1]: the number of its queries that
 * used the word × log(1 + procedures / procedures whose queries used it), over the procedure's best.
 */
export function learnAskedAs(
  queries: readonly LearningQuery[],
  reader: QueryReader,
  options: LearnOptions,
): LearnedWords {
  /** Code → word → how many of its queries used it. */
  const counts = new Map<string, Map<string, number>>();
  /** Word → the codes whose queries used it. */
  const usedBy = new Map<string, Set<string>>();
  for (const { q, codes } of queries) {
    const asked = askedWords(q, reader);
    for (const code of new Set(codes)) {
      const own = counts.get(code) ?? new Map<string, number>();
      counts.set(code, own);
      for (const w of asked) {
        if (options.holds?.(code, w)) continue;
        own.set(w, (own.get(w) ?? 0) + 1);
        const codesOf = usedBy.get(w) ?? new Set<string>();
        usedBy.set(w, codesOf.add(code));
      }
    }
  }
  const procedures = counts.size;
  const out: LearnedWords = {};
  for (const code of [...counts.keys()].sort()) {
    const scored = [...counts.get(code)!]
      .filter(([, n]) => n >= (options.minQueries ?? 1))
      .map(([w, n]) => [w, n * Math.log(1 + procedures / usedBy.get(w)!.size)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.cap);
    if (scored.length === 0) continue;
    const top = scored[0]![1];
    out[code] = Object.fromEntries(scored.map(([w, s]) => [w, Math.round((s / top) * 100) / 100]));
  }
  return out;
}
