import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { describeProblem, parseFeed } from '../src/model/index.js';
import sierraLeone from '../demo/feeds/sierra-leone.json';

const meta: Meta = { title: 'Feed/Problems', tags: ['!autodocs'] };
export default meta;

/** What `parseFeed` reports for a feed with mistakes: every problem at once, each with its path. */
export const ProblemsList: StoryObj = {
  render: () => {
    const broken = structuredClone(sierraLeone) as any;
    broken.missions[0].sites[0].at = [200, 95];
    broken.responsibilities[0].actor = 'nobody';
    const { problems } = parseFeed(broken);
    return html`<ul>${problems.map((p) => html`<li>${describeProblem(p)}</li>`)}</ul>`;
  },
};

/** A feed with five errors: the three views draw the rest, and the dossier says once what was left out (`::part(problems)`). */
const partial = () => {
  const broken = structuredClone(sierraLeone) as any;
  broken.missions[0].sites[3].at = [6.99, -9.47, 3];
  broken.missions[0].sites[5].start = '2004-13-01';
  broken.missions[0].strength[0].troops = -5;
  broken.tracks[0].items[1].dependsOn = ['nothing-here'];
  broken.events[0].date = '2004-13-01';
  return broken;
};

export const PartialFeed: StoryObj = {
  render: () => html`<pk-dossier .data=${partial()} mission="unamsil" date="2002-06-30">
    <pk-peacebuilding-timeline></pk-peacebuilding-timeline>
    <pk-mission-map></pk-mission-map>
    <pk-sector-matrix></pk-sector-matrix>
  </pk-dossier>`,
};

/** The same notice in Arabic: right to left, with Arabic's plural forms; the paths stay left to right. */
export const PartialFeedArabic: StoryObj = {
  render: () => html`<div lang="ar"><pk-sector-matrix .data=${partial()} date="2002-06-30"></pk-sector-matrix></div>`,
};

/** With `strict`, the same feed is the error state: nothing rather than a part. */
export const Strict: StoryObj = {
  render: () => html`<pk-mission-map strict .data=${partial()} mission="unamsil"></pk-mission-map>`,
};
