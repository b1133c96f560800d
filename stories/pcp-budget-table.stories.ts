import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** The plan's budget, a column a year, as printed; a total that does not match its lines is flagged. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-budget-table',
  ...elementMeta('pcp-budget-table', { feed: 'cumbria-2021-2025', options: { format: ['full', 'compact'] } }),
};
export default meta;

/** Cumbria's four-year budget. The plan's 2022-23 total is £4m less than its lines: the table flags it. */
export const Cumbria: ElementStory = { tags: ['feed:cumbria-2021-2025'], args: { feed: 'cumbria-2021-2025' } };
export const CumbriaBilingual: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025-bilingual'], args: { feed: 'cumbria-2021-2025-bilingual' } };
export const WestYorkshire: ElementStory = { tags: ['!autodocs', 'feed:west-yorkshire-2021-2024'], args: { feed: 'west-yorkshire-2021-2024' } };
export const Compact: ElementStory = { args: { format: 'compact' } };
export const WithChange: ElementStory = { args: { change: true } };
export const TwoYears: ElementStory = { args: { years: '2023-24 2024-25' } };
export const PlainTotal: ElementStory = { args: { total: 'plain' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'cambridgeshire-2016-framework' } };
