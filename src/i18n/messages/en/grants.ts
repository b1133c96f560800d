/**
 * The words of <pcp-grants> in English (`t.grants`), a section of the English catalogue (../en.ts).
 * Importing this module adds them to the English the elements read (../../english.ts): every module
 * that reads `t.grants` imports it, so a page downloads the words of the elements it shows and no more.
 */
import type { GrantStatusId } from '../../../schema/statuses.js';
import { addEnglish } from '../../english.js';

export const grants = {
  none: 'This plan has no grants.',
  statuses: { open: 'Open for applications', closed: 'Closed', awarded: 'Awarded' } satisfies Record<GrantStatusId, string>,
  funder: 'Funded by',
  amount: 'Amount',
  period: 'Period',
  eligibility: 'Who may apply',
  more: 'More',
  awards: 'Awards',
  recipient: 'Recipient',
  project: 'Project',
  date: 'Date',
};

addEnglish({ grants });
