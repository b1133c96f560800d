/**
 * The words of <pcp-plan-summary> in English (`t.planSummary`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.planSummary` imports it, so a page downloads the words of the elements it shows and no more.
 */
import { addEnglish } from '../../english.js';

export const planSummary = {
  document: 'Document',
  publishedBy: 'Published by',
  area: 'Area',
  period: 'Period',
  status: 'Status',
  objectives: 'Objectives',
};

addEnglish({ planSummary });
