import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementMeta, narrow, feedUrl, type ElementStory, type KitArgs } from './kit.js';

/** A partnership's action plan: actions by priority, with lead agencies and review dates, filtered and searched. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-action-plan',
  ...elementMeta('pcp-action-plan', { feed: 'west-cumbria-csp-2012-13', args: { 'as-of': '2012-03' }, width: 1000 }),
};
export default meta;

export const WestCumbria: ElementStory = { tags: ['feed:west-cumbria-csp-2012-13'], args: { feed: 'west-cumbria-csp-2012-13' } };
export const OneAgencyByShortName: ElementStory = { args: { agency: 'Derwent & Solway HA' } };
export const CumbriaConstabulary: ElementStory = { args: { agency: 'Cumbria Constabulary' } };
export const OnePriority: ElementStory = { args: { priority: 'Reduce Re-Offending' } };
export const WithoutControls: ElementStory = { args: { 'no-controls': true } };
export const Narrow: ElementStory = { name: 'Narrow (320px)', ...narrow() };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'cumbria-2021-2025' } };

/** A CSP page: its own action plan and the commissioner's shared outcomes, two feeds side by side. */
export const TwoFeedsOnOnePage: ElementStory = {
  render: () => html`
    <pcp-plan src=${feedUrl('west-cumbria-csp-2012-13')}><pcp-action-plan agency="Cumbria Constabulary" no-controls></pcp-action-plan></pcp-plan>
    <pcp-plan src=${feedUrl('cambridgeshire-2016-framework')}><pcp-outcomes></pcp-outcomes></pcp-plan>
  `,
};
