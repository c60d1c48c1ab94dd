import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/map/mission-map.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';
import liberia from '../demo/feeds/liberia.json';
import world from '../demo/feeds/world.json';

interface Args {
  mission?: string;
  date?: string;
  theme?: 'light' | 'dark' | 'auto';
  disclaimer?: string;
  noDisclaimer?: boolean;
  data?: unknown;
  src?: string;
  lang?: string;
  layers?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Mission map',
  component: 'pk-mission-map',
  args: { mission: 'unamsil', date: '2002' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'ar', 'ru', 'zh'] },
    layers: { control: 'text', description: 'Context layers, space-separated: admin1 towns countries (default: all)' },
  },
  render: (a) => html`<pk-mission-map lang=${a.lang ?? nothing}
    .data=${a.src ? undefined : (a.data ?? sierraLeone)} src=${a.src ?? nothing}
    mission=${a.mission ?? nothing} date=${a.date ?? nothing} theme=${a.theme ?? nothing}
    disclaimer=${a.disclaimer ?? nothing} ?no-disclaimer=${a.noDisclaimer} layers=${a.layers ?? nothing}></pk-mission-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every mission of the world feed at its HQ in 2010, sized by strength and coloured by type; host countries tinted. */
export const World: Story = { args: { data: world, mission: undefined, date: '2010' } };

/** UNAMSIL's sites in 2002, at the height of the deployment: symbols by type, sized by personnel, grouped where they overlap. */
export const Mission: Story = {};

/**
 * An ended mission without a date: its footprint over its whole life, every site it held at its
 * peak; sites that closed before the mission ended are drawn pale.
 */
export const LifeFootprint: Story = { args: { date: undefined } };

/** First-level administrative boundaries and their names only (`layers="admin1"`). */
export const LayerAdmin1: Story = { args: { layers: 'admin1' } };

/** The capital and main towns only (`layers="towns"`): sites win where they meet a town's name. */
export const LayerTowns: Story = { args: { layers: 'towns' } };

/** The host's and the neighbours' names only (`layers="countries"`). */
export const LayerCountries: Story = { args: { layers: 'countries' } };

/** No context layer (`layers=""`): the detailed coast and boundaries stay. */
export const NoLayers: Story = { args: { layers: '' } };

/**
 * Western Sahara as one territory, its boundary with Morocco dashed (not determined), and the
 * footnote UN maps carry; the territory is never given a claimant's tint.
 */
export const WesternSahara: Story = {
  args: {
    mission: 'minurso', date: undefined,
    data: {
      peacekit: 1, asOf: '2024-12-31',
      missions: [{
        id: 'minurso', acronym: 'MINURSO', name: 'United Nations Mission for the Referendum in Western Sahara', type: 'traditional', countries: ['ESH'], start: '1991-04-29',
        sites: [
          // Team sites in 2019, from Geo-PKO v2.3 (Uppsala University), cited in docs/map.md.
          { id: 'laayoune', name: 'Laayoune', at: [-13.1625, 27.135], type: 'mission-hq', start: '1991' },
          { id: 'smara', name: 'Smara', at: [-11.67194, 26.73841], type: 'team-site', start: '1991' },
          { id: 'mahbas', name: 'Mahbas', at: [-9.06598, 27.424267], type: 'team-site', start: '1991' },
          { id: 'bir-lahlou', name: 'Bir Lahlou', at: [-9.5494739, 26.3268627], type: 'team-site', start: '1991' },
          { id: 'tifariti', name: 'Tifariti', at: [-10.608889, 26.092778], type: 'team-site', start: '1991' },
          { id: 'mehaires', name: 'Mehaires', at: [-11.0692, 26.1472], type: 'team-site', start: '1991' },
          { id: 'oum-dreyga', name: 'Oum Dreyga', at: [-13.25, 24.166667], type: 'team-site', start: '1991' },
          { id: 'mijek', name: 'Mijek', at: [-12.7597541, 23.4735871], type: 'team-site', start: '1991' },
          { id: 'awsard', name: 'Awsard', at: [-14.331643, 22.551639], type: 'team-site', start: '1991' },
          { id: 'agwanit', name: 'Agwanit', at: [-13.14093, 22.1934], type: 'team-site', start: '1991' },
        ],
      }],
    },
  },
};

/** At a phone's width, the HQ and the sites around it in Freetown stay visible: piled marks move aside, with a line to their place. */
export const PiledMarks: Story = {
  args: { date: '2003' },
  decorators: [(story) => html`<div style="width:360px">${story()}</div>`],
};

/** UNMIL's sites at the 2011 elections, from Geo-PKO: 31 locations, figures marked as estimates; the guard at the Special Court in Freetown keeps its own country. */
export const Liberia: Story = { args: { data: liberia, mission: 'unmil', date: '2011-10-11' } };

/** Move the slider: the footprint changes from one year to the next (without motion under prefers-reduced-motion). */
export const DateSlider: Story = {
  render: (a) => html`<label style="display:flex;gap:8px;align-items:center;font:14px system-ui;margin-bottom:8px">Year
      <input type="range" min="1999" max="2005" step="1" value="2000"
        @input=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          input.closest('div')!.querySelector('pk-mission-map')!.setAttribute('date', input.value);
          input.nextElementSibling!.textContent = input.value;
        }}><output>2000</output></label>
    <pk-mission-map .data=${sierraLeone} mission=${a.mission ?? nothing} date="2000"></pk-mission-map>`,
  decorators: [(story) => html`<div>${story()}</div>`],
};

/** The same map for a dark slide deck. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:12px;color-scheme:dark">${story()}</div>`],
};

/** A feed that cannot be read: the errors, each with its place in the feed. */
export const FeedError: Story = { args: { data: { peacekit: 1, missions: [{ id: 'x', acronym: 'X', sites: [{ id: 's', name: 'S', at: [200, 95, 3] }] }], asOf: 'soon' } } };

/** A mission without sites in the feed: a sentence, never a blank box. */
export const Empty: Story = { args: { data: world, mission: 'unmil', date: '2010' } };

/** Bad geography: an unknown country code and a site off the globe are reported; the rest is drawn. */
export const BadGeography: Story = {
  args: {
    data: {
      peacekit: 1,
      missions: [{
        id: 'untl', acronym: 'UNTL', countries: ['SLE', 'XYZ'], start: '2003',
        sites: [
          { id: 'fre', name: 'Freetown', at: [-13.234, 8.49], type: 'mission-hq', personnel: { troops: 900 } },
          { id: 'bo', name: 'Bo', at: [-11.738, 7.964], type: 'sector-hq', personnel: { troops: 500 } },
          { id: 'atl', name: 'Atlantis', at: [200, 95] },
        ],
      }],
    },
    mission: 'untl', date: '2004',
  },
};

/** The six UN languages: the kit's own words, dates, numbers and country names in each; Arabic lays out right to left (the map itself is not mirrored). */
export const SixLanguages: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:16px">
    ${['en', 'fr', 'es', 'ar', 'ru', 'zh'].map((lang) => html`<pk-mission-map lang=${lang} .data=${sierraLeone} mission="unamsil" date="2002"></pk-mission-map>`)}
  </div>`,
};
