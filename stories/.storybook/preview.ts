// Storybook preview: the widgets' custom-elements.json (generated from their JSDoc) feeds the
// docs pages and the args tables.
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../../packages/widgets/custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};
export default preview;
