/**
 * The words of <pcp-budget-table> in English (`t.budget`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.budget` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const budget = {
  none: 'This plan has no budget.',
  notFound: (budget: string) => `This plan has no budget "${budget}".`,
  noYears: (years: string) => `This budget has none of the years "${years}".`,
  line: 'Budget line',
  /** Before a year's label: "Change on 2021-22". */
  changeOn: 'Change on',
  illustrative: '(illustrative)',
  total: 'Total',
  linesAddUpTo: (computed: string) => `Lines add up to ${computed}`,
  mismatch: (stated: string, computed: string, difference: string) =>
    `The plan states ${stated} but the lines add up to ${computed}, a difference of ${difference}.`,
  asStated: 'Totals are as the plan states them.',
  csvTotalStated: 'Total (as stated)',
};

addEnglish({ budget });
