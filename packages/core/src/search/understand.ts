/**
 * What a query means beyond its words, read against the intents data (life events, purposes, a relative
 * as subject, informal names of papers, fillers; `data/curated/intents.json`): the data compiled into
 * folded word patterns over the catalogue's documents, and a query's tokens read against them.
 */
import type { Procedure, SearchIntents, Understanding } from './types.js';
import type { Token } from './vocabulary.js';
import { fold, foldWords, words } from './words.js';

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

export interface CompiledIntents {
  fillers: ByFirstWord<Filler>;
  intents: ByFirstWord<CompiledIntent>;
  /**
   * Short and chat spellings by their folded form → the folded words they stand for ("dk" → "dang ky"),
   * and for one written with diacritics ("hông") that form, which must then be typed exactly so ("hong"
   * is "hồng").
   */
  spellings: Map<string, { words: string[]; exact?: string }>;
}

function addByFirstWord<T>(map: ByFirstWord<T>, pattern: Pattern, of: T) {
  const head = pattern[0];
  if (head === undefined) return;
  for (const first of typeof head === 'string' ? [head] : head.keys()) {
    const list = map.get(first);
    if (list) list.push({ pattern, of });
    else map.set(first, [{ pattern, of }]);
  }
}

/** The short forms the catalogue itself writes (BHXH, TNLĐ), folded, → the folded words they stand for. */
export function catalogueSpellings(data: SearchIntents | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of data?.spellings ?? [])
    if (group.catalogue)
      for (const [short, full] of Object.entries(group.words)) out.set(fold(short.toLowerCase()), foldWords(full));
  return out;
}

/** The intents data turned into folded word patterns and document numbers (codes not in this catalogue dropped). */
export function compileIntents(
  data: SearchIntents | undefined,
  procs: readonly Procedure[],
  isTerm: (folded: string) => boolean,
): CompiledIntents {
  const compiled: CompiledIntents = { fillers: new Map(), intents: new Map(), spellings: new Map() };
  if (!data) return compiled;
  for (const group of data.spellings ?? [])
    for (const [short, full] of Object.entries(group.words)) {
      const key = short.normalize('NFC').toLowerCase();
      const plain = fold(key) === key;
      // A spelling without diacritics wins over one that folds like it ("dk" over "đk").
      if (plain || !compiled.spellings.has(fold(key)))
        compiled.spellings.set(fold(key), plain ? { words: foldWords(full) } : { words: foldWords(full), exact: key });
    }
  const slots = new Map<string, Slot>();
  for (const [name, slot] of Object.entries(data.slots ?? {})) {
    const values: Slot = new Map();
    for (const value of slot.words.map(foldWords)) {
      const list = values.get(value[0]!);
      if (list) list.push(value);
      else values.set(value[0]!, [value]);
    }
    // The longest value first: "cho cháu nội" is for a grandchild, not "cháu" and then a word "nội".
    for (const list of values.values()) list.sort((a, b) => b.length - a.length);
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

/** Where the query's fillers are, as [start, end) word spans (a short last word still being typed is none). */
function fillerSpans(tokens: Token[], fillers: ByFirstWord<Filler>): [number, number][] {
  const spans: [number, number][] = [];
  const folded = tokens.map((t) => t.folded);
  for (let at = 0; at < folded.length; at++) {
    for (const { of } of fillers.get(folded[at]!) ?? []) {
      const end = of.exact ? (tokens[at]!.accented === of.exact ? at + 1 : -1) : matchAt(folded, at, of.pattern);
      // A short last word may be the start of a word still being typed ("gi" of "giấy"), not "gì".
      const typing = end === tokens.length && end - at === 1 && tokens[at]!.last && folded[at]!.length < 3;
      if (end > at && !typing) spans.push([at, end]);
    }
  }
  return spans;
}

/** The query's words without its fillers, unless fillers are all it says (`alone`: nothing else was read in it). */
function withoutFillers(tokens: Token[], fillers: ByFirstWord<Filler>, alone = true): Token[] {
  if (!fillers.size || (alone && tokens.length < 2)) return tokens;
  const spans = fillerSpans(tokens, fillers);
  if (!spans.length) return tokens;
  const filler = new Array<boolean>(tokens.length).fill(false);
  for (const [start, end] of spans) for (let j = start; j < end; j++) filler[j] = true;
  return filler.includes(false) || !alone ? tokens.filter((_, i) => !filler[i]) : tokens;
}

/**
 * The query with short and chat spellings written out ("dk" → "đăng ký", "lm" → "làm", "vk" → "vợ"), each
 * word of the full spelling as strong as a word typed. A short last word is left as typed when it may be
 * the start of a longer word still being typed ("k" of "khai"), not "không".
 */
function respelt(
  tokens: Token[],
  spellings: CompiledIntents['spellings'],
  mayBeTyping: (folded: string) => boolean,
): Token[] {
  if (!spellings.size) return tokens;
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const full = spellings.get(tok.folded);
    if (
      !full ||
      (full.exact && tok.accented !== full.exact) ||
      (tok.last && tok.folded.length < 4 && mayBeTyping(tok.folded))
    ) {
      out?.push(tok);
      continue;
    }
    out ??= tokens.slice(0, i);
    for (const w of full.words) out.push({ folded: w, accented: w, last: false, weight: tok.weight });
  }
  return out ?? tokens;
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
export function understand(
  asTyped: Token[],
  meaning: CompiledIntents,
  mayBeTyping: (folded: string) => boolean,
): { tokens: Token[]; intents: { docs: number[]; weight: number }[]; phrase: string } {
  const typed = respelt(asTyped, meaning.spellings, mayBeTyping);
  const plain = withoutFillers(typed, meaning.fillers);
  const phrase = plain.map((t) => t.folded).join(' ');
  const intents: { docs: number[]; weight: number }[] = [];
  if (!meaning.intents.size) return { tokens: plain, intents, phrase };
  const used = new Set<CompiledIntent>();
  // A question that runs on past an intent's last word takes that word ("khai sinh cho con mất bao lâu":
  // "mất" is the time asked, not a death).
  const read = (tokens: Token[], questions: [number, number][] = []): Token[] => {
    const folded = tokens.map((t) => t.folded);
    const found: { of: CompiledIntent; start: number; end: number }[] = [];
    for (let at = 0; at < folded.length; at++)
      for (const { pattern, of } of meaning.intents.get(folded[at]!) ?? []) {
        if (used.has(of)) continue;
        const end = matchAt(folded, at, pattern);
        if (end > at && !questions.some(([qs, qe]) => qs > at && qs < end && qe > end))
          found.push({ of, start: at, end });
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
  const first = read(typed, fillerSpans(typed, meaning.fillers));
  const tokens = read(withoutFillers(first, meaning.fillers, intents.length === 0 && first.length === typed.length));
  return { tokens, intents, phrase };
}

/**
 * The intents data with the code that reads it, for the index's `intents` option. They travel together so
 * a bundle that loads the data on demand (the search widget) loads this code with it, not before.
 */
export function understandIntents(data: SearchIntents): Understanding<CompiledIntents, Token> {
  return {
    data,
    compile: (procs, isTerm) => compileIntents(data, procs, isTerm),
    catalogueSpellings: () => catalogueSpellings(data),
    understand,
  };
}
