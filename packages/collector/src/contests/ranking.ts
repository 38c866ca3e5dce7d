/**
 * The contest's ranking rule: more right answers first; then the prediction (câu hỏi dự đoán) closest to
 * the true count of participants who answered everything right; then less time taken; then the earlier
 * submission. A tie on all four (two submissions in the same millisecond) is broken by the entry id, so
 * the published order never changes from one computation to the next.
 */

export interface Entry {
  id: string;
  correct: number;
  /** The participant's guess for the prediction question; null when not answered (ranks last on it). */
  prediction: number | null;
  /** Milliseconds from the start of the attempt to its submission. */
  tookMs: number;
  submittedAt: Date;
}

export interface Ranked<T extends Entry> {
  rank: number;
  entry: T;
  predictionDistance: number | null;
}

/** How many entries answered every question right: the true answer to the prediction question. */
export function perfectCount(entries: readonly Entry[], total: number): number {
  return entries.filter((e) => e.correct === total).length;
}

export function rankEntries<T extends Entry>(entries: readonly T[], actual: number): Ranked<T>[] {
  const distance = (e: Entry) => (e.prediction === null ? Number.POSITIVE_INFINITY : Math.abs(e.prediction - actual));
  return [...entries]
    .sort(
      (a, b) =>
        b.correct - a.correct ||
        distance(a) - distance(b) ||
        a.tookMs - b.tookMs ||
        a.submittedAt.getTime() - b.submittedAt.getTime() ||
        a.id.localeCompare(b.id),
    )
    .map((entry, i) => ({
      rank: i + 1,
      entry,
      predictionDistance: entry.prediction === null ? null : Math.abs(entry.prediction - actual),
    }));
}
