import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { FEEDS, type FeedName } from './feeds.js';
import { withPreset, type PresetName } from './presets.js';

interface Args {
  feed: FeedName;
  rings: 1 | 2;
  detail: 'panel' | 'none';
  view: 'chart' | 'table';
  width: number;
  preset: PresetName;
}

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['feed', 'rings', 'detail', 'view', 'width', 'preset'] } },
  title: 'Elements/pcp-priority-wheel',
  component: 'pcp-priority-wheel',
  argTypes: {
    feed: { control: 'select', options: Object.keys(FEEDS) },
    rings: { control: 'inline-radio', options: [1, 2] },
    detail: { control: 'inline-radio', options: ['panel', 'none'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 20 } },
    preset: { control: 'inline-radio', options: ['neutral', 'govuk'] },
  },
  args: { feed: 'Cambridgeshire and Peterborough 2021-2024 (draft)', rings: 1, detail: 'panel', view: 'chart', width: 900, preset: 'neutral' },
  render: ({ feed, rings, detail, view, width, preset }) =>
    withPreset(
      preset,
      html`<div style=${styleMap({ maxWidth: `${width}px` })}>
        <pcp-priority-wheel src=${FEEDS[feed]} rings=${rings} detail=${detail} view=${view}></pcp-priority-wheel>
      </div>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const CambridgeshireAndPeterborough: Story = {};
export const Cumbria: Story = { args: { feed: 'Cumbria 2021-2025' } };
export const CumbriaTwoRings: Story = { args: { feed: 'Cumbria 2021-2025', rings: 2 } };
export const Cleveland: Story = { args: { feed: 'Cleveland 2020-21 update' } };
export const Cambridgeshire2016: Story = { args: { feed: 'Cambridgeshire 2016 framework' } };
export const WestCumbriaCsp: Story = { args: { feed: 'West Cumbria CSP 2012-13' } };
export const Narrow280: Story = { args: { width: 280 } };
export const Wide1200: Story = { args: { width: 1200, feed: 'Cumbria 2021-2025', rings: 2 } };
export const TableView: Story = { args: { view: 'table' } };
export const GovukPreset: Story = { args: { preset: 'govuk' } };

/** The wheel driving a list of objectives through one <pcp-plan>: select a segment and the accordion follows. */
export const WithObjectives: Story = {
  render: ({ feed }) => html`<pcp-plan src=${FEEDS[feed]}>
    <pcp-priority-wheel detail="none"></pcp-priority-wheel>
    <pcp-objectives layout="accordion" heading-level="3"></pcp-objectives>
  </pcp-plan>`,
};
