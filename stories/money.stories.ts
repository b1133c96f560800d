import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { FEEDS } from './feeds.js';
import { withPreset, type PresetName } from './presets.js';

interface Args {
  format: 'full' | 'compact';
  change: boolean;
  total: 'highlight' | 'plain' | 'none';
  years: string;
  width: number;
  preset: PresetName;
}

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['format', 'change', 'total', 'years', 'width', 'preset'] } },
  title: 'Elements/pcp-budget-table',
  component: 'pcp-budget-table',
  argTypes: {
    format: { control: 'inline-radio', options: ['full', 'compact'] },
    change: { control: 'boolean' },
    total: { control: 'inline-radio', options: ['highlight', 'plain', 'none'] },
    years: { control: 'text', description: 'Period ids, e.g. "2023-24 2024-25"; empty for all' },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
    preset: { control: 'inline-radio', options: ['neutral', 'govuk'] },
  },
  args: { format: 'full', change: false, total: 'highlight', years: '', width: 960, preset: 'neutral' },
  render: ({ format, change, total, years, width, preset }) =>
    withPreset(
      preset,
      html`<div style=${styleMap({ maxWidth: `${width}px` })}>
        <pcp-budget-table
          src=${FEEDS['Cumbria 2021-2025']}
          format=${format}
          ?change=${change}
          total=${total}
          years=${years || nothing}
        ></pcp-budget-table>
      </div>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Cumbria's four-year budget. The plan's 2022-23 total is £4m less than its lines: the table flags it. */
export const Cumbria: Story = {};
export const Compact: Story = { args: { format: 'compact' } };
export const WithChange: Story = { args: { change: true } };
export const TwoYears: Story = { args: { years: '2023-24 2024-25' } };
export const PlainTotal: Story = { args: { total: 'plain' } };
export const Narrow320: Story = { args: { width: 320 } };
export const GovukPreset: Story = { args: { preset: 'govuk' } };

/** A plan without a budget: the empty state. */
export const NoBudget: Story = {
  render: () => html`<pcp-budget-table src=${FEEDS['Cambridgeshire 2016 framework']}></pcp-budget-table>`,
};

export const NoScenarios: StoryObj = {
  name: 'pcp-scenario-table: a plan without scenarios',
  render: () => html`<pcp-scenario-table src=${FEEDS['Cumbria 2021-2025']}></pcp-scenario-table>`,
};

export const FundingOneSet: StoryObj = {
  name: 'pcp-funding: one set by id',
  render: () => html`<pcp-funding shares="funding-passed-to-the-chief-constable" src=${FEEDS['Cambridgeshire and Peterborough 2021-2024 (draft)']}></pcp-funding>`,
};

export const ScenarioTable: StoryObj = {
  name: 'pcp-scenario-table: Cleveland',
  render: () => html`<pcp-scenario-table src=${FEEDS['Cleveland 2020-21 update']}></pcp-scenario-table>`,
};

export const FundingCleveland: StoryObj = {
  name: 'pcp-funding: Cleveland',
  render: () => html`<pcp-funding src=${FEEDS['Cleveland 2020-21 update']}></pcp-funding>`,
};

export const FundingCambridgeshire: StoryObj = {
  name: 'pcp-funding: Cambridgeshire and Peterborough',
  render: () => html`<pcp-funding src=${FEEDS['Cambridgeshire and Peterborough 2021-2024 (draft)']}></pcp-funding>`,
};
