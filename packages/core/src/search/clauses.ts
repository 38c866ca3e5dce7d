/**
 * Which words of a query carry what is asked. Inside a sentence, a purpose, reason, time or beneficiary
 * clause ("để làm khai sinh cho con", "vì con đi học", "khi chuyển nhà") says what the paper is for, often
 * naming another procedure ("xin xác nhận cư trú để làm khai sinh cho con" is cư trú): its words count
 * `CLAUSE_WEIGHT` of the main clause's. Only the words' shares of the query change, so a query that is
 * all one clause once its fillers are out ("cần giấy tờ gì để làm khai sinh") ranks as before.
 */
import type { Token } from './vocabulary.js';

/**
 * A clause's words against the main clause's, chosen on the development sets (README.md, "Clauses"): 0.5
 * against 0.3–0.7.
 */
export const CLAUSE_WEIGHT = 0.5;

/** The words that open such a clause, as typed with diacritics (`de` is also `đề nghị`, `vi` `vi phạm`). */
const OPENS = new Set(['để', 'vì', 'bởi', 'khi', 'cho']);
/** After an opener, words that make it none ("để lại" is to leave, "vì sao" asks why, "cho phép" permits). */
const NOT_AFTER = new Set(['lại', 'sao', 'thế', 'vậy', 'dành', 'phép', 'thuê', 'tặng', 'mượn', 'vay']);

/** Words that start the main clause after a clause that opens the sentence. */
const CLOSES = new Set(['cần', 'thì', 'phải']);

/** A query's sentences: split where a full stop, a question or exclamation mark, a semicolon or a line break ends one. */
const sentences = (query: string) => query.match(/[^.!?;\n]+/g) ?? [];

/**
 * The query's tokens (`tokenize` cuts one piece of text), those from a clause's opener to the next comma
 * or the sentence's end marked `clause` when the sentence has words outside it. Only the query's very
 * last word may still be being typed.
 */
export function markClauses(query: string, tokenize: (text: string) => Token[]): Token[] {
  const out: Token[] = [];
  for (const sentence of sentences(query)) {
    const tokens: Token[] = [];
    const inClause: boolean[] = [];
    for (const piece of sentence.split(',')) {
      const words = tokenize(piece);
      const open = words.findIndex((t, i) => OPENS.has(t.accented) && !NOT_AFTER.has(words[i + 1]?.accented ?? 'lại'));
      // A clause that opens the sentence ends where the main clause starts ("để kết hôn cần giấy gì").
      let close = words.length;
      if (open === 0)
        for (let i = 1; i < words.length && close === words.length; i++) if (CLOSES.has(words[i]!.accented)) close = i;
      for (let i = 0; i < words.length; i++) {
        tokens.push(words[i]!);
        inClause.push(open >= 0 && i >= open && i < close);
      }
    }
    const main = inClause.includes(false);
    for (let i = 0; i < tokens.length; i++)
      out.push(main && inClause[i] ? { ...tokens[i]!, clause: true } : tokens[i]!);
  }
  for (let i = 0; i < out.length - 1; i++) if (out[i]!.last) out[i] = { ...out[i]!, last: false };
  return out;
}

/**
 * The share of a clause's words once the query is read: `CLAUSE_WEIGHT` when a word that tells procedures
 * apart (`strong`) or an intent is left outside the clauses, else 1 (the fillers of "cần giấy tờ gì để
 * làm khai sinh" leave only the clause, which is then the query).
 */
export function clauseShare(
  tokens: readonly Token[],
  intents: readonly { clause?: boolean }[],
  strong: (tok: Token) => boolean,
): number {
  if (!tokens.some((t) => t.clause) && !intents.some((i) => i.clause)) return 1;
  return tokens.some((t) => !t.clause && strong(t)) || intents.some((i) => !i.clause) ? CLAUSE_WEIGHT : 1;
}
