/** Defines <motcua-staff-panel> and its views (guarded: warns, never throws, when a tag is taken). */
import { StaffPanel } from './staff-panel.component.js';
import { FillView } from './views/fill-view.component.js';
import { MainView } from './views/main-view.component.js';
import { ProfileEditor } from './views/profile-editor.component.js';
import { SettingsView } from './views/settings-view.component.js';
import { SetupView } from './views/setup-view.component.js';
import { UnlockView } from './views/unlock-view.component.js';
import { WipeView } from './views/wipe-view.component.js';

const ELEMENTS = {
  'motcua-staff-panel': StaffPanel,
  'motcua-panel-setup': SetupView,
  'motcua-panel-unlock': UnlockView,
  'motcua-panel-wipe': WipeView,
  'motcua-panel-main': MainView,
  'motcua-profile-editor': ProfileEditor,
  'motcua-fill-view': FillView,
  'motcua-panel-settings': SettingsView,
} as const;

for (const [tag, element] of Object.entries(ELEMENTS)) {
  if (customElements.get(tag)) console.warn(`${tag} is already defined`);
  else customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'motcua-staff-panel': StaffPanel;
    'motcua-panel-setup': SetupView;
    'motcua-panel-unlock': UnlockView;
    'motcua-panel-wipe': WipeView;
    'motcua-panel-main': MainView;
    'motcua-profile-editor': ProfileEditor;
    'motcua-fill-view': FillView;
    'motcua-panel-settings': SettingsView;
  }
}
