import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FEEDS, type FeedName } from './feeds.js';

interface Args {
  feed: FeedName;
}

const meta: Meta<Args> = {
  // Only the controls these stories use (the manifest lists every attribute).
  parameters: { controls: { include: ['feed'] } },
  title: 'Foundation/pcp-plan',
  component: 'pcp-plan',
  argTypes: { feed: { control: 'select', options: Object.keys(FEEDS) } },
  args: { feed: 'Cumbria 2021-2025' },
};
export default meta;

/** One feed shared by every element inside, fetched once. */
export const SharedFeed: StoryObj<Args> = {
  render: ({ feed }) => html`
    <pcp-plan src=${FEEDS[feed]}>
      <pcp-plan-summary heading-level="2"></pcp-plan-summary>
    </pcp-plan>
  `,
};

/** A feed that breaks the schema: the message names the JSON path; the author's fallback link stays. */
export const SchemaError: StoryObj<Args> = {
  tags: ['error-state'],
  render: () => html`
    <pcp-plan src="examples/broken-plan.json">
      <pcp-plan-summary></pcp-plan-summary>
      <p><a href="https://www.cumbria-pcc.gov.uk">Read the plan on the commissioner's website</a></p>
    </pcp-plan>
  `,
};

/** A feed that cannot be fetched (404). */
export const NotFound: StoryObj<Args> = {
  tags: ['error-state'],
  render: () => html`<pcp-plan src="feeds/no-such-plan.json"><pcp-plan-summary></pcp-plan-summary></pcp-plan>`,
};

/** A feed that is not JSON: the message gives the line and column. */
export const NotJson: StoryObj<Args> = {
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
export const Loading: StoryObj<Args> = {
  tags: ['loading-state'],
  render: () => {
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => (String(input).includes('never.json') ? new Promise<Response>(() => {}) : realFetch(input, init));
    return html`<pcp-plan timeout="600000" src="feeds/never.json"><pcp-plan-summary></pcp-plan-summary><pcp-objectives></pcp-objectives></pcp-plan>`;
  },
};
