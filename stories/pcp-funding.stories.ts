import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** How the plan's money is shared out, as a bar of shares with its table. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-funding',
  ...elementMeta('pcp-funding', { feed: 'cleveland-2020-21-update' }),
};
export default meta;

export const Cleveland: ElementStory = { tags: ['feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const CambridgeshireAndPeterborough: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-peterborough-2021-2024'], args: { feed: 'cambridgeshire-peterborough-2021-2024' } };
export const DyfedPowys: ElementStory = { tags: ['!autodocs', 'feed:dyfed-powys-2021-2025'], args: { feed: 'dyfed-powys-2021-2025' } };
export const GreaterManchester: ElementStory = { tags: ['!autodocs', 'feed:greater-manchester-2024-2029'], args: { feed: 'greater-manchester-2024-2029' } };
export const Gwent: ElementStory = { tags: ['!autodocs', 'feed:gwent-2021-2025'], args: { feed: 'gwent-2021-2025' } };
export const Northamptonshire: ElementStory = { tags: ['!autodocs', 'feed:northamptonshire-2021-2026'], args: { feed: 'northamptonshire-2021-2026' } };
export const WestYorkshire: ElementStory = { tags: ['!autodocs', 'feed:west-yorkshire-2021-2024'], args: { feed: 'west-yorkshire-2021-2024' } };
export const OneSetById: ElementStory = { args: { feed: 'cambridgeshire-peterborough-2021-2024', shares: 'funding-passed-to-the-chief-constable' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'cumbria-2021-2025' } };
