/**
 * The words of <pcp-funding> in English (`t.funding`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.funding` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const funding = {
  none: 'This plan states no funding shares.',
  notFound: (id: string) => `This plan has no funding shares "${id}".`,
  sharesOf: 'Shares of:',
  illustrative: '(illustrative)',
  notBrokenDown: 'Not broken down in the plan',
  /** Followed by the remainder's label from the feed, then `noFigure`. */
  restNamed: (percent: string | undefined) => (percent ? `The rest, ${percent}:` : 'The rest:'),
  noFigure: '(the plan gives no figure).',
  restUnnamed: (percent: string | undefined) => (percent ? `The plan does not break down the other ${percent}.` : 'The plan does not break down the rest.'),
  csv: { set: 'Set', share: 'Share', percent: 'Per cent', amount: 'Amount (£)', period: 'Period' },
  /** The fixed part of the CSV file's name. */
  file: 'funding',
  /** Read before the donut, after the set's heading: the kind of chart and how many slices it has. */
  chartSummary: (slices: number) => `A donut chart of ${slices} ${slices === 1 ? 'slice' : 'slices'}; the list after it gives each figure.`,
  /** The donut's name when its slices can be reached with the keyboard (the heading before it gives the title). */
  chartName: (slices: number) => `A donut chart of ${slices} ${slices === 1 ? 'slice' : 'slices'}`,
  /** The donut's list box, inside the figure its summary names. */
  slices: 'Slices',
  /** Announced when a slice is selected; `share` is its line in the list ("Local Precept: 27.5%"). */
  selected: (share: string) => `Selected ${share}`,
  /** Under the donuts, with script only. */
  instructions: 'Use the arrow keys to move between the slices and Enter to select one.',
};

addEnglish({ funding });
