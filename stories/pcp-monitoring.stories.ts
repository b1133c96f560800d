import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** How the plan's delivery is monitored and reported, and by whom. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-monitoring',
  ...elementMeta('pcp-monitoring', { feed: 'cumbria-2021-2025' }),
};
export default meta;

export const Cumbria: ElementStory = { tags: ['feed:cumbria-2021-2025'], args: { feed: 'cumbria-2021-2025' } };
export const Cleveland: ElementStory = { tags: ['!autodocs', 'feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const CumbriaBilingual: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025-bilingual'], args: { feed: 'cumbria-2021-2025-bilingual' } };
export const Durham: ElementStory = { tags: ['!autodocs', 'feed:durham-2018-2021'], args: { feed: 'durham-2018-2021' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'essex-2021-2024' } };
