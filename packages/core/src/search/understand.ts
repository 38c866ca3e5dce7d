/**
 * What a query means beyond its words, read against the intents data (life events, purposes, a relative
 * as subject, informal names of papers, fillers; `data/curated/intents.json`): the data compiled into
 * phrase tables over the catalogue's documents (`phrases.ts`), and a query's tokens read against them.
 */
import { clauseShare, markClauses } from './clauses.js';
import { readPhrase, undoing } from './refine.js';
import {
  addPhrase,
  type Pattern,
  type PhraseTable,
  phrasesAt,
  phraseSpeller,
  phraseTable,
  type Slot,
} from './phrases.js';
import type { FoundIntent, Procedure, SearchIntents, Understanding } from './types.js';
import type { Token } from './vocabulary.js';
import { fold, foldWords, words } from './words.js';

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
 * A filler; for one word that folds like a word of the catalogue ("cần" and "căn") the word with its
 * diacritics, which then must be typed exactly so.
 */
interface Filler {
  exact?: string;
}

export interface CompiledIntents {
  fillers: PhraseTable<Filler>;
  intents: PhraseTable<CompiledIntent>;
  /**
   * Short and chat spellings by their folded form → the folded words they stand for ("dk" → "dang ky"),
   * and for one written with diacritics ("hông") that form, which must then be typed exactly so ("hong"
   * is "hồng").
   */
  spellings: Map<string, { words: string[]; exact?: string }>;
  /** A query's folded word as the word of a phrase it was meant as (a typo inside a phrase), or itself. */
  meant: (folded: string) => string;
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
  const phraseWords = new Set<string>();
  const compiled: CompiledIntents = {
    fillers: phraseTable(),
    intents: phraseTable(),
    spellings: new Map(),
    meant: (folded) => folded,
  };
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
      for (const w of value) phraseWords.add(w);
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
      if (!slot) {
        const folded = foldWords(part);
        for (const w of folded) phraseWords.add(w);
        return folded;
      }
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
    for (const phrase of intent.phrases) addPhrase(compiled.intents, pattern(phrase), of);
  });
  for (const phrase of data.fillers?.words ?? []) {
    const typed = words(phrase);
    const p = pattern(phrase);
    const exact = typed.length === 1 && p.length === 1 && p[0] !== typed[0] && isTerm(p[0] as string);
    addPhrase(compiled.fillers, p, exact ? { exact: typed[0]! } : {});
  }
  compiled.meant = phraseSpeller(phraseWords, isTerm);
  return compiled;
}

/**
 * Where the query's fillers are, as [start, end) word spans (a short last word still being typed is none);
 * `meant` is the query's words as the phrases' words they were meant as.
 */
function fillerSpans(tokens: Token[], meant: readonly string[], fillers: PhraseTable<Filler>): [number, number][] {
  const spans: [number, number][] = [];
  if (!fillers.size) return spans;
  let at = 0;
  const found = (of: Filler, end: number) => {
    if (of.exact && tokens[at]!.accented !== of.exact) return;
    // A short last word may be the start of a word still being typed ("gi" of "giấy"), not "gì".
    const typing = end === tokens.length && end - at === 1 && tokens[at]!.last && tokens[at]!.folded.length < 3;
    if (end > at && !typing) spans.push([at, end]);
  };
  for (; at < meant.length; at++) phrasesAt(fillers, meant, at, found);
  return spans;
}

/** The query's words without its fillers' spans, unless fillers are all it says (`alone`: nothing else was read in it). */
function withoutSpans(tokens: Token[], spans: [number, number][], alone: boolean): Token[] {
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
    for (const w of full.words)
      out.push({ folded: w, accented: w, last: false, weight: tok.weight, clause: tok.clause });
  }
  return out ?? tokens;
}

/** An intent found in the query: its words are [start, end). */
interface Found {
  of: CompiledIntent;
  start: number;
  end: number;
}

/**
 * The intents in `tokens` (`meant`: their words as the phrases' words they were meant as), the longest
 * first, each once (`used`): their words taken out, an informal name's official words put in, each intent
 * added to `intents`. A question that runs on past an intent's last word takes that word (`questions`,
 * the fillers' spans: in "khai sinh cho con mất bao lâu", "mất" is the time asked, not a death).
 */
function readIntents(
  tokens: Token[],
  meant: readonly string[],
  table: PhraseTable<CompiledIntent>,
  questions: [number, number][],
  used: Set<CompiledIntent>,
  intents: FoundIntent[],
): Token[] {
  const found: Found[] = [];
  let at = 0;
  const add = (of: CompiledIntent, end: number) => {
    if (!used.has(of) && end > at && !questions.some(([qs, qe]) => qs > at && qs < end && qe > end))
      found.push({ of, start: at, end });
  };
  for (; at < meant.length; at++) phrasesAt(table, meant, at, add);
  if (!found.length) return tokens;
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.of.order - b.of.order || a.start - b.start);
  const taken: Found[] = [];
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
    // In a purpose or reason clause when all its words are (clauses.ts).
    let clause = true;
    for (let j = start; j < end && clause; j++) clause = tokens[j]!.clause === true;
    if (of.means) {
      const weight = (end - start) / of.means.length;
      for (const w of of.means) out.push({ folded: w, accented: w, last: false, weight, clause });
    }
    intents.push({ docs: of.docs, weight: of.weight === 'span' ? end - start : of.weight, clause });
  }
  for (; i < tokens.length; i++) out.push(tokens[i]!);
  return out;
}

/**
 * What a query says, read against the intents data. Each intent found takes its words out of the word
 * search and stands for them as one matched intent ("bố tôi mất" is khai tử, not "trình báo mất"); an
 * informal name is replaced by the official words it stands for, which share the weight of the words
 * they replace ("sổ đỏ" → "giấy chứng nhận quyền sử dụng đất"). The longest match goes first, and an
 * intent counts once. Intents are looked for in the words as typed (so "căn cước cho bé" is read before
 * "cho bé" is dropped), then again once fillers are left out ("cần làm gì", "cho mẹ", "tôi"). A word
 * misspelt inside a phrase is read as the phrase's word ("chứg thực"), for the phrases only: the word
 * search reads it its own way. The phrase (the words without fillers, joined) is for whole-phrase bonuses.
 */
export function understand(
  asTyped: Token[],
  meaning: CompiledIntents,
  mayBeTyping: (folded: string) => boolean,
): { tokens: Token[]; intents: FoundIntent[]; phrase: string } {
  const typed = respelt(asTyped, meaning.spellings, mayBeTyping);
  const meantOf = (tokens: Token[]) => tokens.map((t) => meaning.meant(t.folded));
  const typedMeant = meantOf(typed);
  const spans = fillerSpans(typed, typedMeant, meaning.fillers);
  const plain = typed.length < 2 ? typed : withoutSpans(typed, spans, true);
  const phrase = plain.map((t) => t.folded).join(' ');
  const intents: FoundIntent[] = [];
  if (!meaning.intents.size) return { tokens: plain, intents, phrase };
  const used = new Set<CompiledIntent>();
  const first = readIntents(typed, typedMeant, meaning.intents, spans, used, intents);
  // Nothing read: the words without fillers are the plain words above.
  if (first === typed)
    return { tokens: readIntents(plain, meantOf(plain), meaning.intents, [], used, intents), intents, phrase };
  const firstMeant = meantOf(first);
  const rest = withoutSpans(first, fillerSpans(first, firstMeant, meaning.fillers), false);
  return { tokens: readIntents(rest, meantOf(rest), meaning.intents, [], used, intents), intents, phrase };
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
    clauses: markClauses,
    clauseShare,
    undoing,
    readPhrase,
  };
}
