import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** The grants the plan funds, with what each is for. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-grants',
  ...elementMeta('pcp-grants', { feed: 'cleveland-2020-21-update' }),
};
export default meta;

export const Cleveland: ElementStory = { tags: ['feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const Cambridgeshire2016: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-2016-framework'], args: { feed: 'cambridgeshire-2016-framework' } };
export const CambridgeshireAndPeterborough: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-peterborough-2021-2024'], args: { feed: 'cambridgeshire-peterborough-2021-2024' } };
export const Cumbria: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025'], args: { feed: 'cumbria-2021-2025' } };
export const CumbriaBilingual: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025-bilingual'], args: { feed: 'cumbria-2021-2025-bilingual' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'essex-2021-2024' } };
