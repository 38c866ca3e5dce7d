/**
 * "Satisfied" in SQL: the top two levels of either scale, the rule of core's `isSatisfied` (which the
 * widgets and tests use); test/satisfied.test.ts checks the two agree on every scale and score.
 */
export const SATISFIED_SQL = 'score >= scale - 1';

/** A share as the figures publish it: four decimals, 0 when there is nothing to divide. */
export const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10000) / 10000 : 0);
