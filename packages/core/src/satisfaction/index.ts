/** Satisfaction rating logic shared by the rating widget and the collector. */
export { DEFAULT_CRITERIA, isSatisfied, parseCriteria } from './criteria.js';
export type { CriteriaSet, Criterion, CriterionOption, LocalText, RatingScale } from './criteria.js';
