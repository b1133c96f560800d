/**
 * JSON.parse with an error a person can act on: the line and column of the mistake and what was
 * expected there, and a hint when the "feed" is really an HTML page (the usual result of a wrong URL
 * on a CMS).
 *
 * The scanner that finds the line and column (json-syntax.ts) is needed only when JSON.parse has
 * failed, so the elements load it then (`explainJson`): a page whose feed parses never downloads it.
 * `parseJson` (parse-json.ts), the synchronous API, imports it up front instead.
 */
import type { JsonSyntaxProblem } from './json-syntax.js';
import { PlanError } from './plan-error.js';

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** What `readJson` found: the value, or the text JSON.parse refused (without a byte-order mark) and its error. */
export type JsonRead = { value: unknown } | { text: string; error: unknown };

/**
 * JSON.parse, after the checks that need no scanner. Throws a PlanError for an empty feed or an HTML
 * page; returns the text and JSON.parse's error, for `notJsonError` or `explainJson`, when it is not JSON.
 */
export function readJson(raw: string, source?: string): JsonRead {
  // Editors on Windows may save a byte-order mark; browsers drop it when fetching, so do the same here.
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const trimmed = text.trimStart();
  if (trimmed === '') {
    throw new PlanError('not-json', 'The feed is empty: expected a JSON plan feed.', { source, path: '' });
  }
  if (trimmed.startsWith('<')) {
    throw new PlanError(
      'not-json',
      'The feed is an HTML or XML page, not JSON. Check that the address points at the .json feed itself.',
      { source, path: '' },
    );
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { text, error };
  }
}

/** The `not-json` error for `text`, which JSON.parse refused with `error`; `problem` is what the scanner found there. */
export function notJsonError(text: string, error: unknown, problem: JsonSyntaxProblem | undefined, source?: string): PlanError {
  if (!problem) {
    // Too deeply nested for our scanner: fall back to the engine's own words, without a position.
    const reason = error instanceof Error ? error.message : String(error);
    return new PlanError('not-json', `The feed is not valid JSON: ${reason}`, { source, issues: [{ path: '', message: reason }], cause: error });
  }
  const { line, column } = lineAndColumn(text, problem.offset);
  const reason = problem.reason;
  return new PlanError('not-json', `The feed is not valid JSON: line ${line}, column ${column}: ${reason}.`, {
    source,
    issues: [{ path: '', message: `line ${line}, column ${column}: ${reason}` }],
    cause: error,
  });
}

/**
 * `notJsonError`, loading the scanner first. Never rejects: if the scanner cannot be loaded (a page
 * that copied only pcp-elements.js, say), the error gives the engine's own words without a position.
 */
export async function explainJson(text: string, error: unknown, source?: string): Promise<PlanError> {
  let problem: JsonSyntaxProblem | undefined;
  try {
    problem = (await import('./json-syntax.js')).findJsonSyntaxProblem(text);
  } catch (loadError) {
    console.warn('pcp-elements: the JSON syntax scanner could not be loaded, so the error has no line and column.', loadError);
  }
  return notJsonError(text, error, problem, source);
}
