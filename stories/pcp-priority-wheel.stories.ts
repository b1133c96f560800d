import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementMeta, narrow, feedUrl, type ElementStory, type KitArgs } from './kit.js';

/** The plan's priorities as a wheel (one ring, or two with their objectives), with a table view. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-priority-wheel',
  ...elementMeta('pcp-priority-wheel', { feed: 'cambridgeshire-peterborough-2021-2024', width: 900 }),
};
export default meta;

export const CambridgeshireAndPeterborough: ElementStory = { tags: ['feed:cambridgeshire-peterborough-2021-2024'], args: { feed: 'cambridgeshire-peterborough-2021-2024' } };
export const BarkingAndDagenham: ElementStory = { tags: ['!autodocs', 'feed:barking-and-dagenham-2023-2026'], args: { feed: 'barking-and-dagenham-2023-2026' } };
export const BrightonAndHove: ElementStory = { tags: ['!autodocs', 'feed:brighton-and-hove-2023-2026'], args: { feed: 'brighton-and-hove-2023-2026' } };
export const Cambridgeshire2016: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-2016-framework'], args: { feed: 'cambridgeshire-2016-framework' } };
export const Cleveland: ElementStory = { tags: ['!autodocs', 'feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const Cumbria: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025'], args: { feed: 'cumbria-2021-2025' } };
export const CumbriaBilingual: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025-bilingual'], args: { feed: 'cumbria-2021-2025-bilingual' } };
export const Durham: ElementStory = { tags: ['!autodocs', 'feed:durham-2018-2021'], args: { feed: 'durham-2018-2021' } };
export const DyfedPowys: ElementStory = { tags: ['!autodocs', 'feed:dyfed-powys-2021-2025'], args: { feed: 'dyfed-powys-2021-2025' } };
export const Essex: ElementStory = { tags: ['!autodocs', 'feed:essex-2021-2024'], args: { feed: 'essex-2021-2024' } };
export const GreaterManchester: ElementStory = { tags: ['!autodocs', 'feed:greater-manchester-2024-2029'], args: { feed: 'greater-manchester-2024-2029' } };
export const Gwent: ElementStory = { tags: ['!autodocs', 'feed:gwent-2021-2025'], args: { feed: 'gwent-2021-2025' } };
export const Northamptonshire: ElementStory = { tags: ['!autodocs', 'feed:northamptonshire-2021-2026'], args: { feed: 'northamptonshire-2021-2026' } };
export const WestCumbria: ElementStory = { tags: ['!autodocs', 'feed:west-cumbria-csp-2012-13'], args: { feed: 'west-cumbria-csp-2012-13' } };
export const WestYorkshire: ElementStory = { tags: ['!autodocs', 'feed:west-yorkshire-2021-2024'], args: { feed: 'west-yorkshire-2021-2024' } };
export const CumbriaTwoRings: ElementStory = { args: { feed: 'cumbria-2021-2025', rings: '2' } };
export const TableView: ElementStory = { args: { view: 'table' } };
export const NoDetailPanel: ElementStory = { args: { detail: 'none' } };
export const Narrow: ElementStory = { name: 'Narrow (280px)', ...narrow({ args: { width: 280 } }) };
export const Wide1200: ElementStory = { args: { width: 1200, feed: 'cumbria-2021-2025', rings: '2' } };
export const GovukPreset: ElementStory = { name: 'GOV.UK preset', args: { preset: 'govuk' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'devon-and-cornwall-2017-2020' } };

/** The wheel driving a list of objectives through one <pcp-plan>: select a segment and the accordion follows. */
export const WithObjectives: ElementStory = {
  render: ({ feed }) => html`<pcp-plan src=${feedUrl(feed)}>
    <pcp-priority-wheel detail="none"></pcp-priority-wheel>
    <pcp-objectives layout="accordion" heading-level="3"></pcp-objectives>
  </pcp-plan>`,
};
