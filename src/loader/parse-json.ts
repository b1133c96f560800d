/**
 * JSON.parse with an error a person can act on: the line and column of the mistake and what was
 * expected there, and a hint when the "feed" is really an HTML page (the usual result of a wrong URL
 * on a CMS).
 */
import { findJsonSyntaxProblem } from './json-syntax.js';
import { PlanError } from './plan-error.js';

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function parseJson(raw: string, source?: string): unknown {
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
    return JSON.parse(text) as unknown;
  } catch (error) {
    const problem = findJsonSyntaxProblem(text);
    if (!problem) {
      // Too deeply nested for our scanner: fall back to the engine's own words, without a position.
      const reason = error instanceof Error ? error.message : String(error);
      throw new PlanError('not-json', `The feed is not valid JSON: ${reason}`, { source, issues: [{ path: '', message: reason }], cause: error });
    }
    const { line, column } = lineAndColumn(text, problem.offset);
    const reason = problem.reason;
    throw new PlanError('not-json', `The feed is not valid JSON: line ${line}, column ${column}: ${reason}.`, {
      source,
      issues: [{ path: '', message: `line ${line}, column ${column}: ${reason}` }],
      cause: error,
    });
  }
}
