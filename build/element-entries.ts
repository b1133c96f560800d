import { ELEMENTS } from '../src/elements.js';

/**
 * One module per element in the registry (src/elements.ts): `dist/<folder>.js` registers that element
 * (and `<pcp-plan>`, which every element can sit inside). Keyed by the file name to emit.
 */
export function elementEntries(srcDir = 'src'): Record<string, string> {
  return Object.fromEntries(ELEMENTS.map((element) => [element.folder, `${srcDir}/${element.folder}/define.ts`]));
}
