import type { ActionStatus } from '../schema/plan.js';

/** How each action status reads on screen (and to a screen reader). */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  delivered: 'Delivered',
  'in-progress': 'In progress',
  'at-risk': 'At risk',
  'not-started': 'Not started',
  planned: 'Planned',
};
