// Storybook preview: the widgets' custom-elements.json (generated from their JSDoc) feeds the
// docs pages and the args tables.
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../../packages/widgets/custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

// The widgets follow the page's <html lang> when they have no lang of their own, and Storybook's frame
// says "en": make it the Vietnamese page a ward site is, so a story without a lang shows the default
// language (stories in English set lang="en").
document.documentElement.lang = 'vi';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};
export default preview;
