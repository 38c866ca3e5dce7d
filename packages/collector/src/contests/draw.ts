/**
 * Drawing an attempt's questions: N questions at random from the round's bank, each with its options
 * shuffled, as the citizen will see them. The correct answers stay on the server: what is drawn here
 * is sent to the browser, so it carries option ids and texts only.
 */

export interface BankOption {
  id: string;
  text: string;
  correct: boolean;
}

export interface BankQuestion {
  id: string;
  text: string;
  /** `single`: one option is right; `multiple`: every right option and no other must be chosen. */
  kind: 'single' | 'multiple';
  options: BankOption[];
}

/** A question as the browser receives it. */
export interface DrawnQuestion {
  id: string;
  text: string;
  kind: 'single' | 'multiple';
  options: { id: string; text: string }[];
}

/** A uniform random number in [0, 1); the server passes one backed by crypto. */
export type Random = () => number;

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** `count` distinct questions from `bank` (all of them if the bank is smaller), options shuffled. */
export function drawQuestions(bank: readonly BankQuestion[], count: number, random: Random): DrawnQuestion[] {
  return shuffled(bank, random)
    .slice(0, Math.max(0, count))
    .map((q) => ({
      id: q.id,
      text: q.text,
      kind: q.kind,
      options: shuffled(q.options, random).map(({ id, text }) => ({ id, text })),
    }));
}
