/**
 * A contest attempt as the browser keeps it: the questions drawn for it, the server's deadline, the
 * answers chosen so far, and what became of the submission. Kept in IndexedDB (the drafts store) on
 * every change, so a reload, a dropped connection or a closed tab resumes the attempt with the same
 * deadline and the same answers. Without Lit.
 */
import { createDraftStore, type DraftStore } from '@motcua/core/drafts';

/** A question as the collector sends it: no answers in it. */
export interface Question {
  id: string;
  text: string;
  kind: 'single' | 'multiple';
  options: { id: string; text: string }[];
}

/** The open round of a contest, as the collector describes it. */
export interface Round {
  id: string;
  title: string;
  questionCount: number;
  durationMinutes: number;
  opensAt: string;
  closesAt: string;
}

export interface ContestInfo {
  slug: string;
  title: string;
  rules: string;
  prediction: string;
  ideas: boolean;
  requireIdNumber: boolean;
  /** Places a participant chooses from (tổ dân phố, thôn); free text when empty. */
  places: string[];
  round: Round | null;
}

/** A ward of a province (its unit code and 2025 name), as the collector lists them. */
export interface Ward {
  code: string;
  name: string;
}

/** What the citizen gives to register. */
export interface Registration {
  fullName: string;
  birthYear: string;
  phone: string;
  place: string;
  workplace: string;
  idNumber: string;
  /** On a province's site: the ward (unit code) the participant lives in, which their attempt counts in. */
  ward: string;
}

/** The graded result, once the collector has it. */
export interface Result {
  correct: number;
  total: number;
  tookMs: number;
  late: boolean;
  /** Right options by question id, revealed after submission. */
  key: Record<string, string[]>;
}

export interface SavedAttempt {
  id: string;
  token: string;
  roundId: string;
  questions: Question[];
  /** The server's deadline (ms since epoch, server clock). */
  deadline: number;
  /** Server clock minus this browser's clock, measured when the attempt started. */
  clockOffset: number;
  answers: Record<string, string[]>;
  prediction: string;
  idea: string;
  /** Set once the submission is in the outbox; the attempt can no longer change. */
  submitted: boolean;
  result?: Result;
}

/** What the widget keeps for one contest: the registration as typed, and the attempt under way. */
export interface SavedState {
  reg: Registration;
  attempt?: SavedAttempt;
}

let store: DraftStore | undefined;
const drafts = () => {
  store ??= createDraftStore();
  return store;
};

const key = (scope: string, contest: string) => `contest:${scope}:${contest}`;

/** The kept state of a contest, if any. IndexedDB may be unusable (some private modes): then nothing. */
export async function loadState(scope: string, contest: string): Promise<SavedState | undefined> {
  try {
    return (await drafts().load<SavedState>(key(scope, contest)))?.data;
  } catch {
    return undefined;
  }
}

export async function saveState(scope: string, contest: string, state: SavedState): Promise<void> {
  try {
    await drafts().save(key(scope, contest), state);
  } catch {
    /* the attempt goes on in memory only */
  }
}

/** Milliseconds left before the server's deadline, by this browser's clock corrected to the server's. */
export function timeLeft(attempt: Pick<SavedAttempt, 'deadline' | 'clockOffset'>, now = Date.now()): number {
  return Math.max(0, attempt.deadline - (now + attempt.clockOffset));
}

/**
 * Which announcement, if any, screen readers should hear as the time left falls from `before` to `after`:
 * at 5 minutes and at 1 minute, never every second.
 */
export function milestoneCrossed(before: number, after: number): 5 | 1 | undefined {
  for (const minutes of [1, 5] as const) {
    const mark = minutes * 60_000;
    if (before > mark && after <= mark) return minutes;
  }
  return undefined;
}

/** "09:05" for the visible countdown. */
export function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
