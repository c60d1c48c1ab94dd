import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
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
