#!/usr/bin/env node
// The `pcp` command. The code lives in lib/cli (compiled from src/cli by `npm run build:lib`); `run`
// is the whole command, so tests run it in their own process and this file only connects it to ours.
let run;
try {
  ({ run } = await import('../lib/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('lib/cli/main.js')) throw error;
  console.error('pcp: the compiled library is missing: run `npm run build:lib` first.');
  process.exit(2);
}
process.exitCode = await run(process.argv.slice(2), process);
