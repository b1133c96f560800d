/// <reference types="node" />
/**
 * `pcp migrate <old.json>`: prints the feed in the current format (see loader/migrate.ts), for
 * `pcp migrate old.json > new.json`. What changed goes to standard error, one line each with its
 * JSON path; the result is validated, and its problems reported as `pcp validate` does (exit 1).
 */
import { migrateFeed } from '../loader/migrate.js';
import { parseJson } from '../loader/parse-json.js';
import { toPlanError } from '../loader/plan-error.js';
import { validatePlan } from '../loader/validate-plan.js';
import { problemLines, readFeed, type Output } from './validate-command.js';

export const MIGRATE_USAGE = `Usage: pcp migrate <feed file or URL> > new.json

Prints the feed in the current feed format (2.0). A feed already in format 2 is printed as it is.
What changed is listed on standard error ("file: /json/path: …"); exit 1 if the result is not valid.`;

export async function migrateCommand(args: string[], output: Output): Promise<number> {
  if (args.length !== 1) {
    output.err('pcp migrate: name one feed file or URL.');
    output.err(MIGRATE_USAGE);
    return 2;
  }
  const location = args[0]!;
  let migrated: unknown;
  try {
    const { feed, changes } = migrateFeed(parseJson(await readFeed(location), location));
    migrated = feed;
    for (const change of changes) output.err(`${location}: ${change.path}: ${change.message}`);
    if (changes.length === 0) output.err(`${location}: already in the current format; printed as it is`);
  } catch (error) {
    for (const line of problemLines(location, toPlanError(error, 'network', location))) output.err(line);
    return 1;
  }
  output.out(JSON.stringify(migrated, null, 2));
  try {
    validatePlan(migrated, location);
  } catch (error) {
    for (const line of problemLines(location, toPlanError(error, 'network', location))) output.err(line);
    return 1;
  }
  return 0;
}
