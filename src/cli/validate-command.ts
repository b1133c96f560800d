/// <reference types="node" />
/**
 * `pcp validate <file or URL>… [--origin <origin>]`: checks plan feeds the way the elements will read them.
 * One line per problem, `file: /json/path: message`; exit 0 when every feed is valid, 1 otherwise.
 * Warnings (`file: warning: /path: message`: fields the format does not have, totals that do not add up, ids used
 * twice, unknown objectives, past review dates, no accessible-formats contact; see plan-warnings.ts) are printed but
 * do not fail the run. With `--origin`, each feed given by URL is fetched as a page on that origin would fetch it,
 * and one its server does not let that page read fails the run too (see hosting-check.ts).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fetchText, type FetchTextOptions } from '../loader/fetch-text.js';
import { planFromText } from '../loader/load-plan.js';
import { PlanError, toPlanError } from '../loader/plan-error.js';
import { findPlanWarnings } from '../loader/plan-warnings.js';
import { checkHosting, parseOrigin } from './hosting-check.js';

export const VALIDATE_USAGE = `Usage: pcp validate <file or URL>... [--origin <origin>]

Checks feeds against the plan feed format: one line per problem ("file: /json/path: message") on standard
error, "file: valid (N objectives)" on standard output. Warnings ("file: warning: …") do not fail the run.

  --origin <origin>   for each feed given by URL, also check that a page on this site (such as
                      https://csp.example.org) may read it: the server must send
                      Access-Control-Allow-Origin with that origin or *. Also warns when the
                      Content-Type is not application/json and when there is no ETag or Last-Modified
                      (see docs/hosting.md). Feeds given as files are not checked for this.

Exit code: 0 when every feed is valid (and, with --origin, readable from that site); 1 when any is not;
2 for a usage mistake.`;

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

/** The text of a feed file, or of a feed URL (fetched with `fetchOptions`). Throws a PlanError. */
export async function readFeed(location: string, fetchOptions?: FetchTextOptions): Promise<string> {
  if (isUrl(location)) return fetchText(location, fetchOptions);
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

/** `pcp validate …args`: parses the options, then validates; returns the process exit code. */
export async function validateMain(args: string[], output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { origin: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    output.err(`pcp validate: ${(error as Error).message}`);
    output.err(VALIDATE_USAGE);
    return 2;
  }
  if (parsed.values.help) {
    output.out(VALIDATE_USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    output.err('pcp validate: name at least one feed file or URL.');
    output.err(VALIDATE_USAGE);
    return 2;
  }
  let origin: string | undefined;
  if (parsed.values.origin !== undefined) {
    origin = parseOrigin(parsed.values.origin);
    if (origin === undefined) {
      output.err(`pcp validate: --origin takes the address of a site, such as https://csp.example.org (no path), not "${parsed.values.origin}".`);
      return 2;
    }
  }
  return validateCommand(parsed.positionals, output, { origin });
}

export interface ValidateOptions {
  /** Also check that a page on this origin may read each feed given by URL. */
  origin?: string | undefined;
}

/** Validates each location; returns the process exit code. */
export async function validateCommand(locations: string[], output: Output, options: ValidateOptions = {}): Promise<number> {
  const { origin } = options;
  let failed = 0;
  for (const location of locations) {
    let response: Response | undefined;
    const fetchOptions: FetchTextOptions | undefined = origin
      ? { headers: { origin }, onResponse: (answer) => (response = answer) }
      : undefined;
    let text: string;
    try {
      text = await readFeed(location, fetchOptions);
    } catch (error) {
      failed += 1;
      for (const line of problemLines(location, toPlanError(error, 'network', location))) output.err(line);
      continue;
    }
    let ok = true;
    try {
      const plan = planFromText(text, location);
      for (const warning of findPlanWarnings(plan)) output.err(`${location}: warning: ${warning.path}: ${warning.message}`);
      const count = plan.objectives.length;
      output.out(`${location}: valid (${count} objective${count === 1 ? '' : 's'})`);
    } catch (error) {
      ok = false;
      for (const line of problemLines(location, toPlanError(error, 'network', location))) output.err(line);
    }
    if (origin && response) {
      const report = checkHosting(origin, location, response.headers, response.redirected ? response.url : undefined);
      for (const warning of report.warnings) output.err(`${location}: warning: ${warning}`);
      if (report.readable) output.out(`${location}: ${report.verdict}`);
      else {
        ok = false;
        output.err(`${location}: ${report.verdict}`);
      }
    } else if (origin && !isUrl(location)) {
      output.err(`${location}: not checked for ${origin}: --origin applies to feeds given by URL`);
    }
    if (!ok) failed += 1;
  }
  if (locations.length > 1) output.err(`${locations.length - failed} of ${locations.length} feeds ${origin ? `valid and readable from ${origin}` : 'valid'}`);
  return failed === 0 ? 0 : 1;
}
