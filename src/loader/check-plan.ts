/**
 * Checks that a parsed value is a plan feed, and turns valibot's issues into messages that name
 * the JSON path: `/objectives/2/actions/0/status: expected one of "delivered", "in-progress" … but got "done"`.
 *
 * Format-1 feeds are upgraded first (migrate.ts). `validatePlan` (validate-plan.ts, the API and the CLI)
 * imports that module; the elements call `validatePlanSoon`, which loads it only for a feed that may be in
 * format 1, so no page with a format-2 feed downloads it.
 */
import * as v from 'valibot';
import { PlanSchema, type PlanFeed } from '../schema/plan.js';
import { TranslatedText, unionObjectForms } from '../schema/primitives.js';
import { checkPlanIntegrity } from './plan-integrity.js';
import { toJsonPointer } from './json-pointer.js';
import { PlanError, type PlanIssue } from './plan-error.js';

/** More issues than this are counted, not listed: a wrong file can produce thousands. */
const MAX_ISSUES = 50;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (JSON array)',
  object: 'an object',
  record: 'an object',
  strict_object: 'an object',
  loose_object: 'an object',
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const received = issue.received;
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid key')) {
    return 'is required';
  }
  if (issue.kind === 'schema') {
    if (issue.type === 'picklist') {
      const options = issue.expected?.replace(/^\(|\)$/g, '').split(' | ').join(', ');
      return `expected one of ${options} but got ${received}`;
    }
    // Text may be a string or translations ({"en": …, "cy": …}): most feeds use strings, so name that first.
    if (issue.type === 'union' && issue.message.startsWith('must be text')) {
      if (typeof issue.input !== 'object' || issue.input === null) return `expected text but got ${received}`;
      // An object: say what is wrong with it as translations (no "en", a bad language tag, empty text).
      const asTranslations = Array.isArray(issue.input) ? undefined : v.safeParse(TranslatedText, issue.input);
      const inner = asTranslations && !asTranslations.success ? asTranslations.issues[0] : undefined;
      if (inner) {
        const key = inner.path?.at(-1)?.key;
        return `${inner.message}${key !== undefined && inner.type !== 'check' ? ` (at "${String(key)}")` : ''}`;
      }
      return `expected text, or its translations such as {"en": "…", "cy": "…"}, but got ${Array.isArray(issue.input) ? 'a list' : received}`;
    }
    if (issue.type === 'union') return `expected ${issue.expected?.replace(/^\(|\)$/g, '').split(' | ').join(' or ')} but got ${received}`;
    const expected = TYPE_NAMES[issue.type] ?? issue.expected ?? issue.type;
    return `expected ${expected} but got ${received}`;
  }
  // Validation rules carry our own wording ("must be an http(s), mailto: or tel: link").
  return issue.message.startsWith('Invalid') ? `${issue.message}` : `${issue.message} (got ${received})`;
}

/** Converts valibot issues to PlanIssues with JSON Pointer paths. Nested union issues are flattened. */
export function toPlanIssues(issues: ReadonlyArray<v.BaseIssue<unknown>>): PlanIssue[] {
  return issues.flatMap((issue) => {
    const path = toJsonPointer((issue.path ?? []).map((item) => item.key as string | number));
    // An object given for a union with an object form (a figure, a period, links by language): its own
    // mistakes, at their own paths, rather than "expected a number, text or an object" at the union's.
    const input = issue.input;
    const form = issue.type === 'union' && typeof input === 'object' && input !== null && !Array.isArray(input) ? unionObjectForms.get(issue.message) : undefined;
    if (form && form.fits(input as Record<string, unknown>)) {
      const inner = v.safeParse(form.schema, input);
      if (!inner.success) return toPlanIssues(inner.issues).map((nested) => ({ path: `${path}${nested.path}`, message: nested.message }));
    }
    return [{ path, message: describeIssue(issue) }];
  });
}

const validated = new WeakSet<object>();

/**
 * The feed (as format 2 reads it) each validated copy came from: valibot's copy has lost the fields the
 * format does not have, and plan-unknown-fields.ts looks for them here, only when asked (the elements
 * load that module after the plan is on screen, so it costs no page its first render).
 */
const rawFeeds = new WeakMap<object, unknown>();

/** The value a feed `validatePlan` returned was made from (after migration), or undefined for any other value. */
export function rawFeedOf(feed: unknown): unknown {
  return typeof feed === 'object' && feed !== null ? rawFeeds.get(feed) : undefined;
}

/** True when `value` is a feed `validatePlan` returned (so its unknown fields were found when it was validated). */
export function isValidatedPlan(value: unknown): boolean {
  return typeof value === 'object' && value !== null && validated.has(value);
}

const unknownFound = new WeakMap<object, PlanIssue[]>();

/**
 * For a feed `validatePlan` returned, the unknown fields of the value it was given (the returned copy has
 * lost them), found once by `find` (unknown-fields.ts's `findUnknownFields`: passed in, so that the elements
 * can load that module after the plan is on screen); undefined for any other value.
 */
export function unknownFieldsOf(feed: unknown, find: (schema: typeof PlanSchema, value: unknown) => PlanIssue[]): PlanIssue[] | undefined {
  const raw = rawFeedOf(feed);
  if (raw === undefined) return undefined;
  let issues = unknownFound.get(feed as object);
  if (!issues) unknownFound.set(feed as object, (issues = find(PlanSchema, raw)));
  return [...issues];
}

/** True when `value` may be a feed in format 1 (a superset of migrate.ts's `isFormat1`, which decides). */
function mayBeFormat1(value: unknown): boolean {
  const version = (value as { schemaVersion?: unknown } | null | undefined)?.schemaVersion;
  return typeof version === 'string' && version.startsWith('1.');
}

/**
 * `validatePlan` for the elements: the same result, synchronously for a feed in format 2; a feed that may
 * be in format 1 waits for migrate.ts to load.
 */
export function validatePlanSoon(value: unknown, source?: string): PlanFeed | Promise<PlanFeed> {
  if (!mayBeFormat1(value) || isValidatedPlan(value)) return checkPlan(value, source, (feed) => feed);
  return import('./migrate.js').then(({ migrateFeed }) => checkPlan(value, source, (feed) => migrateFeed(feed).feed));
}

/**
 * Returns the value typed as a PlanFeed (text may still be in several languages), or throws a PlanError of kind "schema" listing every problem
 * with its path. Objects already validated are not checked again. `migrate` turns a format-1 feed into format 2
 * (and returns any other as it is): see `validatePlan` and `validatePlanSoon`.
 */
export function checkPlan(value: unknown, source: string | undefined, migrate: (feed: unknown) => unknown): PlanFeed {
  if (typeof value === 'object' && value !== null && validated.has(value)) return value as PlanFeed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
    throw new PlanError('schema', `The feed is not a plan: expected a JSON object with "schemaVersion", "title" and "objectives", but got ${got}.`, {
      source,
      issues: [{ path: '', message: `expected an object but got ${got}` }],
    });
  }
  let result: ReturnType<typeof v.safeParse<typeof PlanSchema>>;
  // A format-1 feed is read as `pcp migrate` would write it in format 2 (paths stay the same).
  const feed = migrate(value);
  try {
    result = v.safeParse(PlanSchema, feed);
  } catch (cause) {
    // Hostile nesting (thousands of levels of actions) exhausts the stack: report it, do not crash.
    if (cause instanceof RangeError) {
      throw new PlanError('schema', 'The feed is nested too deeply to read: lists inside lists must stop within a few hundred levels.', {
        source,
        issues: [{ path: '', message: 'nested too deeply' }],
      });
    }
    throw cause;
  }
  const issues = result.success ? checkPlanIntegrity(result.output) : toPlanIssues(result.issues);
  if (issues.length > 0) throw schemaError(issues, source);
  // valibot returns a validated copy; only that copy is trusted later (the input may still be changed).
  validated.add(result.output as object);
  // valibot dropped fields the format does not have: remember them, so warnings can name them.
  rawFeeds.set(result.output as object, feed);
  return result.output as PlanFeed;
}

function schemaError(issues: PlanIssue[], source?: string): PlanError {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  const where = first.path === '' ? '' : `${first.path}: `;
  return new PlanError('schema', `The feed does not match the plan format: ${where}${first.message}${more}.`, {
    source,
    issues: issues.slice(0, MAX_ISSUES),
    issueCount: issues.length,
  });
}
