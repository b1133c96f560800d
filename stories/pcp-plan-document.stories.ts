import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** The whole plan as one page: every part the plan has, in the order of a printed plan, with its contents list. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-plan-document',
  ...elementMeta('pcp-plan-document', { feed: 'cumbria-2021-2025' }),
};
export default meta;

export const Cumbria: ElementStory = { tags: ['feed:cumbria-2021-2025'], args: { feed: 'cumbria-2021-2025' } };
export const BarkingAndDagenham: ElementStory = { tags: ['!autodocs', 'feed:barking-and-dagenham-2023-2026'], args: { feed: 'barking-and-dagenham-2023-2026' } };
export const BrightonAndHove: ElementStory = { tags: ['!autodocs', 'feed:brighton-and-hove-2023-2026'], args: { feed: 'brighton-and-hove-2023-2026' } };
export const Cambridgeshire2016: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-2016-framework'], args: { feed: 'cambridgeshire-2016-framework' } };
export const CambridgeshireAndPeterborough: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-peterborough-2021-2024'], args: { feed: 'cambridgeshire-peterborough-2021-2024' } };
export const Cleveland: ElementStory = { tags: ['!autodocs', 'feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const CumbriaBilingual: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025-bilingual'], args: { feed: 'cumbria-2021-2025-bilingual' } };
export const DevonAndCornwall: ElementStory = { tags: ['!autodocs', 'feed:devon-and-cornwall-2017-2020'], args: { feed: 'devon-and-cornwall-2017-2020' } };
export const Durham: ElementStory = { tags: ['!autodocs', 'feed:durham-2018-2021'], args: { feed: 'durham-2018-2021' } };
export const DyfedPowys: ElementStory = { tags: ['!autodocs', 'feed:dyfed-powys-2021-2025'], args: { feed: 'dyfed-powys-2021-2025' } };
export const Essex: ElementStory = { tags: ['!autodocs', 'feed:essex-2021-2024'], args: { feed: 'essex-2021-2024' } };
export const GreaterManchester: ElementStory = { tags: ['!autodocs', 'feed:greater-manchester-2024-2029'], args: { feed: 'greater-manchester-2024-2029' } };
export const Gwent: ElementStory = { tags: ['!autodocs', 'feed:gwent-2021-2025'], args: { feed: 'gwent-2021-2025' } };
export const Northamptonshire: ElementStory = { tags: ['!autodocs', 'feed:northamptonshire-2021-2026'], args: { feed: 'northamptonshire-2021-2026' } };
export const WestCumbria: ElementStory = { tags: ['!autodocs', 'feed:west-cumbria-csp-2012-13'], args: { feed: 'west-cumbria-csp-2012-13' } };
export const WestYorkshire: ElementStory = { tags: ['!autodocs', 'feed:west-yorkshire-2021-2024'], args: { feed: 'west-yorkshire-2021-2024' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
