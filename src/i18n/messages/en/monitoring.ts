/**
 * The words of <pcp-monitoring> in English (`t.monitoring`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.monitoring` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const monitoring = {
  title: 'Monitoring the plan',
  none: 'This plan does not describe how it is monitored.',
};

addEnglish({ monitoring });
