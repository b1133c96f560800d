/**
 * The words of <pcp-action-plan> in English (`t.actionPlan`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.actionPlan` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const actionPlan = {
  none: 'This plan has no action plan.',
  /** After the plan's title when the action plan has none of its own: "Police and Crime Plan: action plan". */
  titleSuffix: ': action plan',
  showing: (shown: number, total: number) => `Showing ${shown} of ${total} entries`,
  noMatch: 'No entries match these filters.',
  /** After the "Download CSV" link. */
  entriesShown: 'of the entries shown',
  /** The fixed part of the CSV file's name. */
  csvFile: 'action-plan',
  filters: 'Filter the action plan',
  priority: 'Priority',
  allPriorities: 'All priorities',
  agency: 'Agency',
  allAgencies: 'All agencies',
  search: 'Search',
  overdue: 'Overdue',
  /** "(supports A, B)": the national priorities a priority supports. */
  supports: 'supports',
  /** "(priority: Objective title)" when the feed has no `labels.objective`. */
  priorityWord: 'priority',
  noActions: 'No actions listed',
  aims: 'Aims',
  baseline: 'Baseline data',
  actions: 'Actions',
  reviewDate: 'Review date',
};

addEnglish({ actionPlan });
