import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { FEEDS, type FeedName } from './feeds.js';
import { withPreset, type PresetName } from './presets.js';

interface Args {
  feed: FeedName;
  layout: 'list' | 'grid' | 'accordion';
  objective: string;
  headingLevel: number;
  reading: 'plan' | 'easy';
  preset: PresetName;
}

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['feed', 'layout', 'objective', 'headingLevel', 'reading', 'preset'] } },
  title: 'Elements/pcp-objectives',
  component: 'pcp-objectives',
  argTypes: {
    feed: { control: 'select', options: Object.keys(FEEDS) },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'accordion'] },
    objective: { control: 'text', description: 'An id or number; empty for all' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    reading: { control: 'inline-radio', options: ['plan', 'easy'] },
    preset: { control: 'inline-radio', options: ['neutral', 'govuk'] },
  },
  args: { feed: 'Cumbria 2021-2025', layout: 'list', objective: '', headingLevel: 2, reading: 'plan', preset: 'neutral' },
  render: ({ feed, layout, objective, headingLevel, reading, preset }) =>
    withPreset(
      preset,
      html`<pcp-objectives
        src=${FEEDS[feed]}
        layout=${layout}
        objective=${objective || nothing}
        heading-level=${headingLevel}
        reading=${reading}
      ></pcp-objectives>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {};
export const Grid: Story = { args: { layout: 'grid', feed: 'Cambridgeshire and Peterborough 2021-2024 (draft)' } };
export const Accordion: Story = { args: { layout: 'accordion' } };
export const ClevelandProgressAndCommitments: Story = { args: { feed: 'Cleveland 2020-21 update' } };
export const Cambridgeshire2016Themes: Story = { args: { feed: 'Cambridgeshire 2016 framework', layout: 'grid' } };
export const WestCumbriaPriorities: Story = { args: { feed: 'West Cumbria CSP 2012-13', layout: 'grid' } };
export const OneObjectiveAlone: Story = { args: { objective: '3' } };
export const GovukPresetAccordion: Story = { args: { layout: 'accordion', preset: 'govuk' } };
export const GovukPresetGrid: Story = { args: { layout: 'grid', preset: 'govuk' } };

/** An objective the plan does not have: the empty state. */
export const NotInPlan: Story = { args: { objective: '99' } };

/** Easy read, from an inline feed (none of the sample documents has an easy-read version). */
export const EasyRead: Story = {
  render: ({ reading }) => html`<pcp-objectives reading=${reading}>
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
export const LoadError: Story = {
  tags: ['error-state'],
  render: () => html`<pcp-objectives src="feeds/no-such-plan.json"><a href="#">Read the plan (PDF)</a></pcp-objectives>`,
};
