/** Defines <motcua-support-points>; the only module of this widget with a side effect. */
import { SupportPointsElement } from './support-points.component.js';

SupportPointsElement.define('motcua-support-points');

export { SupportPointsElement };

declare global {
  interface HTMLElementTagNameMap {
    'motcua-support-points': SupportPointsElement;
  }
}
