import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementMeta, type ElementStory, type KitArgs } from './kit.js';

/**
 * The provider: it fetches one feed and shares it with every element inside (each story shows a
 * summary, the wheel and the objectives under one `<pcp-plan>`, the wheel driving the accordion).
 */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-plan',
  ...elementMeta('pcp-plan', {
  feed: 'cumbria-2021-2025',
  inner:
    '<pcp-plan-summary heading-level="2"></pcp-plan-summary><pcp-priority-wheel detail="none"></pcp-priority-wheel><pcp-objectives layout="accordion" heading-level="3"></pcp-objectives>',
}),
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

/** A feed that breaks the schema: the message names the JSON path; the author's fallback link stays. */
export const SchemaError: ElementStory = {
  tags: ['error-state'],
  render: () => html`
    <pcp-plan src="examples/broken-plan.json">
      <pcp-plan-summary></pcp-plan-summary>
      <p><a href="https://www.cumbria-pcc.gov.uk">Read the plan on the commissioner's website</a></p>
    </pcp-plan>
  `,
};

/** A feed that cannot be fetched (404). */
export const NotFound: ElementStory = {
  tags: ['error-state'],
  render: () => html`<pcp-plan src="feeds/no-such-plan.json"><pcp-plan-summary></pcp-plan-summary></pcp-plan>`,
};

/** A feed that is not JSON: the message gives the line and column. */
export const NotJson: ElementStory = {
  tags: ['error-state'],
  render: () => html`<pcp-plan>
    <script type="application/json">
      { "schemaVersion": "1.0", "title": "Oops", }
    </script>
    <pcp-plan-summary></pcp-plan-summary>
  </pcp-plan>`,
};

/**
 * The loading state, held open: this story makes requests for "never.json" wait for ever (a stand-in
 * for a slow server; Storybook only).
 */
export const Loading: ElementStory = {
  tags: ['loading-state'],
  render: () => {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => (String(input).includes('never.json') ? new Promise<Response>(() => {}) : realFetch(input, init));
    return html`<pcp-plan timeout="600000" src="feeds/never.json"><pcp-plan-summary></pcp-plan-summary><pcp-objectives></pcp-objectives></pcp-plan>`;
  },
};
