/**
 * The words of <pcp-scenario-table> in English (`t.scenarios`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.scenarios` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const scenarios = {
  none: 'This plan has no scenario tables.',
  notFound: (scenario: string) => `This plan has no scenario table "${scenario}".`,
};

addEnglish({ scenarios });
