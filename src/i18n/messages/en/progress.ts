/**
 * The words of <pcp-progress> in English (`t.progress`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.progress` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const progress = {
  none: 'This plan reports no progress yet.',
  noMatch: 'No progress matches this selection.',
  asOf: (date: string) => `Progress as of ${date}`,
  asPublished: (date: string) => `Progress as published on ${date}`,
  /** "Progress reported in <document> (<period>); the feed gives no date for it." */
  reportedIn: 'Progress reported in',
  noDate: '; the plan gives no date for it.',
  acrossPlan: 'Across the plan',
  shownHere: 'Shown here',
  /** "Across the plan: 20 of 58 commitments delivered (34%); 38 planned." */
  summary: (scope: string, delivered: number, total: number, word: string, share: string, rest: string) =>
    `${scope}: ${delivered} of ${total} ${total === 1 ? 'commitment' : 'commitments'} ${word}${share}${rest ? `; ${rest}` : ''}.`,
  /** "6 of 9 delivered" */
  counts: (delivered: number, total: number, word: string) => `${delivered} of ${total} ${word}`,
  key: 'Key',
  /** The commitments' bars' name when they can be reached with the keyboard (the heading before them says what they count). */
  chartName: (bars: number) => `A bar chart of ${bars} ${bars === 1 ? 'bar' : 'bars'}`,
  /** Announced when a bar is selected; `name` is what its row shows ("1 Investing in Our Police"). */
  selected: (name: string) => `Selected ${name}`,
  /** After the bars, with script only. */
  instructions: 'Use the arrow keys to move between the bars and Enter to select one.',
  /** With script, after a measure's column chart when there are no bars. */
  seriesInstructions: 'Use the arrow keys to move between the columns and Enter to select one.',
  /** With script, when there are both bars and columns. */
  bothInstructions: 'Use the arrow keys to move between the bars, or the columns of a chart, and Enter to select one.',
  /**
   * A measure's column chart's name, read after the measure's heading (so not its title again):
   * "A column chart of the values by period: 3 periods, from 2021 to 2023". There are always two or more.
   */
  seriesChartName: (periods: number, first: string, last: string) => `A column chart of the values by period: ${periods} periods, from ${first} to ${last}`,
  /** The button that shows a measure's values by period as a table instead of columns. */
  showAsTable: 'Show as table',
  /** The caption of the whole-plan CSV's table. */
  csvCaption: 'Progress',
  commitments: 'Commitments',
  measures: 'Measures',
  wholePlan: 'For the whole plan',
  now: 'Now',
  baseline: 'Baseline',
  target: 'Target',
  by: 'by',
  higherBetter: 'Higher is better.',
  lowerBetter: 'Lower is better.',
  noCurrent: 'No current figure reported yet.',
  illustrative: '(Illustrative figures.)',
  rating: 'Rating:',
  targetMet: 'Target met',
  worse: 'Worse than the baseline',
  onTheWay: (percent: number) => `${percent}% of the way from the baseline to the target`,
  notMet: 'Target not met yet',
  /** A measure's meter, read after the measure's heading (so not its title again); its value is read after it. */
  meter: 'Progress to target',
  /** After a measure's title, the caption of its values by period: "Burglaries: over time". */
  series: 'over time',
  period: 'Period',
  figure: 'Figure',
  statusHeading: 'Status',
  note: 'Note',
  csv: {
    kind: 'Kind',
    name: 'Name',
    commitments: 'Commitments',
    baseline: 'Baseline',
    current: 'Current',
    target: 'Target',
    deadline: 'Deadline',
    direction: 'Direction',
    rating: 'Rating',
    objective: 'Objective',
    measure: 'Measure',
    higher: 'higher is better',
    lower: 'lower is better',
    value: 'Measure value',
    period: 'Period',
  },
  file: 'progress',
};

addEnglish({ progress });
