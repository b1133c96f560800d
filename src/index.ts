/**
 * The public API for JavaScript users (`pcp-elements/api.js`): the element classes, `PcpElement`, the
 * events' details and the feed API (src/api.ts). Importing this module registers no elements.
 */
export { PcpPlan } from './plan/pcp-plan.js';
export { PcpPlanSummary } from './plan-summary/pcp-plan-summary.js';
export { PcpObjectives, type ObjectivesLayout } from './objectives/pcp-objectives.js';
export { PcpPriorityWheel } from './priority-wheel/pcp-priority-wheel.js';
export { PcpBudgetTable } from './budget-table/pcp-budget-table.js';
export { PcpScenarioTable } from './scenario-table/pcp-scenario-table.js';
export { PcpFunding } from './funding/pcp-funding.js';
export { PcpProgress } from './progress/pcp-progress.js';
export { PcpOutcomes } from './outcomes/pcp-outcomes.js';
export { PcpActionPlan } from './action-plan/pcp-action-plan.js';
export { PcpForeword } from './foreword/pcp-foreword.js';
export { PcpContact } from './contact/pcp-contact.js';
export { PcpNationalPriorities } from './national-priorities/pcp-national-priorities.js';
export { PcpMonitoring } from './monitoring/pcp-monitoring.js';
export { PcpGrants } from './grants/pcp-grants.js';
export { PcpPlanDocument } from './plan-document/pcp-plan-document.js';
// The base class for new elements (README: "Writing a new element") and the events' details. How an
// element gets its plan and shares a selection (PlanController, the contexts) is internal.
export { PcpElement } from './base/pcp-element.js';
export type { PlanSelectDetail } from './base/selection-context.js';
export type { PlanLoadDetail, PlanWarningDetail } from './base/events.js';
export * from './api.js';
