import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { FEEDS } from './feeds.js';
import { withPreset, type PresetName } from './presets.js';

interface Args {
  priority: string;
  agency: string;
  search: string;
  asOf: string;
  width: number;
  preset: PresetName;
}

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['priority', 'agency', 'search', 'asOf', 'width', 'preset'] } },
  title: 'Elements/pcp-action-plan',
  component: 'pcp-action-plan',
  argTypes: {
    priority: { control: 'text' },
    agency: { control: 'text', description: 'Full name or short name, e.g. "Derwent & Solway HA"' },
    search: { control: 'text' },
    asOf: { control: 'text', description: 'YYYY-MM: review dates before it are marked overdue' },
    width: { control: { type: 'range', min: 320, max: 1200, step: 20 } },
    preset: { control: 'inline-radio', options: ['neutral', 'govuk'] },
  },
  args: { priority: '', agency: '', search: '', asOf: '2012-03', width: 1000, preset: 'neutral' },
  render: ({ priority, agency, search, asOf, width, preset }) =>
    withPreset(
      preset,
      html`<div style=${styleMap({ maxWidth: `${width}px` })}>
        <pcp-action-plan
          src=${FEEDS['West Cumbria CSP 2012-13']}
          priority=${priority || nothing}
          agency=${agency || nothing}
          search=${search || nothing}
          as-of=${asOf || nothing}
        ></pcp-action-plan>
      </div>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const WestCumbria: Story = {};
export const OneAgencyByShortName: Story = { args: { agency: 'Derwent & Solway HA' } };
export const CumbriaConstabulary: Story = { args: { agency: 'Cumbria Constabulary' } };
export const OnePriority: Story = { args: { priority: 'Reduce Re-Offending' } };
export const Narrow320Cards: Story = { args: { width: 320 } };
export const GovukPreset: Story = { args: { preset: 'govuk' } };

export const OutcomesTable: StoryObj = {
  name: 'pcp-outcomes: table',
  render: () => html`<pcp-outcomes src=${FEEDS['Cambridgeshire 2016 framework']}></pcp-outcomes>`,
};

export const OutcomesOneTheme: StoryObj = {
  name: 'pcp-outcomes: one theme',
  render: () => html`<pcp-outcomes theme="Victims" src=${FEEDS['Cambridgeshire 2016 framework']}></pcp-outcomes>`,
};

export const OutcomesCards: StoryObj = {
  name: 'pcp-outcomes: cards',
  render: () => html`<pcp-outcomes layout="cards" src=${FEEDS['Cambridgeshire 2016 framework']}></pcp-outcomes>`,
};

/** A CSP page: its own action plan and the commissioner's shared outcomes, two feeds side by side. */
export const TwoFeedsOnOnePage: StoryObj = {
  render: () => html`
    <pcp-plan src=${FEEDS['West Cumbria CSP 2012-13']}><pcp-action-plan agency="Cumbria Constabulary" no-controls></pcp-action-plan></pcp-plan>
    <pcp-plan src=${FEEDS['Cambridgeshire 2016 framework']}><pcp-outcomes></pcp-outcomes></pcp-plan>
  `,
};
