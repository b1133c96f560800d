/// <reference types="node" />
/** The `pcp` command: tools for plan feed authors. */
import { IMPORT_USAGE, importCommand } from './import-command.js';
import { MIGRATE_USAGE, migrateCommand } from './migrate-command.js';
import { RENDER_USAGE, renderCommand } from './render-command.js';
import { validateMain, type Output } from './validate-command.js';

export const USAGE = `Usage: pcp <command> ...

Tools for Police and Crime Plan feeds.

Commands:
  validate <file or URL>... [--origin <site>]  check feeds against the plan feed format: one line per
                                               problem ("file: /json/path: message"), exit 1 if any is invalid;
                                               warnings ("file: warning: /json/path: …") do not fail it;
                                               --origin https://csp.example.org: also exit 1 if a page on that
                                               site may not read a feed URL (pcp validate --help)
  render <feed> --element <pcp-…> [name=value] print an element as server-rendered HTML
                                               (pcp render --help for its options)
  import budget <file.csv> [options]           print a budget kept in a spreadsheet (years as columns)
  import action-plan <file.csv> [options]      print an action plan kept in a spreadsheet (one agency a row)
  import measure <file.csv> [options]          print a measure's values by period (quarters, months, years)
  import table <file.csv> [options]            print any other table, kept as printed
                                               as feed JSON; unreadable cells as "file: row R, column C: …",
                                               exit 1 (pcp import --help for the layouts and options)
  migrate <feed>                               print a format-1 feed in the current format (2.0):
                                               pcp migrate old.json > new.json; changes on standard error
  help                                         show this message`;

/** Where `run` writes: anything with `write(text)`, such as `process.stdout` or a string collector in a test. */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Runs `pcp <argv…>` in this process: what it prints goes to `io.stdout` and `io.stderr`, a line at a
 * time, and the exit code is returned (0 done, 1 a feed or file with problems, 2 a usage mistake).
 * `bin/pcp.js` is `process.exitCode = await run(process.argv.slice(2), process)`; tests call it directly.
 */
export function run(argv: readonly string[], io: CliStreams): Promise<number> {
  return main([...argv], {
    out: (line) => io.stdout.write(`${line}\n`),
    err: (line) => io.stderr.write(`${line}\n`),
  });
}

/** `run` with the lines given to `output` as they are printed. */
export async function main(args: string[], output: Output): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? output.err : output.out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'validate') return validateMain(rest, output);
  if (command === 'render') {
    if (rest.includes('--help') || rest.includes('-h')) {
      output.out(RENDER_USAGE);
      return 0;
    }
    return renderCommand(rest, output);
  }
  if (command === 'import') {
    if (rest.includes('--help') || rest.includes('-h')) {
      output.out(IMPORT_USAGE);
      return 0;
    }
    return importCommand(rest, output);
  }
  if (command === 'migrate') {
    if (rest.includes('--help') || rest.includes('-h')) {
      output.out(MIGRATE_USAGE);
      return 0;
    }
    return migrateCommand(rest, output);
  }
  output.err(`pcp: unknown command "${command}".`);
  output.err(USAGE);
  return 2;
}
