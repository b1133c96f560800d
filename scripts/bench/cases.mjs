// What the Chromium bench renders: every element that renders from a plan, in each layout or view
// it offers, and <pcp-plan-document> as the whole plan page. A case an element shows as empty on a
// feed (no budget in that plan, say) is left out of that feed's table.
import { readdirSync } from 'node:fs';

export const CASES = [
  { label: 'objectives (list)', tag: 'pcp-objectives', attrs: { layout: 'list' } },
  { label: 'objectives (grid)', tag: 'pcp-objectives', attrs: { layout: 'grid' } },
  { label: 'objectives (accordion)', tag: 'pcp-objectives', attrs: { layout: 'accordion' } },
  { label: 'priority-wheel (1 ring)', tag: 'pcp-priority-wheel', attrs: {} },
  { label: 'priority-wheel (2 rings)', tag: 'pcp-priority-wheel', attrs: { rings: '2' } },
  { label: 'priority-wheel (table)', tag: 'pcp-priority-wheel', attrs: { view: 'table' } },
  { label: 'budget-table', tag: 'pcp-budget-table', attrs: {} },
  { label: 'budget-table (change)', tag: 'pcp-budget-table', attrs: { change: '' } },
  { label: 'funding', tag: 'pcp-funding', attrs: {} },
  { label: 'scenario-table', tag: 'pcp-scenario-table', attrs: {} },
  { label: 'progress', tag: 'pcp-progress', attrs: {} },
  { label: 'outcomes (table)', tag: 'pcp-outcomes', attrs: { layout: 'table' } },
  { label: 'outcomes (cards)', tag: 'pcp-outcomes', attrs: { layout: 'cards' } },
  { label: 'action-plan', tag: 'pcp-action-plan', attrs: {} },
  { label: 'plan-summary', tag: 'pcp-plan-summary', attrs: {} },
  { label: 'foreword', tag: 'pcp-foreword', attrs: {} },
  { label: 'contact', tag: 'pcp-contact', attrs: {} },
  { label: 'grants', tag: 'pcp-grants', attrs: {} },
  { label: 'monitoring', tag: 'pcp-monitoring', attrs: {} },
  { label: 'national-priorities', tag: 'pcp-national-priorities', attrs: {} },
  { label: 'PLAN PAGE (plan-document)', tag: 'pcp-plan-document', attrs: {}, page: true },
];

export const FEEDS = ['cumbria-2021-2025', 'west-cumbria-csp-2012-13', 'cambridgeshire-2016-framework', 'cambridgeshire-peterborough-2021-2024', 'cleveland-2020-21-update'];

/**
 * The other sample feeds (the real plans of other bodies): the wheel is timed on them too, as the plan
 * whose layout varies most with the plan (2 to 12 objectives, titles of any length).
 */
export const OTHER_FEEDS = readdirSync(new URL('../../demo/feeds/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .filter((name) => !FEEDS.includes(name))
  .sort();

/** The wheel's chart cases, timed on every sample feed. */
export const WHEEL_CASES = CASES.filter((spec) => spec.tag === 'pcp-priority-wheel' && spec.attrs.view !== 'table');
