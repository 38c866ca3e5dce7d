/** Defines <motcua-satisfaction-results>; the only module of the results block with a side effect. */
import { SatisfactionResultsElement } from './satisfaction-results.component.js';

SatisfactionResultsElement.define('motcua-satisfaction-results');

export { SatisfactionResultsElement };
