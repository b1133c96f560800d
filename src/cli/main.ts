/// <reference types="node" />
/** The `pcp` command: tools for plan feed authors. */
import { validateCommand, type Output } from './validate-command.js';

export const USAGE = `Usage: pcp validate <file or URL>...

Checks Police and Crime Plan feeds against the plan feed format.
Prints one line per problem ("file: /json/path: message") and exits 1 if any feed is invalid.

Commands:
  validate <file or URL>...   check one or more feeds
  help                        show this message`;

export async function main(args: string[], output: Output): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? output.err : output.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'validate') {
    if (rest.length === 0) {
      output.err('pcp validate: name at least one feed file or URL.');
      output.err(USAGE);
      return 2;
    }
    return validateCommand(rest, output);
  }
  output.err(`pcp: unknown command "${command}".`);
  output.err(USAGE);
  return 2;
}
