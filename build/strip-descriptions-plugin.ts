import type { Plugin } from 'vite';

/**
 * The schema's `v.description('…')` texts feed schema/plan.schema.json (generated in Node from lib/);
 * the browser never shows them, so the bundles carry empty descriptions instead.
 */
export function stripSchemaDescriptions(): Plugin {
  return {
    name: 'pcp-strip-schema-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]schema[\\/].+\.ts$/.test(id)) return null;
      return { code: code.replace(/v\.description\(\s*'(?:[^'\\]|\\.)*'\s*,?\s*\)/g, "v.description('')"), map: null };
    },
  };
}
