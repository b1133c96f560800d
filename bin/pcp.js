#!/usr/bin/env node
// The `pcp` command. The code lives in lib/cli (compiled from src/cli by `npm run build:lib`).
let main;
try {
  ({ main } = await import('../lib/cli/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('lib/cli/main.js')) throw error;
  console.error('pcp: the compiled library is missing: run `npm run build:lib` first.');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
