/** Defines <motcua-contest>; the only module of this widget with a side effect. */
import { ContestElement } from './contest.component.js';

ContestElement.define('motcua-contest');

export { ContestElement };

declare global {
  interface HTMLElementTagNameMap {
    'motcua-contest': ContestElement;
  }
}
