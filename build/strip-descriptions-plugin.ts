import type { Plugin } from 'vite';

/**
 * The schema's `v.description('…')` texts feed schema/plan.schema.json (generated in Node from lib/);
 * the browser never shows them, so the bundles leave them out: `v.pipe(X, v.description('…'))`
 * becomes `v.pipe(X)`, which validates the same (a description is metadata, never an issue). A
 * description not after a comma is kept, empty.
 */
export function stripSchemaDescriptions(): Plugin {
  const description = String.raw`v\.description\(\s*'(?:[^'\\]|\\.)*'\s*,?\s*\)`;
  return {
    name: 'pcp-strip-schema-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]schema[\\/].+\.ts$/.test(id)) return null;
      const stripped = code
        .replace(new RegExp(String.raw`,\s*${description}`, 'g'), '')
        .replace(new RegExp(description, 'g'), "v.description('')");
      return { code: stripped, map: null };
    },
  };
}
