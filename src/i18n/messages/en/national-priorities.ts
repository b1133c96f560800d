/**
 * The words of <pcp-national-priorities> in English (`t.nationalPriorities`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.nationalPriorities` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const nationalPriorities = {
  title: 'National priorities',
  none: 'This plan names no national priorities.',
};

addEnglish({ nationalPriorities });
