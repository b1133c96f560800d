import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { elementMeta, narrow, type ElementStory, type KitArgs } from './kit.js';

/** The plan's objectives (priorities, themes), as a list, a grid of cards or an accordion. */
const meta: Meta<KitArgs> = {
  title: 'Elements/pcp-objectives',
  ...elementMeta('pcp-objectives', { feed: 'cumbria-2021-2025', options: { layout: ['list', 'grid', 'accordion'] } }),
};
export default meta;

export const Cumbria: ElementStory = { tags: ['feed:cumbria-2021-2025'], args: { feed: 'cumbria-2021-2025' } };
export const BarkingAndDagenham: ElementStory = { tags: ['!autodocs', 'feed:barking-and-dagenham-2023-2026'], args: { feed: 'barking-and-dagenham-2023-2026' } };
export const BrightonAndHove: ElementStory = { tags: ['!autodocs', 'feed:brighton-and-hove-2023-2026'], args: { feed: 'brighton-and-hove-2023-2026' } };
export const Cambridgeshire2016: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-2016-framework'], args: { feed: 'cambridgeshire-2016-framework' } };
export const CambridgeshireAndPeterborough: ElementStory = { tags: ['!autodocs', 'feed:cambridgeshire-peterborough-2021-2024'], args: { feed: 'cambridgeshire-peterborough-2021-2024' } };
export const Cleveland: ElementStory = { tags: ['!autodocs', 'feed:cleveland-2020-21-update'], args: { feed: 'cleveland-2020-21-update' } };
export const CumbriaBilingual: ElementStory = { tags: ['!autodocs', 'feed:cumbria-2021-2025-bilingual'], args: { feed: 'cumbria-2021-2025-bilingual' } };
export const Durham: ElementStory = { tags: ['!autodocs', 'feed:durham-2018-2021'], args: { feed: 'durham-2018-2021' } };
export const DyfedPowys: ElementStory = { tags: ['!autodocs', 'feed:dyfed-powys-2021-2025'], args: { feed: 'dyfed-powys-2021-2025' } };
export const Essex: ElementStory = { tags: ['!autodocs', 'feed:essex-2021-2024'], args: { feed: 'essex-2021-2024' } };
export const GreaterManchester: ElementStory = { tags: ['!autodocs', 'feed:greater-manchester-2024-2029'], args: { feed: 'greater-manchester-2024-2029' } };
export const Gwent: ElementStory = { tags: ['!autodocs', 'feed:gwent-2021-2025'], args: { feed: 'gwent-2021-2025' } };
export const Northamptonshire: ElementStory = { tags: ['!autodocs', 'feed:northamptonshire-2021-2026'], args: { feed: 'northamptonshire-2021-2026' } };
export const WestCumbria: ElementStory = { tags: ['!autodocs', 'feed:west-cumbria-csp-2012-13'], args: { feed: 'west-cumbria-csp-2012-13' } };
export const WestYorkshire: ElementStory = { tags: ['!autodocs', 'feed:west-yorkshire-2021-2024'], args: { feed: 'west-yorkshire-2021-2024' } };
export const Grid: ElementStory = { args: { layout: 'grid', feed: 'cambridgeshire-peterborough-2021-2024' } };
export const Accordion: ElementStory = { args: { layout: 'accordion' } };
export const OneObjectiveAlone: ElementStory = { args: { objective: '3' } };
export const Narrow: ElementStory = { name: 'Narrow (320px), accordion', ...narrow({ args: { layout: 'accordion' } }) };
export const GovukPresetAccordion: ElementStory = { name: 'GOV.UK preset, accordion', args: { preset: 'govuk', layout: 'accordion' } };
export const GovukPresetGrid: ElementStory = { name: 'GOV.UK preset, grid', args: { preset: 'govuk', layout: 'grid' } };
export const Empty: ElementStory = { tags: ['empty-state'], args: { feed: 'devon-and-cornwall-2017-2020' } };

/** An objective the plan does not have: the empty state. */
export const NotInPlan: ElementStory = { tags: ['empty-state'], args: { objective: '99' } };

/** Easy read, from an inline feed (none of the sample documents has an easy-read version). */
export const EasyRead: ElementStory = {
  render: () => html`<pcp-objectives reading="easy">
    <script type="application/json">
      {
        "schemaVersion": "1.0",
        "id": "easy-read-example",
        "title": "An example plan with easy-read summaries",
        "area": "Exampleshire",
        "publisher": { "name": "Exampleshire Police and Crime Commissioner", "kind": "police-and-crime-commissioner" },
        "period": { "start": "2025", "end": "2029" },
        "status": "draft",
        "objectives": [
          {
            "id": "safer-streets",
            "number": 1,
            "title": "Safer streets",
            "summary": ["We will reduce anti-social behaviour through targeted multi-agency interventions in hotspot areas."],
            "easyRead": ["We will work with others to stop people causing trouble in the places where it happens most."]
          },
          {
            "id": "victims-first",
            "number": 2,
            "title": "Victims first",
            "summary": ["We will commission services that help victims to cope and recover."],
            "easyRead": ["We will pay for help for people who have been hurt by crime."]
          }
        ]
      }
    </script>
  </pcp-objectives>`,
};

/** A feed that cannot be loaded: the message, and the author's fallback link. */
export const LoadError: ElementStory = {
  tags: ['error-state'],
  render: () => html`<pcp-objectives src="feeds/no-such-plan.json"><a href="#">Read the plan (PDF)</a></pcp-objectives>`,
};
