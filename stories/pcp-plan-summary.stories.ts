import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FEEDS, type FeedName } from './feeds.js';

interface Args {
  feed: FeedName;
  headingLevel: number;
}

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['feed', 'headingLevel'] } },
  title: 'Elements/pcp-plan-summary',
  component: 'pcp-plan-summary',
  argTypes: {
    feed: { control: 'select', options: Object.keys(FEEDS) },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { feed: 'Cumbria 2021-2025', headingLevel: 2 },
  render: ({ feed, headingLevel }) => html`<pcp-plan-summary src=${FEEDS[feed]} heading-level=${headingLevel}></pcp-plan-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Cumbria: Story = {};
export const CambridgeshireAndPeterboroughDraft: Story = { args: { feed: 'Cambridgeshire and Peterborough 2021-2024 (draft)' } };
export const Cambridgeshire2016: Story = { args: { feed: 'Cambridgeshire 2016 framework' } };
export const Cleveland: Story = { args: { feed: 'Cleveland 2020-21 update' } };
export const WestCumbriaCsp: Story = { args: { feed: 'West Cumbria CSP 2012-13' } };

/** In a 320px column, as on a phone. */
export const Narrow: Story = {
  render: ({ feed }) => html`<div style="max-width: 320px"><pcp-plan-summary src=${FEEDS[feed]}></pcp-plan-summary></div>`,
};
