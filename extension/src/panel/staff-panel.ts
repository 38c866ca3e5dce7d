/** Defines <motcua-staff-panel> (guarded: warns, never throws, when the tag is taken). */
import { StaffPanel } from './staff-panel.component.js';

if (customElements.get('motcua-staff-panel')) console.warn('motcua-staff-panel is already defined');
else customElements.define('motcua-staff-panel', StaffPanel);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-staff-panel': StaffPanel;
  }
}
