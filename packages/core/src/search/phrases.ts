/**
 * The phrases of the intents data (intents and fillers) compiled once into one table, a trie of folded
 * words in which a slot (`{người thân}`) is one edge taking any of its values, so a query is walked
 * once from each of its words for every phrase at once; and a query's words read as the words the
 * phrases are written with, so a typo inside a phrase ("chứg thực", "tạm trus") still matches it.
 */
import { editDistance, untypeTelex } from './spelling.js';

/** A slot's values (each a list of folded words), by their first word, longest value first. */
export type Slot = Map<string, string[][]>;
/** A phrase, word by word: a folded word, or a slot. */
export type Pattern = (string | Slot)[];

interface PhraseNode<T> {
  words?: Map<string, PhraseNode<T>>;
  slots?: { slot: Slot; node: PhraseNode<T> }[];
  /** The phrases that end here (`id`: the phrase's place in the table). */
  ends?: { id: number; of: T }[];
}

/** Phrases, each standing for a `T`, compiled into a trie. */
export interface PhraseTable<T> {
  root: PhraseNode<T>;
  size: number;
  /** Per phrase, the walk it was last found in (a phrase counts once per start: its first reading). */
  foundIn: Int32Array;
  walks: number;
}

export const phraseTable = <T>(): PhraseTable<T> => ({ root: {}, size: 0, foundIn: new Int32Array(0), walks: 0 });

/** Adds a phrase to the table. */
export function addPhrase<T>(table: PhraseTable<T>, pattern: Pattern, of: T) {
  if (!pattern.length) return;
  let node = table.root;
  for (const part of pattern) {
    if (typeof part === 'string') {
      node.words ??= new Map();
      let next = node.words.get(part);
      if (!next) {
        next = {};
        node.words.set(part, next);
      }
      node = next;
    } else {
      node.slots ??= [];
      let edge = node.slots.find((e) => e.slot === part);
      if (!edge) {
        edge = { slot: part, node: {} };
        node.slots.push(edge);
      }
      node = edge.node;
    }
  }
  node.ends ??= [];
  node.ends.push({ id: table.size++, of });
}

/**
 * Calls `found(of, end)` for each phrase that starts at `at` in `words` ([at, end) are its words), once
 * per phrase: where a slot's values could be read several ways, the reading that takes the longest value
 * first. Phrases are found as the trie is walked, shorter ones first along each branch.
 */
export function phrasesAt<T>(
  table: PhraseTable<T>,
  words: readonly string[],
  at: number,
  found: (of: T, end: number) => void,
) {
  if (table.foundIn.length < table.size) table.foundIn = new Int32Array(table.size);
  table.walks++;
  walk(table, table.root, words, at, found);
}

function walk<T>(
  table: PhraseTable<T>,
  node: PhraseNode<T>,
  words: readonly string[],
  i: number,
  found: (of: T, end: number) => void,
) {
  if (node.ends)
    for (const { id, of } of node.ends)
      if (table.foundIn[id] !== table.walks) {
        table.foundIn[id] = table.walks;
        found(of, i);
      }
  const word = words[i];
  if (word === undefined) return;
  const next = node.words?.get(word);
  if (next) walk(table, next, words, i + 1, found);
  if (!node.slots) return;
  for (const { slot, node: after } of node.slots) {
    const values = slot.get(word);
    for (let v = 0; values && v < values.length; v++) {
      const value = values[v]!;
      let j = 1;
      while (j < value.length && words[i + j] === value[j]) j++;
      if (j === value.length) walk(table, after, words, i + value.length, found);
    }
  }
}

/**
 * The words phrases are written with, by length, to read a query's misspelt word as one of them: a word
 * neither in the catalogue nor in any phrase, typed in Telex or VNI with the input method off, or one typo
 * away (words of 4 letters or more) from exactly one phrase word.
 */
export function phraseSpeller(phraseWords: Iterable<string>, isTerm: (folded: string) => boolean) {
  const known = new Set(phraseWords);
  const byLength = new Map<number, string[]>();
  for (const w of known) {
    const list = byLength.get(w.length);
    if (list) list.push(w);
    else byLength.set(w.length, [w]);
  }
  const cache = new Map<string, string>();
  /** The phrase word `folded` was meant as, or `folded` itself. */
  return (folded: string): string => {
    if (known.has(folded) || isTerm(folded) || folded.length < 3) return folded;
    const cached = cache.get(folded);
    if (cached !== undefined) return cached;
    let meant = untypeTelex(folded);
    if (!known.has(meant)) {
      meant = folded;
      if (folded.length >= 4) {
        let match: string | undefined;
        let matches = 0;
        for (let len = folded.length - 1; len <= folded.length + 1 && matches < 2; len++)
          for (const w of byLength.get(len) ?? [])
            if (w.charCodeAt(0) === folded.charCodeAt(0) && editDistance(folded, w, 1) <= 1) {
              match = w;
              if (++matches > 1) break;
            }
        if (matches === 1) meant = match!;
      }
    }
    if (cache.size > 2000) cache.clear();
    cache.set(folded, meant);
    return meant;
  };
}
