import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/timeline/peacebuilding-timeline.js';
import type { PkPeacebuildingTimeline } from '../src/timeline/peacebuilding-timeline.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';
import liberia from '../demo/feeds/liberia.json';
import { largeTimelineFeed } from '../test/fixtures/large-timeline.js';

interface Args {
  mission?: string;
  date?: string;
  theme?: 'light' | 'dark' | 'auto';
  collapsedGroups?: string;
  width?: string;
  data?: unknown;
  src?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Peacebuilding timeline',
  component: 'pk-peacebuilding-timeline',
  args: { mission: 'unamsil' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'ar', 'ru', 'zh'] },
  },
  render: (a) => html`<div style=${`max-width:${a.width ?? 'none'}`}><pk-peacebuilding-timeline lang=${a.lang ?? nothing}
    .data=${a.src ? undefined : (a.data ?? sierraLeone)} src=${a.src ?? nothing}
    mission=${a.mission ?? nothing} date=${a.date ?? nothing} theme=${a.theme ?? nothing}
    collapsed-groups=${a.collapsedGroups ?? nothing}></pk-peacebuilding-timeline></div>`,
};
export default meta;
type Story = StoryObj<Args>;

const timelineIn = async (root: HTMLElement) => {
  const el = root.querySelector('pk-peacebuilding-timeline') as PkPeacebuildingTimeline;
  await el.updateComplete;
  return el;
};

/** UNAMSIL 1999-2005 and what followed, through UNIPSIL's end (2014) and the UN country team: the departure line and the span after it. */
export const SierraLeone: Story = {};

/**
 * Liberia: a peacebuilding office (UNOL) before UNMIL, the Peacebuilding Commission and Fund during and after it,
 * the country team throughout. The strength band draws the authorized ceiling (light band under a dashed step
 * line) and the deployed strength (Geo-PKO estimates, hatched) together.
 */
export const Liberia: Story = { args: { data: liberia, mission: 'unmil', date: '2011-10-11' } };

/** Zoomed to the handover years: month ticks, UNAMSIL's last phase, UNIOSIL and the Peacebuilding Commission's first steps. */
export const Zoomed: Story = {
  play: async ({ canvasElement }) => (await timelineIn(canvasElement)).zoomTo('2005-06', '2007-06'),
};

/** The date cursor on UNAMSIL's last day; drag it, or focus it and use the arrows (Shift for a year). */
export const CursorAtDate: Story = { args: { date: '2005-12-31' } };

/** Groups start collapsed with `collapsed-groups`; their headers still count lanes and items. */
export const CollapsedGroups: Story = { args: { collapsedGroups: 'political development' } };

/** 5,000 items across 50 lanes (the bench fixture): zoom and pan move one composited layer; layout runs once at the end. */
export const Large: Story = { args: { data: largeTimelineFeed(5000, 50), mission: 'large' } };

/** At phone width, lane labels sit above their lanes. */
export const Narrow: Story = { args: { width: '360px' } };

/** Dark theme, forced with `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (a) => html`<div style="background:#0d1117;padding:8px">${meta.render!(a, {} as never)}</div>`,
};

/** An invalid feed: the element says why, in words, with the JSON path of each problem. */
export const Error: Story = { args: { data: { peacekit: 1, missions: [{ id: 'x', acronym: 'X', start: 'spring 2004' }] } } };

/** A feed newer than this build reads. */
export const NewerFormat: Story = { args: { data: { peacekit: 99 } } };

/** No feed yet: the element asks for one. */
export const Empty: Story = { args: { data: null, mission: undefined } };

/** A feed without that mission. */
export const NoSuchMission: Story = { args: { mission: 'unmil' } };

/** The six UN languages: tracks, legend, summary and Intl dates in each; in Arabic the text and controls mirror while time still runs left to right. */
export const SixLanguages: Story = {
  render: () => html`<div style="display:grid;gap:24px">
    ${['en', 'fr', 'es', 'ar', 'ru', 'zh'].map((lang) => html`<pk-peacebuilding-timeline lang=${lang} .data=${sierraLeone} mission="unamsil"></pk-peacebuilding-timeline>`)}
  </div>`,
};
