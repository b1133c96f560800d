/**
 * Fields a feed has that the plan format does not. valibot's `v.object` drops unknown keys without a
 * word, so a misspelt field (`actionz`, `titel`) would vanish with its content; this walks the schema
 * itself beside the feed and names each such field with its path and, when a known field is close,
 * the one probably meant:
 *
 *   /objectives/0/actionz: unknown field; did you mean "actions"?
 *
 * Nothing here lists the format's fields: objects, arrays, records, unions, `v.lazy` and the
 * optional/nullable wrappers are all read from the valibot schema, so new fields need no change here.
 */
// Nothing is imported at run time: the elements load this module after the plan is shown, and a module
// that imported the validator's would share a chunk with it (dist/pcp-elements.js would no longer be one file).
import type * as v from 'valibot';
import type { PlanIssue } from './plan-error.js';

/** Keys allowed at the top level whatever the schema says: `$schema` points editors at the JSON Schema. */
const ROOT_KEYS = new Set(['$schema']);

/** The feed is not walked deeper than this (the validator rejects far shallower feeds; this stops cycles in objects built in code). */
const MAX_DEPTH = 1000;

/** Schema-to-schema steps (a union's option, a lazy schema) allowed for one value without going deeper into it. */
const MAX_HOPS = 64;

/** The schema properties this walk reads: every valibot schema has `type`; the rest depend on it. */
interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  getter?: (input: unknown) => SchemaNode;
  entries?: Record<string, SchemaNode>;
  rest?: SchemaNode;
  item?: SchemaNode;
  items?: SchemaNode[];
  key?: SchemaNode | string;
  value?: SchemaNode;
  options?: SchemaNode[];
}

const OBJECT_TYPES = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);

/** What a feed's author is told about a field the format does not have. */
export const UNKNOWN_FIELD = 'unknown field; it is not part of the plan format and is not shown';

export function unknownFieldMessage(suggestion: string | undefined): string {
  return suggestion === undefined ? UNKNOWN_FIELD : `unknown field; did you mean "${suggestion}"?`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema under optional/nullable/nullish wrappers and lazy getters (`undefined` when a wrapper accepts the value as it is). */
function unwrap(schema: SchemaNode, value: unknown): SchemaNode | undefined {
  let current: SchemaNode | undefined = schema;
  for (let hops = 0; current && hops < MAX_HOPS; hops += 1) {
    if (current.wrapped) {
      // null in a nullable field (or nothing in an optional one) has no fields to check.
      if (value === null || value === undefined) return undefined;
      current = current.wrapped;
    } else if (current.type === 'lazy' && current.getter) {
      current = current.getter(value);
    } else {
      return current;
    }
  }
  return undefined;
}

/** A cheap first test of whether a union's option could be the one `value` matches: by JSON type only. */
function couldMatch(option: SchemaNode, value: unknown): boolean {
  if (option.wrapped && (value === null || value === undefined)) {
    // nullable/nullish accept null, optional/nullish/undefinedable accept undefined; the others check the wrapped schema.
    return ['nullable', 'nullish', 'optional', 'exact_optional', 'undefinedable'].includes(option.type) || couldMatch(option.wrapped, value);
  }
  const schema = unwrap(option, value);
  if (!schema) return true;
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'object':
    case 'loose_object':
    case 'strict_object':
    case 'object_with_rest':
    case 'record':
    case 'variant':
      return isPlainObject(value);
    case 'array':
    case 'tuple':
    case 'loose_tuple':
    case 'strict_tuple':
    case 'tuple_with_rest':
      return Array.isArray(value);
    default:
      return true;
  }
}

/** How many of the value's keys an option's object schema knows: the better guess when several options fit. */
function keysKnown(option: SchemaNode, value: unknown): number {
  const schema = unwrap(option, value);
  if (!schema?.entries || !isPlainObject(value)) return -1;
  let known = 0;
  for (const key of Object.keys(value)) if (Object.hasOwn(schema.entries, key)) known += 1;
  return known;
}

function matches(option: SchemaNode, value: unknown): boolean {
  try {
    // valibot's `v.is`, without importing valibot (see above).
    return !(option as unknown as v.GenericSchema)['~run']({ value }, { abortEarly: true }).issues;
  } catch {
    // A value nested past the stack: not this walk's to report (the validator does).
    return false;
  }
}

/** The option of a union (or variant) that `value` is read by, or undefined when none can be. */
function chooseOption(options: SchemaNode[], value: unknown): SchemaNode | undefined {
  const possible = options.filter((option) => couldMatch(option, value));
  if (possible.length <= 1) return possible[0];
  const valid = possible.filter((option) => matches(option, value));
  if (valid.length === 1) return valid[0];
  const pool = valid.length > 0 ? valid : possible;
  // Among objects, the option that knows most of the value's keys: the one its author meant.
  let best = pool[0];
  let bestKnown = -1;
  for (const option of pool) {
    const known = keysKnown(option, value);
    if (known > bestKnown) {
      best = option;
      bestKnown = known;
    }
  }
  return best;
}

/** The entries of an intersection of objects, merged; undefined when an option is not an object. */
function intersectEntries(options: SchemaNode[], value: unknown): Record<string, SchemaNode> | undefined {
  const merged: Record<string, SchemaNode> = {};
  for (const option of options) {
    const schema = unwrap(option, value);
    if (!schema?.entries) return undefined;
    for (const [key, entry] of Object.entries(schema.entries)) if (!Object.hasOwn(merged, key)) merged[key] = entry;
  }
  return merged;
}

/** Optimal-string-alignment distance (Levenshtein plus swapping two neighbours), or `limit + 1` once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** The words of a field name: "publishedDate", "published_date" and "published-date" are all ["published", "date"]. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when `inner`'s words appear, in order and together, in `outer`'s ("review" in "reviewDate"). */
function containsWords(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start += 1) {
    if (inner.every((word, index) => outer[start + index] === word)) return true;
  }
  return false;
}

/**
 * The known field an unknown one was probably meant to be, if one is close:
 *   1. the same name in other capitals ("Title" → "title", "objectiveID" → "objectiveId");
 *   2. a slip of the keyboard: at most 2 letters added, dropped, changed or swapped ("actionz" → "actions",
 *      "titel" → "title"); at most 1 when either name is under 6 letters and none under 3, where any short name
 *      would look like another ("due" is not "date", "of" is not "id");
 *   3. the one name containing the other's whole words, for a name of 3 or more letters ("publishedDate" → "published",
 *      "review" → "reviewDate").
 * The closest wins; among equals, a field the object does not already have, then the schema's order.
 */
export function suggestField(unknown: string, known: readonly string[], present: ReadonlySet<string> = new Set()): string | undefined {
  const lower = unknown.toLowerCase();
  const unknownWords = words(unknown);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const candidateLower = candidate.toLowerCase();
    let score: number;
    if (candidateLower === lower) score = 0;
    else {
      const shortest = Math.min(unknown.length, candidate.length);
      const limit = shortest < 3 ? 0 : shortest < 6 ? 1 : 2;
      const distance = editDistance(lower, candidateLower, limit);
      if (distance <= limit) score = distance;
      else {
        const candidateWords = words(candidate);
        const shorter = unknown.length < candidate.length ? unknown : candidate;
        const contained = containsWords(unknownWords, candidateWords) || containsWords(candidateWords, unknownWords);
        if (!contained || shorter.length < 3) continue;
        score = 3;
      }
    }
    // Half a point against a field the object already has: "actionz" beside "actions" is more likely something else.
    if (present.has(candidate)) score += 0.5;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * One step of the walk: a value to check against a schema, or (with `report`) an unknown field to report in its turn.
 * The path is kept as the parent step and a key, and spelt out only for a field that is reported.
 */
interface Work {
  schema: SchemaNode;
  value: unknown;
  parent: Work | undefined;
  key: string | number | undefined;
  depth: number;
  hops: number;
  report?: string;
}

/** The JSON Pointer of a step: its keys and its ancestors' (as json-pointer.ts writes them; not imported, see above). */
function pointer(work: Work): string {
  let path = '';
  for (let step: Work | undefined = work; step; step = step.parent) {
    if (step.key !== undefined) path = `/${String(step.key).replace(/~/g, '~0').replace(/\//g, '~1')}${path}`;
  }
  return path;
}

type Child = { schema: SchemaNode; value: unknown; key?: string | number } | { report: string; key: string };

/**
 * Every field in `value` that `schema` does not have, as `{ path, message }` with JSON Pointer paths, in the
 * feed's order. Objects read by `v.loose_object` or with a rest schema have no unknown fields; `v.strict_object`'s
 * are the validator's errors, not repeated here. Values that do not match the schema are skipped, not reported:
 * that is the validator's job. Walks without recursion, so deep feeds cannot exhaust the stack.
 */
export function findUnknownFields(schema: v.GenericSchema | v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>, value: unknown): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const stack: Work[] = [{ schema: schema as unknown as SchemaNode, value, parent: undefined, key: undefined, depth: 0, hops: 0 }];
  while (stack.length > 0) {
    const work = stack.pop()!;
    if (work.report !== undefined) {
      issues.push({ path: pointer(work), message: work.report });
      continue;
    }
    const node = unwrap(work.schema, work.value);
    if (!node) continue;
    const current = work.value;
    const children: Child[] = [];
    const entries = OBJECT_TYPES.has(node.type) ? node.entries : node.type === 'intersect' && node.options ? intersectEntries(node.options, current) : undefined;
    if (entries) {
      if (isPlainObject(current)) {
        const keys = Object.keys(current);
        let known: string[] | undefined;
        let present: Set<string> | undefined;
        for (const key of keys) {
          if (Object.hasOwn(entries, key)) children.push({ schema: entries[key]!, value: current[key], key });
          else if (node.type === 'object_with_rest' && node.rest) children.push({ schema: node.rest, value: current[key], key });
          else if ((node.type === 'object' || node.type === 'intersect') && !(work.depth === 0 && ROOT_KEYS.has(key))) {
            known ??= Object.keys(entries);
            present ??= new Set(keys);
            children.push({ report: unknownFieldMessage(suggestField(key, known, present)), key });
          }
        }
      }
    } else {
      switch (node.type) {
        case 'array':
          if (Array.isArray(current) && node.item) current.forEach((item, index) => children.push({ schema: node.item!, value: item, key: index }));
          break;
        case 'tuple':
        case 'loose_tuple':
        case 'strict_tuple':
        case 'tuple_with_rest':
          if (Array.isArray(current) && node.items) {
            current.forEach((item, index) => {
              const itemSchema = node.items![index] ?? (node.type === 'tuple_with_rest' ? node.rest : undefined);
              if (itemSchema) children.push({ schema: itemSchema, value: item, key: index });
            });
          }
          break;
        case 'record':
          if (isPlainObject(current) && node.value) for (const key of Object.keys(current)) children.push({ schema: node.value, value: current[key], key });
          break;
        case 'union':
        case 'variant': {
          // The same value, read by the option it matches.
          const option = node.options && chooseOption(node.options, current);
          if (option) children.push({ schema: option, value: current });
          break;
        }
        default:
          // Strings, numbers, picklists and the like: nothing inside.
          break;
      }
    }
    // Pushed last-first, so they come off the stack (and into `issues`) in the feed's order.
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index]!;
      if ('report' in child) {
        stack.push({ schema: node, value: undefined, parent: work, key: child.key, depth: work.depth + 1, hops: 0, report: child.report });
      } else if (typeof child.value !== 'object' || child.value === null) {
        // Text, numbers, true/false and null have no fields.
      } else if (child.key === undefined) {
        if (work.hops < MAX_HOPS) stack.push({ schema: child.schema, value: child.value, parent: work.parent, key: work.key, depth: work.depth, hops: work.hops + 1 });
      } else if (work.depth < MAX_DEPTH) {
        stack.push({ schema: child.schema, value: child.value, parent: work, key: child.key, depth: work.depth + 1, hops: 0 });
      }
    }
  }
  return issues;
}
