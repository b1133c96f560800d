/**
 * The CDN bundle: registers every element. `<script type="module" src=".../pcp-elements.js">`.
 * Each new element's define module joins this list. It exports the element classes only: the API
 * (loader, validation, warnings, schema) is `api.js` (dist/api.js), so pages that only show a plan do
 * not download the feed author's tools.
 */
import './plan/define.js';
import './plan-summary/define.js';
import './objectives/define.js';
import './priority-wheel/define.js';
import './budget-table/define.js';
import './scenario-table/define.js';
import './funding/define.js';
import './progress/define.js';
import './outcomes/define.js';
import './action-plan/define.js';
import './foreword/define.js';
import './contact/define.js';
import './national-priorities/define.js';
import './monitoring/define.js';
import './grants/define.js';
import './plan-document/define.js';

export {
  PcpPlan,
  PcpPlanSummary,
  PcpObjectives,
  PcpPriorityWheel,
  PcpBudgetTable,
  PcpScenarioTable,
  PcpFunding,
  PcpProgress,
  PcpOutcomes,
  PcpActionPlan,
  PcpForeword,
  PcpContact,
  PcpNationalPriorities,
  PcpMonitoring,
  PcpGrants,
  PcpPlanDocument,
} from './index.js';
