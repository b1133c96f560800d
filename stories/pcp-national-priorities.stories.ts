import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** How the plan meets the national policing priorities (the Strategic Policing Requirement, the national crime and policing measures). */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-national-priorities',
  ...elementMeta('pcp-national-priorities', { feed: 'cambridgeshire-peterborough-2021-2024' }),
};
export default meta;

export const CambridgeshireAndPeterborough: ElementStory = { tags: ['feed:cambridgeshire-peterborough-2021-2024'], args: { feed: 'cambridgeshire-peterborough-2021-2024' } };
export const Cumbria: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025'], args: { feed: 'cumbria-2021-2025' } };
export const CumbriaBilingual: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025-bilingual'], args: { feed: 'cumbria-2021-2025-bilingual' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'essex-2021-2024' } };
