import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/index.js';
import steps from '../demo/briefing/sierra-leone.json';
import sierraLeone from '../demo/feeds/sierra-leone.json';

const meta: Meta = {
  title: 'Elements/Briefing',
  component: 'pk-briefing',
  parameters: { layout: 'fullscreen' },
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'es', 'ar', 'ru', 'zh'] } },
};
export default meta;

/** Seven steps through UNAMSIL's life and after: PageDown/PageUp or the buttons move between them. */
export const SierraLeone: StoryObj<{ lang?: string }> = {
  render: (a) => html`<pk-briefing .briefing=${steps} lang=${a.lang ?? nothing}>
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

/** In Arabic: the controls, the captions' dates and every view inside lay out right to left (pick another language in the controls). */
export const Arabic: StoryObj<{ lang?: string }> = { ...SierraLeone, args: { lang: 'ar' } };
