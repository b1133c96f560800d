/**
 * The words of <pcp-objectives> in English (`t.objectives`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.objectives` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const objectives = {
  /** Before the objectives of other plans a lower-level item supports. */
  supports: 'Supports:',
  none: 'This plan has no objectives.',
  notFound: (objective: string) => `This plan has no objective "${objective}".`,
  easyRead: 'Easy read',
  // GOV.UK Frontend's accordion words: the button says what it opens.
  showAll: 'Show all sections',
  hideAll: 'Hide all sections',
  noEasyRead: "There is no easy-read version of this one; these are the plan's words.",
};

addEnglish({ objectives });
