import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/matrix/sector-matrix.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';
import liberia from '../demo/feeds/liberia.json';
import { largeMatrixFeed, LARGE_DATE } from '../test/fixtures/large-matrix.js';

interface Args {
  date?: string;
  compare?: string;
  mission?: string;
  sort?: 'area' | 'roles' | 'alpha';
  roles?: string;
  actorTypes?: string;
  theme?: 'light' | 'dark' | 'auto';
  noControls?: boolean;
  data?: unknown;
  src?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Sector matrix',
  component: 'pk-sector-matrix',
  args: { date: '2003-06-30', sort: 'area' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['area', 'roles', 'alpha'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en', 'fr', 'es', 'ar', 'ru', 'zh'] },
  },
  render: (a) => html`<pk-sector-matrix lang=${a.lang ?? nothing}
    .data=${a.src ? undefined : (a.data ?? sierraLeone)} src=${a.src ?? nothing}
    date=${a.date ?? nothing} compare=${a.compare ?? nothing} mission=${a.mission ?? nothing} sort=${a.sort ?? nothing}
    roles=${a.roles ?? nothing} actor-types=${a.actorTypes ?? nothing} theme=${a.theme ?? nothing}
    ?no-controls=${a.noControls}></pk-sector-matrix>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Sierra Leone in mid-2003: UNAMSIL at full strength beside the Government, the police and the electoral commission. */
export const DuringTheMission: Story = {};

/** 1999, a few weeks after the Lomé agreement and the first mandate: the Government leads, UNAMSIL enables and implements. */
/** Liberia after the security transition of 30 June 2016: the Liberia National Police implement security, UNMIL supports. */
export const Liberia: Story = { args: { data: liberia, date: '2017-01-01', mission: undefined } };

/** Liberia: what changed between the 2011 elections and the security transition. */
export const LiberiaSecurityTransition: Story = { args: { data: liberia, date: '2016-07-01', compare: '2016-06-30', mission: undefined } };

export const EarlyMission: Story = { args: { date: '1999-12-31' } };

/** 2010: after UNAMSIL, peacebuilding continues with UNIPSIL, the Peacebuilding Commission and the Fund. */
export const AfterTheMission: Story = { args: { date: '2010-06-30' } };

/** The handover at UNAMSIL's departure: what ends, what passes to UNIOSIL, what begins. */
export const HandoverAtDeparture: Story = { args: { date: '2006-06-30', compare: '2005-06-30' } };

/** Only the national actors and the mission, only lead and implement roles. */
export const Filtered: Story = { args: { actorTypes: 'national-government mission', roles: 'lead implement' } };

/** Sectors with the most roles first. */
export const SortedByRoles: Story = { args: { sort: 'roles' } };

/** A to Z, without priority-area groups. */
export const SortedAlphabetically: Story = { args: { sort: 'alpha', date: '2010-06-30' } };

/** For a briefing screen: no controls, the legend stays. */
export const BriefingNoControls: Story = { args: { noControls: true, date: '2006-06-30', compare: '2005-06-30' } };

/** 300 sectors x 40 actors, 3,000 responsibilities (seeded, the bench's fixture): sticky headers, vertical column labels. */
export const Large: Story = { args: { data: largeMatrixFeed(), date: LARGE_DATE } };

export const Dark: Story = {
  args: { theme: 'dark', date: '2006-06-30', compare: '2005-06-30' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:8px;color-scheme:dark">${story()}</div>`],
};

/** Before anything: the element says so in words. */
export const Empty: Story = { args: { date: '1998-01-01', mission: 'unamsil' } };

/** A feed that cannot be read at all: the error, in words. */
export const InvalidFeed: Story = { args: { data: { peacekit: 'one' } } };

/** A feed with a broken responsibility: the rest is drawn, and the problem is listed with its path above. */
export const PartlyInvalid: Story = {
  args: {
    data: { ...sierraLeone, responsibilities: [...sierraLeone.responsibilities, { sector: 'ssr', actor: 'nobody', role: 'lead', start: '2003' }] },
  },
};

/** The six UN languages: sectors, roles, actor types and the summary in each; in Arabic the grid runs right to left, arrow keys included. */
export const SixLanguages: Story = {
  render: () => html`<div style="display:grid;gap:24px">
    ${['en', 'fr', 'es', 'ar', 'ru', 'zh'].map((lang) => html`<pk-sector-matrix lang=${lang} .data=${sierraLeone} date="2006-06-30" compare="2005-06-30"></pk-sector-matrix>`)}
  </div>`,
};
