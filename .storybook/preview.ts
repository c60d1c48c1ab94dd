import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the source's JSDoc by `npm run build` (and before `npm run storybook`): it gives each
// element's docs page its attributes, properties, events, parts, slots and CSS custom properties.
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};
export default preview;
