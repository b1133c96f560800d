/**
 * The words of <pcp-outcomes> in English (`t.outcomes`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.outcomes` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const outcomes = {
  none: 'This plan states no shared outcomes or aims.',
  notFound: (theme: string) => `This plan has no theme "${theme}" with a shared outcome.`,
  title: 'Shared outcomes and aims',
  /** The first column's heading when the feed has no `labels.objective`. */
  theme: 'theme',
  sharedOutcome: 'Shared outcome',
  aim: 'Aim',
};

addEnglish({ outcomes });
