import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import steps from '../demo/briefing/sierra-leone.json';
import sierraLeone from '../demo/feeds/sierra-leone.json';

const meta: Meta = {
  title: 'Compositions',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

const page = (body: unknown, style = '') => html`<div style="padding:16px;font-family:system-ui,sans-serif;${style}">${body}</div>`;

/**
 * One `<pk-dossier>` loads the feed once and links the three views: move the timeline's cursor
 * (drag it, or focus it and press the arrows) and the map and the matrix follow.
 */
export const DossierWithAllThree: Story = {
  render: () => page(html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2002-06-30"
    style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:16px">
    <div style="grid-column:1/-1"><pk-peacebuilding-timeline></pk-peacebuilding-timeline></div>
    <pk-mission-map></pk-mission-map>
    <pk-sector-matrix></pk-sector-matrix>
  </pk-dossier>`),
};

/** The widgets in portal cards, as a web part would place them: each card is a plain container. */
export const PortalCards: Story = {
  render: () => page(html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2004-06-30"
    style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr));gap:16px">
    ${['Deployment', 'Who does what'].map((title, i) => html`<section style="border:1px solid #d1d9e0;border-radius:8px;padding:12px;background:#fff">
      <h2 style="font-size:16px;margin:0 0 8px">${title}</h2>
      ${i === 0 ? html`<pk-mission-map></pk-mission-map>` : html`<pk-sector-matrix no-controls></pk-sector-matrix>`}
    </section>`)}
  </pk-dossier>`),
};

/** A briefing: PageDown/PageUp (or a clicker) walks the steps; F for full screen; Export PNG for a slide. */
export const BriefingSteps: Story = {
  render: () => html`<pk-briefing .briefing=${steps}>
    <pk-dossier .data=${sierraLeone} mission="unamsil"
      style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:16px">
      <pk-mission-map></pk-mission-map>
      <pk-sector-matrix no-controls></pk-sector-matrix>
      <div style="grid-column:1/-1"><pk-peacebuilding-timeline></pk-peacebuilding-timeline></div>
    </pk-dossier>
  </pk-briefing>`,
};

/** On a dark page: the kit follows the page's color-scheme (or an element's theme="dark"). */
export const DarkTheme: Story = {
  render: () => page(html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2006-06-30"
    style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:16px">
    <div style="grid-column:1/-1"><pk-peacebuilding-timeline></pk-peacebuilding-timeline></div>
    <pk-mission-map></pk-mission-map>
    <pk-sector-matrix compare="2005-06-30"></pk-sector-matrix>
  </pk-dossier>`, 'color-scheme:dark;background:#0d1117;color:#e6edf3'),
};

/**
 * A portal's own look through CSS custom properties only, set once on a container: a serif font,
 * larger type, the portal's accent and site colour, square corners. No part of the kit is restyled.
 */
export const CustomThemeWithTokens: Story = {
  render: () => page(html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2003-06-30"
    style="display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:16px">
    <pk-mission-map></pk-mission-map>
    <pk-sector-matrix no-controls></pk-sector-matrix>
  </pk-dossier>`, [
    '--pk-font-family:Georgia,"DejaVu Serif",serif', '--pk-font-size-m:16px', '--pk-font-size-s:15px', '--pk-font-size-xs:13px',
    '--pk-color-accent:#6b3fa0', '--pk-color-focus:#6b3fa0', '--pk-color-site:#6b3fa0', '--pk-map-site-fill:#6b3fa0',
    '--pk-color-water:#eef3f8', '--pk-radius:0px', 'background:#fbfaf7',
  ].join(';')),
};
