// The accessibility matrix as data: every element × every sample feed × every layout or variant the
// element documents (docs/elements.md) × both preset themes. An element with nothing to show for a
// feed is checked once, in its empty state, instead of in each variant.
import { readdirSync, readFileSync } from 'node:fs';

const feedDir = new URL('../../demo/feeds/', import.meta.url);
export const FEEDS = readdirSync(feedDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    src: `/demo/feeds/${file}`,
    plan: JSON.parse(readFileSync(new URL(file, feedDir), 'utf8')),
  }));

export const PRESETS = ['neutral', 'govuk'];

/**
 * The feeds every variant and preset runs on: the five seed documents (and the bilingual sample). The
 * real plans written up for format 2 run each element in its default form with the first preset: their
 * content is what they add (long titles, twelve priorities, printed figures, Welsh-only text), and the
 * variants are the same code on every feed. All of them would triple the suite's time.
 */
const FULL_MATRIX = new Set([
  'cumbria-2021-2025',
  'cumbria-2021-2025-bilingual',
  'west-cumbria-csp-2012-13',
  'cambridgeshire-2016-framework',
  'cambridgeshire-peterborough-2021-2024',
  'cleveland-2020-21-update',
]);

const hasStatus = (actions = [], status) =>
  actions.some((action) => (status ? action.status === status : action.status) || hasStatus(action.actions, status));

/**
 * Per element: whether a feed has content for it, and its variants as attribute sets. `prepare`
 * names a state reached by using the element (all accordion panels open, a wheel segment selected).
 * A variant's own `has` leaves it out for feeds where it would show nothing. `controls` lists the
 * kinds of control the suite must find and use from the keyboard (element-wide, or per variant).
 * `heading-level="7"` (ARIA headings past h6) is added to every element's variants below.
 */
const ELEMENTS = {
  'pcp-plan-summary': { has: () => true, variants: [{}] },
  'pcp-objectives': {
    has: (plan) => plan.objectives.length > 0,
    variants: [
      {},
      { layout: 'grid' },
      { layout: 'accordion', controls: ['aria-expanded'] },
      { layout: 'accordion', prepare: 'open-all', controls: ['aria-expanded'] },
      { reading: 'easy' },
    ],
  },
  'pcp-priority-wheel': {
    has: (plan) => plan.objectives.length > 0,
    controls: ['option', 'aria-pressed', 'download'],
    variants: [
      {},
      { rings: '2' },
      { view: 'table', controls: ['aria-pressed', 'download'] },
      { detail: 'none' },
      { prepare: 'select' },
      { rings: '2', prepare: 'select' },
    ],
  },
  'pcp-budget-table': {
    has: (plan) => Boolean(plan.budgets?.length),
    controls: ['download'],
    variants: [{}, { format: 'compact' }, { change: '' }, { total: 'plain' }, { total: 'none' }],
  },
  // Every sample feed with funding shares has a share with a size: a donut of slices to walk.
  'pcp-funding': { has: (plan) => Boolean(plan.fundingShares?.length), controls: ['option', 'download'], variants: [{}] },
  'pcp-scenario-table': { has: (plan) => Boolean(plan.scenarios?.length), variants: [{}] },
  'pcp-progress': {
    has: (plan) => plan.objectives.some((objective) => hasStatus(objective.actions)) || Boolean(plan.measures?.length),
    // The commitments' bars, when the plan reports statuses; a plan with measures alone has none.
    controls: (plan) => (plan.objectives.some((objective) => hasStatus(objective.actions)) ? ['option', 'download'] : ['download']),
    // (A status filter with nothing in that status is the empty state, checked where a feed has none.)
    variants: [{}, { status: 'delivered', has: (plan) => plan.objectives.some((objective) => hasStatus(objective.actions, 'delivered')) }],
  },
  'pcp-outcomes': {
    has: (plan) => plan.objectives.some((objective) => objective.outcome || objective.aim),
    variants: [{}, { layout: 'cards' }],
  },
  'pcp-action-plan': {
    has: (plan) => Boolean(plan.actionPlan),
    controls: ['search', 'download'],
    variants: [{}, { 'no-controls': '', controls: ['download'] }],
  },
  'pcp-foreword': { has: (plan) => Boolean(plan.forewords?.length), variants: [{}] },
  'pcp-contact': { has: (plan) => Boolean(plan.contact || plan.accessibleFormats), variants: [{}] },
  'pcp-grants': { has: (plan) => Boolean(plan.grants?.length), variants: [{}] },
  'pcp-monitoring': { has: (plan) => Boolean(plan.monitoring), variants: [{}] },
  'pcp-national-priorities': { has: (plan) => Boolean(plan.nationalPriorities), variants: [{}] },
  'pcp-plan-document': { has: () => true, controls: ['skip'], variants: [{}] },
  // The provider shows nothing itself: it is checked with two linked elements inside it.
  'pcp-plan': {
    has: () => true,
    // A plan with no objectives (a document whose priorities were not stored) has no accordion or wheel to use.
    controls: (plan) => (plan.objectives.length ? ['aria-expanded', 'option'] : []),
    variants: [{}],
    inner: '<pcp-plan-summary></pcp-plan-summary><pcp-priority-wheel detail="none"></pcp-priority-wheel><pcp-objectives layout="accordion"></pcp-objectives>',
  },
};

const attributes = (variant) =>
  Object.entries(variant)
    .filter(([name]) => !['prepare', 'controls'].includes(name))
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');

const label = (variant) =>
  Object.entries(variant)
    .filter(([name]) => name !== 'controls')
    .map(([name, value]) => (name === 'prepare' ? value : value === '' ? name : `${name}=${value}`))
    .join(' ') || 'default';

/** Every case: { id, tag, feed, preset, html, empty, prepare }. */
export function cases() {
  const all = [];
  for (const [tag, spec] of Object.entries(ELEMENTS)) {
    for (const feed of FEEDS) {
      const empty = !spec.has(feed.plan);
      const full = FULL_MATRIX.has(feed.name);
      const variants = empty || !full ? [{ ...spec.variants[0], has: undefined }] : [...spec.variants, { 'heading-level': '7' }];
      for (const { has, controls, ...variant } of variants) {
        if (has && !has(feed.plan)) continue;
        // The heading level changes markup, not colours: one preset is enough for it.
        for (const preset of variant['heading-level'] || !full ? PRESETS.slice(0, 1) : PRESETS) {
          all.push({
            id: `${tag} [${label(variant)}] ${feed.name} ${preset}${empty ? ' (empty state)' : ''}`,
            tag,
            feed: feed.name,
            preset,
            empty,
            prepare: variant.prepare,
            controls: empty ? [] : typeof (controls ?? spec.controls) === 'function' ? (controls ?? spec.controls)(feed.plan) : (controls ?? spec.controls ?? []),
            html: `<${tag} src="${feed.src}"${attributes(variant)}>${spec.inner ?? ''}</${tag}>`,
          });
        }
      }
    }
  }
  return all;
}
