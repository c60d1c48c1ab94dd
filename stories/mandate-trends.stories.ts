import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/mandates/mandate-trends.js';
import '../src/dossier/dossier.js';
import '../src/matrix/sector-matrix.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';
import liberia from '../demo/feeds/liberia.json';
import world from '../demo/feeds/world.json';
import { mandatesFeed } from '../test/fixtures/mandates.js';

interface Args {
  mission?: string;
  missions?: string;
  over?: '' | 'years';
  date?: string;
  theme?: 'light' | 'dark' | 'auto';
  noControls?: boolean;
  data?: unknown;
  lang?: string;
}

/** The two demo feeds as one: UNAMSIL and UNMIL side by side. */
const twoMissions = {
  peacekit: 1, lang: 'en',
  sources: [...sierraLeone.sources, ...liberia.sources.filter((s) => !sierraLeone.sources.some((x) => x.id === s.id))],
  sectors: [...(sierraLeone.sectors ?? []), ...((liberia as { sectors?: typeof sierraLeone.sectors }).sectors ?? [])],
  missions: [...sierraLeone.missions, ...liberia.missions].filter((m) => m.mandates?.length),
};

const meta: Meta<Args> = {
  title: 'Elements/Mandate trends',
  component: 'pk-mandate-trends',
  args: { mission: 'unamsil', date: '2000-02-07' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    over: { control: 'inline-radio', options: ['', 'years'] },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'ar', 'ru', 'zh'] },
  },
  render: (a) => html`<pk-mandate-trends lang=${a.lang ?? nothing} .data=${a.data ?? sierraLeone}
    mission=${a.mission ?? nothing} missions=${a.missions ?? nothing} over=${a.over ?? nothing} date=${a.date ?? nothing} theme=${a.theme ?? nothing}
    ?no-controls=${a.noControls}></pk-mandate-trends>`,
};
export default meta;
type Story = StoryObj<Args>;

/** UNAMSIL from resolution 1270 (1999) to 1610 (2005): the tasks as the resolutions word them. */
export const Unamsil: Story = {};

/** UNAMSIL and UNMIL in mid-2004: missions against the five priority areas. */
export const SeveralMissions: Story = { args: { data: twoMissions, mission: undefined, date: '2004-06-30' } };

/**
 * The same missions year by year (`over="years"`): small multiples, one panel per priority area on one
 * year scale; a block where a mission's mandates that year carry a task in the area, and how many of the
 * missions then under a mandate did. Enter or a click on a year moves the date to it.
 */
export const SeveralMissionsOverYears: Story = { args: { data: twoMissions, mission: undefined, over: 'years', date: '2004-06-30' } };

/** Every current mission of the world feed, year by year, in the dark theme. */
export const WorldOverYearsDark: Story = { args: { data: world, mission: undefined, over: 'years', date: '2020', theme: 'dark' } };

/** Every state: continued, added, changed in wording and in kind, dropped, carried over by an extension. */
export const EveryState: Story = { args: { data: mandatesFeed(), mission: 'untl', date: '2004-07-01' } };

export const Arabic: Story = { args: { lang: 'ar' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** In a dossier: choosing a resolution moves the matrix to its date; choosing a task marks its sector. */
export const InADossier: Story = {
  render: () => html`<pk-dossier .data=${sierraLeone} mission="unamsil" date="2000-02-07">
    <pk-mandate-trends></pk-mandate-trends><pk-sector-matrix></pk-sector-matrix></pk-dossier>`,
};
