import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import steps from '../demo/briefing/sierra-leone.json';
import sierraLeone from '../demo/feeds/sierra-leone.json';

const meta: Meta = {
  title: 'Elements/Briefing',
  component: 'pk-briefing',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/** Seven steps through UNAMSIL's life and after: PageDown/PageUp or the buttons move between them. */
export const SierraLeone: StoryObj = {
  render: () => html`<pk-briefing .briefing=${steps}>
    <pk-dossier .data=${sierraLeone} mission="unamsil"
      style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:16px">
      <pk-mission-map></pk-mission-map>
      <pk-sector-matrix no-controls></pk-sector-matrix>
    </pk-dossier>
  </pk-briefing>`,
};

/** The step given by the `step` attribute: the handover at UNAMSIL's departure. */
export const AtDeparture: StoryObj = {
  render: () => html`<pk-briefing .briefing=${steps} step="4">
    <pk-dossier .data=${sierraLeone} mission="unamsil"><pk-sector-matrix no-controls></pk-sector-matrix></pk-dossier>
  </pk-briefing>`,
};
