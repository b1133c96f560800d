import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FEEDS, type FeedName } from './feeds.js';
import { withPreset, type PresetName } from './presets.js';

interface Args {
  feed: FeedName;
  preset: PresetName;
}

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['feed', 'preset'] } },
  title: 'Elements/pcp-plan-document',
  component: 'pcp-plan-document',
  argTypes: {
    feed: { control: 'select', options: Object.keys(FEEDS) },
    preset: { control: 'inline-radio', options: ['neutral', 'govuk'] },
  },
  args: { feed: 'Cumbria 2021-2025', preset: 'neutral' },
  render: ({ feed, preset }) => withPreset(preset, html`<pcp-plan-document src=${FEEDS[feed]}></pcp-plan-document>`),
};
export default meta;

type Story = StoryObj<Args>;

export const Cumbria: Story = {};
export const CambridgeshireAndPeterboroughDraft: Story = { args: { feed: 'Cambridgeshire and Peterborough 2021-2024 (draft)' } };
export const Cleveland: Story = { args: { feed: 'Cleveland 2020-21 update' } };
export const Cambridgeshire2016: Story = { args: { feed: 'Cambridgeshire 2016 framework' } };
export const WestCumbriaCsp: Story = { args: { feed: 'West Cumbria CSP 2012-13' } };
export const GovukPreset: Story = { args: { preset: 'govuk' } };

export const Foreword: StoryObj = {
  name: 'pcp-foreword',
  render: () => html`<pcp-foreword src=${FEEDS['Cumbria 2021-2025']}></pcp-foreword>`,
};
export const Contact: StoryObj = {
  name: 'pcp-contact',
  render: () => html`<pcp-contact src=${FEEDS['Cumbria 2021-2025']}></pcp-contact>`,
};
export const Grants: StoryObj = {
  name: 'pcp-grants',
  render: () => html`<pcp-grants src=${FEEDS['Cleveland 2020-21 update']}></pcp-grants>`,
};
export const Monitoring: StoryObj = {
  name: 'pcp-monitoring',
  render: () => html`<pcp-monitoring src=${FEEDS['Cumbria 2021-2025']}></pcp-monitoring>`,
};
export const NationalPriorities: StoryObj = {
  name: 'pcp-national-priorities',
  render: () => html`<pcp-national-priorities src=${FEEDS['Cambridgeshire and Peterborough 2021-2024 (draft)']}></pcp-national-priorities>`,
};
