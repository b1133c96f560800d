/** The public API for JavaScript users. Importing this module registers no elements. */
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
export { selectionContext, type PlanSelection, type PlanSelectDetail } from './base/selection-context.js';
export { SelectionController } from './base/selection-controller.js';
export { PcpElement } from './base/pcp-element.js';
export { PlanController, type PlanSourceHost } from './base/plan-controller.js';
export { planContext, type PlanState, type PlanStatus } from './base/plan-context.js';
export type { PlanLoadDetail, PlanWarningDetail } from './base/events.js';
export * from './loader/index.js';
export * from './schema/index.js';
