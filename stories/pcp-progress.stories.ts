import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { FEEDS } from './feeds.js';
import { withPreset, type PresetName } from './presets.js';

interface Args {
  objective: string;
  status: string;
  scale: string;
  preset: PresetName;
}

const FOUR_COLOUR_SCALE = JSON.stringify({
  planned: { label: 'Done', color: '#1d70b8' },
  delivered: { label: 'Completed', color: '#00703c' },
  'in-progress': { label: 'In progress', color: '#6b5b00' },
  'at-risk': { label: 'Challenging', color: '#b3261e' },
});

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['objective', 'status', 'scale', 'preset'] } },
  title: 'Elements/pcp-progress',
  component: 'pcp-progress',
  argTypes: {
    objective: { control: 'text', description: 'An objective id or number' },
    status: { control: 'select', options: ['', 'delivered', 'in-progress', 'at-risk', 'not-started', 'planned', 'red', 'amber', 'green', 'complete'] },
    scale: { control: 'text', description: 'JSON: a label and colour per status' },
    preset: { control: 'inline-radio', options: ['neutral', 'govuk'] },
  },
  args: { objective: '', status: '', scale: '', preset: 'neutral' },
  render: ({ objective, status, scale, preset }) =>
    withPreset(
      preset,
      html`<pcp-progress
        src=${FEEDS['Cleveland 2020-21 update']}
        objective=${objective || nothing}
        status=${status || nothing}
        scale=${scale || nothing}
      ></pcp-progress>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Cleveland's update: each priority's progress (delivered) and future commitments (planned). */
export const Cleveland: Story = {};
export const OnePriority: Story = { args: { objective: '2' } };
export const FourColourScale: Story = { args: { scale: FOUR_COLOUR_SCALE } };
export const OnlyPlanned: Story = { args: { status: 'planned' } };
export const GovukPreset: Story = { args: { preset: 'govuk' } };

/** A plan with only a target (Vision Zero 2040): the measure without a bar. */
export const MeasureWithTargetOnly: Story = {
  render: () => html`<pcp-progress src=${FEEDS['Cambridgeshire and Peterborough 2021-2024 (draft)']}></pcp-progress>`,
};

/** A plan that reports no progress: the empty state. */
export const NoProgress: Story = {
  render: () => html`<pcp-progress src=${FEEDS['Cumbria 2021-2025']}></pcp-progress>`,
};
