/** Defines <motcua-satisfaction-survey>; the only module of the survey with a side effect. */
import { SatisfactionSurveyElement } from './satisfaction-survey.component.js';

SatisfactionSurveyElement.define('motcua-satisfaction-survey');

export { SatisfactionSurveyElement };
