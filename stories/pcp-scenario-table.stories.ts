import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** The plan's funding scenarios side by side. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-scenario-table',
  ...elementMeta('pcp-scenario-table', { feed: 'cleveland-2020-21-update' }),
};
export default meta;

export const Cleveland: ElementStory = { tags: ['feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'cumbria-2021-2025' } };
