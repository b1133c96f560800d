import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** The outcomes a partnership works towards, per theme, as a table or cards. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-outcomes',
  ...elementMeta('pcp-outcomes', { feed: 'cambridgeshire-2016-framework' }),
};
export default meta;

export const Cambridgeshire2016: ElementStory = { tags: ['feed:cambridgeshire-2016-framework'], args: { feed: 'cambridgeshire-2016-framework' } };
export const Essex: ElementStory = { tags: ['!autodocs', 'feed:essex-2021-2024'], args: { feed: 'essex-2021-2024' } };
export const OneTheme: ElementStory = { args: { theme: 'Victims' } };
export const Cards: ElementStory = { args: { layout: 'cards' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'cumbria-2021-2025' } };
