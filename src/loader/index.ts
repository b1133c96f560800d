export { loadPlanFromUrl, planFromText, clearPlanCache, type LoadPlanOptions } from './load-plan.js';
export { fetchText, DEFAULT_TIMEOUT_MS } from './fetch-text.js';
export { parseJson, lineAndColumn } from './parse-json.js';
export { validatePlan } from './validate-plan.js';
export { findUnknownPlanFields } from './plan-unknown-fields.js';
export { findUnknownFields } from './unknown-fields.js';
export { PlanError, toPlanError, type PlanErrorKind, type PlanIssue, type PlanErrorDetail } from './plan-error.js';
export { findPlanWarnings } from './plan-warnings.js';
export { migrateFeed, isFormat1, type MigrationChange } from './migrate.js';
