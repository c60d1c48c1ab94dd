import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';
import liberia from '../demo/feeds/liberia.json';

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

/** Liberia in one dossier: the timeline from UNOMIL and UNOL to the country team, UNMIL's sites, and who does what. */
export const Liberia: StoryObj = {
  render: () => html`<pk-dossier .data=${liberia} mission="unmil" date="2005-10-11">
    <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
    <div style="max-width:720px;margin-top:16px"><pk-mission-map></pk-mission-map></div>
    <pk-sector-matrix style="margin-top:16px"></pk-sector-matrix>
  </pk-dossier>`,
};
