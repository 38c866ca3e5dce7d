/** @motcua/autofill: fills public-service portal forms from a citizen profile, visibly and reversibly (design §3.5). */
export { describeForm, elementOf } from './describe.js';
export { isVisibleBox } from './visibility.js';
export { planFill } from './plan.js';
export { provinceOfAddress } from './provinces.js';
export { personKey, roleIn } from './person.js';
export { applyFill, undoFill } from './apply.js';
export { matchOption, formatDate, dateFormatOf, phoneFor } from './values.js';
export type * from './types.js';
