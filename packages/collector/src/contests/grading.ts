/**
 * Grading a submitted attempt against the bank: a single-choice question is right when its one right
 * option is chosen; a multiple-choice question when exactly the right options are chosen. Questions not
 * drawn for the attempt, and options that do not belong to the question, earn nothing.
 */
import type { BankQuestion } from './draw.js';

/** The citizen's choices: option ids by question id. */
export type Answers = Record<string, readonly string[]>;

export interface Grade {
  correct: number;
  total: number;
  /** Question ids answered right, for the result view after submission. */
  right: string[];
}

export function grade(bank: readonly BankQuestion[], drawn: readonly string[], answers: Answers): Grade {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const right: string[] = [];
  for (const id of drawn) {
    const question = byId.get(id);
    if (!question) continue;
    const chosen = new Set(answers[id] ?? []);
    const expected = question.options.filter((o) => o.correct).map((o) => o.id);
    const exact = chosen.size === expected.length && expected.every((o) => chosen.has(o));
    if (exact && (question.kind === 'multiple' || expected.length === 1)) right.push(id);
  }
  return { correct: right.length, total: drawn.length, right };
}
