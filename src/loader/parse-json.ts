/**
 * JSON.parse with an error a person can act on (see read-json.ts), synchronously: the scanner that
 * finds the line and column of a mistake comes with this module. The elements use `readJson` and
 * `explainJson` instead, which load the scanner only when a feed fails to parse.
 */
import { findJsonSyntaxProblem } from './json-syntax.js';
import { notJsonError, readJson } from './read-json.js';

export { lineAndColumn } from './read-json.js';

export function parseJson(raw: string, source?: string): unknown {
  const read = readJson(raw, source);
  if ('value' in read) return read.value;
  throw notJsonError(read.text, read.error, findJsonSyntaxProblem(read.text), source);
}
