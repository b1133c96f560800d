/**
 * The feed API alone, for pages and tools that read feeds without showing elements (the demo's
 * "paste your feed" checker, a CMS preview): load, parse, validate, warn, localize. Built as
 * dist/api.js. Bundlers get the same and the element classes from `pcp-elements/api.js` (src/index.ts).
 */
export * from './loader/index.js';
export * from './schema/index.js';
export { localizePlan, type LocalizedPlan } from './i18n/localize-plan.js';
