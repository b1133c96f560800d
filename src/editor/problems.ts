/**
 * What is wrong with the feed being edited, in plain English and at the field concerned: the library's
 * own validator (the problems that stop a feed from showing) and the warnings `pcp validate` prints
 * (totals that do not add up, unknown references, past review dates).
 */
import { findPlanWarnings } from '../loader/plan-warnings.js';
import { PlanError } from '../loader/plan-error.js';
import { validatePlan } from '../loader/validate-plan.js';
import type { PlanFeed } from '../schema/plan.js';
import { isLanguageMap, itemName, sentence, singular } from './form-model.js';
import { getAt, pathOf } from './feed-value.js';

export interface Problem {
  /** JSON Pointer of the place, "" for the whole feed. */
  pointer: string;
  severity: 'error' | 'warning';
  /** Where, for a reader: "Objective 2 › Title". */
  where: string;
  /** What, as a sentence, beside the field: "Title is required." */
  message: string;
  /** Where and what, as a sentence, for the list of all problems: "Objective 2 (Safer roads) › Title is required." */
  summary: string;
}

export interface Check {
  /** The validated plan, when there is no error (warnings allowed). */
  plan: PlanFeed | undefined;
  problems: Problem[];
  /** How many errors the validator found, when it lists only the first of them. */
  errorCount: number;
}

/** The validator's verdict on the value, with every problem named for a reader. */
export function checkFeed(value: unknown): Check {
  let plan: PlanFeed | undefined;
  let issues: { path: string; message: string }[] = [];
  let errorCount = 0;
  try {
    plan = validatePlan(value, 'the editor');
  } catch (error) {
    if (error instanceof PlanError) {
      issues = error.issues.length > 0 ? error.issues : [{ path: '', message: error.message }];
      errorCount = error.issueCount;
    } else issues = [{ path: '', message: String((error as Error)?.message ?? error) }];
  }
  const errors = issues.map((issue) => describe(issue.path, issue.message, 'error', value));
  const warnings = plan ? findPlanWarnings(plan).map((warning) => describe(warning.path, warning.message, 'warning', value)) : [];
  return { plan, problems: [...errors, ...warnings], errorCount: Math.max(errorCount, errors.length) };
}

/** "Objectives › Objective 2 › Title" for /objectives/1/title, naming list items by their number. */
export function placeName(path: readonly (string | number)[], value?: unknown): string {
  const names: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment === 'number') {
      const list = path[index - 1];
      const item = `${typeof list === 'string' ? singular(list) : 'Item'} ${segment + 1}`;
      if (names.length > 0) names[names.length - 1] = item;
      else names.push(item);
    } else names.push(isLanguage(path, index, value) ? languageName(segment) : sentence(segment));
  });
  return names.join(' › ');
}

/** True when the segment is a language of a text in several languages ("cy" of {"en": …, "cy": …}). */
function isLanguage(path: readonly (string | number)[], index: number, value: unknown): boolean {
  return index === path.length - 1 && isLanguageMap(getAt(value, path.slice(0, index)));
}

function languageName(code: string): string {
  return code === 'en' ? 'English' : code === 'cy' ? 'Welsh' : code;
}

function describe(at: string, message: string, severity: Problem['severity'], value: unknown): Problem {
  const path = pathOf(at);
  const where = placeName(path, value) || 'The plan';
  const lastIndex = path.findLastIndex((segment) => typeof segment === 'string');
  const last = path[lastIndex];
  const field = typeof last === 'string' ? (isLanguage(path, lastIndex, value) ? languageName(last) : sentence(last)) : where;
  // Validator messages start lower case and read on from the field's name ("is required", "must not be empty").
  const reads = /^(is|are|must|should|has|have|does|do|differs|was|cannot|needs)\b/.test(message);
  const text = reads ? `${field} ${message}` : `${field}: ${message}`;
  // Name the list item by its own title where it has one, so "Objective 2" can be found in the outline too.
  const holder = path.findLastIndex((segment) => typeof segment === 'number');
  const title = holder >= 0 ? itemName(getAt(value, path.slice(0, holder + 1))) : '';
  const item = holder >= 0 ? placeName(path.slice(0, holder + 1), value) : '';
  const place = title && where.startsWith(item) ? `${item} (${title.length > 40 ? `${title.slice(0, 39)}…` : title})${where.slice(item.length)}` : where;
  const sentenceOf = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}${/[.!?)]$/.test(words) ? '' : '.'}`;
  // The list names the place in full ("Publisher › Name is required."); beside the field its name is enough.
  const summary = reads && place.endsWith(field) ? `${place} ${message}` : `${place}: ${message}`;
  return {
    pointer: at,
    severity,
    where: place,
    message: sentenceOf(text),
    summary: sentenceOf(summary),
  };
}
