export * from './plan.js';
export { ACTION_STATUSES, PUBLISHER_KINDS, RAG_STATUSES, ACCESSIBLE_FORMATS, MEASURE_DIRECTIONS } from './content.js';
