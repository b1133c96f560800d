/// <reference types="node" />
/**
 * `pcp validate <file or URL>…`: checks plan feeds the way the elements will read them.
 * One line per problem, `file: /json/path: message`; exit 0 when every feed is valid, 1 otherwise.
 * Warnings (`file: warning: /path: message`: fields the format does not have, totals that do not add up, ids used
 * twice, unknown objectives, past review dates, no accessible-formats contact; see plan-warnings.ts) are printed but
 * do not fail the run.
 */
import { readFile } from 'node:fs/promises';
import { fetchText } from '../loader/fetch-text.js';
import { planFromText } from '../loader/load-plan.js';
import { PlanError, toPlanError } from '../loader/plan-error.js';
import { findPlanWarnings } from '../loader/plan-warnings.js';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function readFeed(location: string): Promise<string> {
  if (/^https?:\/\//i.test(location)) return fetchText(location);
  try {
    return await readFile(location, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message;
    throw new PlanError('network', reason, { source: location, issues: [{ path: '', message: reason }] });
  }
}

export function problemLines(location: string, error: PlanError): string[] {
  const issues = error.issues.length > 0 ? error.issues : [{ path: '', message: error.message }];
  const lines = issues.map((issue) => `${location}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`);
  if (error.issueCount > error.issues.length) lines.push(`${location}: (${error.issueCount - error.issues.length} more problems not listed)`);
  return lines;
}

/** Validates each location; returns the process exit code. */
export async function validateCommand(locations: string[], output: Output): Promise<number> {
  let failed = 0;
  for (const location of locations) {
    try {
      const plan = planFromText(await readFeed(location), location);
      for (const warning of findPlanWarnings(plan)) output.err(`${location}: warning: ${warning.path}: ${warning.message}`);
      const count = plan.objectives.length;
      output.out(`${location}: valid (${count} objective${count === 1 ? '' : 's'})`);
    } catch (error) {
      failed += 1;
      for (const line of problemLines(location, toPlanError(error, 'network', location))) output.err(line);
    }
  }
  if (locations.length > 1) output.err(`${locations.length - failed} of ${locations.length} feeds valid`);
  return failed === 0 ? 0 : 1;
}
