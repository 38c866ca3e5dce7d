/** Defines <motcua-dossier-status>; the only module of this widget with a side effect. */
import { DossierStatusElement } from './dossier-status.component.js';

DossierStatusElement.define('motcua-dossier-status');

export { DossierStatusElement };

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dossier-status': DossierStatusElement;
  }
}
