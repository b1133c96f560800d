/**
 * The words every element may use (`t.common`), in English: loading and error states, counts, status
 * labels, "Download CSV". Always part of the English the elements read (../../english.ts); each
 * element's own words are in the file named after its section beside this one.
 */
import type { BuiltInStatusId, PlanStatusId } from '../../../schema/statuses.js';

const count = new Intl.PluralRules('en-GB');

/**
 * Default status labels, and the same inside a sentence ("4 of 11 delivered"): one for each built-in
 * status of the feed (schema/statuses.ts), so a status added there must be given words here.
 */
const statusWords = {
  delivered: { label: 'Delivered', word: 'delivered' },
  'in-progress': { label: 'In progress', word: 'in progress' },
  'at-risk': { label: 'At risk', word: 'at risk' },
  'not-started': { label: 'Not started', word: 'not started' },
  planned: { label: 'Planned', word: 'planned' },
  'not-rated': { label: 'Not rated', word: 'not rated' },
  red: { label: 'Red', word: 'red' },
  amber: { label: 'Amber', word: 'amber' },
  green: { label: 'Green', word: 'green' },
  complete: { label: 'Complete', word: 'complete' },
} satisfies Record<BuiltInStatusId, { label: string; word: string }>;

export const common = {
  /** A plan's period from its dates; either may be missing when the document does not give it. */
  period: (start: string | null, end: string | null) =>
    start && end ? `${start} to ${end}` : start ? `From ${start}` : end ? `Until ${end}` : 'Not stated',
  loading: 'Loading the plan…',
  errorTitle: 'This plan could not be shown',
  /** A sentence by error kind, shown first in languages whose own detail the loader does not write. */
  errorKinds: {
    'no-source': 'This element has no plan to show.',
    network: 'The plan could not be loaded: the network did not answer.',
    'cross-origin': 'The plan could not be loaded: its website does not let other websites read it.',
    http: 'The plan could not be loaded: the server answered with an error.',
    timeout: 'The plan could not be loaded in time.',
    'not-json': 'The plan feed is not valid JSON.',
    schema: 'The plan feed does not match the plan format.',
    render: 'This part of the plan could not be shown.',
  },
  moreProblems: (more: number) => `and ${more} more`,
  /** How a screen reader hears the sign of an amount: "minus £5,260,984". */
  minus: 'minus',
  plus: 'plus',
  tryAgain: 'Try again',
  downloadCsv: 'Download CSV',
  /** Under a table while it is wider than its column and scrolls sideways. */
  scrollHint: 'Scroll sideways to see the whole table.',
  status: 'status',
  planStatuses: { draft: 'Draft', consultation: 'Consultation', published: 'Published', superseded: 'Superseded' } satisfies Record<PlanStatusId, string>,
  /** "1 objective", "7 objectives": `one` and `other` are the noun's forms (from the feed's labels or below). */
  count: (n: number, one: string, other: string) => `${n.toLocaleString('en-GB')} ${count.select(n) === 'one' ? one : other}`,
  objective: 'objective',
  objectives: 'objectives',
  action: 'action',
  actions: 'actions',
  illustrative: 'Illustrative: not stated in the plan',
  /** After a figure the plan marks as illustrative. */
  illustrativeTag: '(illustrative)',
  /** Before where a statement comes from: "Source: Annual report, page 4". */
  source: 'Source:',
  page: 'page',
  /** Default status labels, and the same inside a sentence (see `statusWords`). */
  statuses: statusWords,
};
