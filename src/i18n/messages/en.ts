/**
 * Every word the elements write themselves, in English: the reference catalogue. Another language
 * is one file like this with the same keys (see cy.ts), listed in ../catalogues.ts. Feed text is not
 * here: it comes from the feed, in as many languages as the feed gives.
 *
 * One section per element (plus `common`), each in its own module under en/, so each element's words
 * are found together and a page downloads only the English of the elements it shows (see
 * ../english.ts). This module puts them together: the `Messages` type every catalogue has, and the
 * whole English catalogue for tests and tools. Functions take the numbers and names a sentence needs.
 */
import { common } from './en/common.js';
import { objectives } from './en/objectives.js';
import { planSummary } from './en/plan-summary.js';
import { wheel } from './en/wheel.js';
import { budget } from './en/budget.js';
import { funding } from './en/funding.js';
import { scenarios } from './en/scenarios.js';
import { progress } from './en/progress.js';
import { outcomes } from './en/outcomes.js';
import { actionPlan } from './en/action-plan.js';
import { document } from './en/document.js';
import { foreword } from './en/foreword.js';
import { contact } from './en/contact.js';
import { grants } from './en/grants.js';
import { monitoring } from './en/monitoring.js';
import { nationalPriorities } from './en/national-priorities.js';

export const en = {
  /** Intl locale for numbers, money and dates. */
  locale: 'en-GB',
  /**
   * Month names (January first), for browsers whose Intl has no date data for the locale (see
   * format/date.ts): Chrome has none for Welsh. Every browser has en-GB's, so English gives none.
   */
  months: undefined as readonly string[] | undefined,
  common,
  objectives,
  planSummary,
  wheel,
  budget,
  funding,
  scenarios,
  progress,
  outcomes,
  actionPlan,
  document,
  foreword,
  contact,
  grants,
  monitoring,
  nationalPriorities,
};

/** The shape every catalogue has: the English one's keys, with strings and sentence functions. */
export type Messages = typeof en;
