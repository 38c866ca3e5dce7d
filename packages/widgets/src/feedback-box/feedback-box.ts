/** Defines <motcua-feedback-box>; the only module of this widget with a side effect. */
import { FeedbackBoxElement } from './feedback-box.component.js';

FeedbackBoxElement.define('motcua-feedback-box');

export { FeedbackBoxElement };

declare global {
  interface HTMLElementTagNameMap {
    'motcua-feedback-box': FeedbackBoxElement;
  }
}
