import type { Meta } from '@storybook/web-components-vite';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

const FOUR_COLOUR_SCALE = JSON.stringify({
  planned: { label: 'Done', color: '#1d70b8' },
  delivered: { label: 'Completed', color: '#00703c' },
  'in-progress': { label: 'In progress', color: '#6b5b00' },
  'at-risk': { label: 'Challenging', color: '#b3261e' },
});

/** What the plan reports done, under way and at risk, per priority, and its measures. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-progress',
  ...elementMeta('pcp-progress', {
  feed: 'cleveland-2020-21-update',
  options: { status: ['delivered', 'in-progress', 'at-risk', 'not-started', 'planned', 'red', 'amber', 'green', 'complete'] },
}),
};
export default meta;

export const Cleveland: ElementStory = { tags: ['feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const BrightonAndHove: ElementStory = { tags: ['!autodocs', 'feed:brighton-and-hove-2023-2026'], args: { feed: 'brighton-and-hove-2023-2026' } };
export const CambridgeshireAndPeterborough: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-peterborough-2021-2024'], args: { feed: 'cambridgeshire-peterborough-2021-2024' } };
export const DevonAndCornwall: ElementStory = { tags: ['!autodocs', 'feed:devon-and-cornwall-2017-2020'], args: { feed: 'devon-and-cornwall-2017-2020' } };
export const Durham: ElementStory = { tags: ['!autodocs', 'feed:durham-2018-2021'], args: { feed: 'durham-2018-2021' } };
export const Essex: ElementStory = { tags: ['!autodocs', 'feed:essex-2021-2024'], args: { feed: 'essex-2021-2024' } };
export const GreaterManchester: ElementStory = { tags: ['!autodocs', 'feed:greater-manchester-2024-2029'], args: { feed: 'greater-manchester-2024-2029' } };
export const Gwent: ElementStory = { tags: ['!autodocs', 'feed:gwent-2021-2025'], args: { feed: 'gwent-2021-2025' } };
export const Northamptonshire: ElementStory = { tags: ['!autodocs', 'feed:northamptonshire-2021-2026'], args: { feed: 'northamptonshire-2021-2026' } };
export const OnePriority: ElementStory = { args: { objective: '2' } };
export const FourColourScale: ElementStory = { args: { scale: FOUR_COLOUR_SCALE } };
export const OnlyPlanned: ElementStory = { args: { status: 'planned' } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
/** A plan that reports no progress: the empty state. */
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'cumbria-2021-2025' } };
