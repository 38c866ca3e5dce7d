/** Defines <motcua-procedure-search>. */
import { ProcedureSearchElement } from './procedure-search.component.js';

ProcedureSearchElement.define('motcua-procedure-search');

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-search': ProcedureSearchElement;
  }
}

export { ProcedureSearchElement };
