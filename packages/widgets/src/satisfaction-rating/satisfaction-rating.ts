/** Defines <motcua-satisfaction-rating>; the only module of this widget with a side effect. */
import { SatisfactionRatingElement } from './satisfaction-rating.component.js';

SatisfactionRatingElement.define('motcua-satisfaction-rating');

export { SatisfactionRatingElement };
