export * from './plan.js';
export { ACTION_STATUSES, PUBLISHER_KINDS, RAG_STATUSES, ACCESSIBLE_FORMATS } from './content.js';
export { BETTER, CHANGE_DIRECTIONS, FIGURE_UNITS } from './figure.js';
