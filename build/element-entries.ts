import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every folder of src/ with a define.ts is an element module: `dist/<folder>.js` registers that element
 * (and `<pcp-plan>`, which every element can sit inside). Keyed by the file name to emit.
 */
export function elementEntries(srcDir = 'src'): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const folder of readdirSync(srcDir).sort()) {
    const define = join(srcDir, folder, 'define.ts');
    if (existsSync(define)) entries[folder] = define;
  }
  return entries;
}
