import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';

const meta: Meta = {
  title: 'Elements/Dossier',
  component: 'pk-dossier',
};
export default meta;

/**
 * `<pk-dossier>` draws nothing itself: it loads the feed once and links the elements inside it.
 * Move the timeline's cursor and the map follows.
 */
export const LinkedTimelineAndMap: StoryObj = {
  render: () => html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2001-06-30">
    <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
    <div style="max-width:720px;margin-top:16px"><pk-mission-map></pk-mission-map></div>
  </pk-dossier>`,
};
