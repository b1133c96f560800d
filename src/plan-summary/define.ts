import '../plan/define.js';
import { PcpPlanSummary } from './pcp-plan-summary.js';

if (!customElements.get('pcp-plan-summary')) customElements.define('pcp-plan-summary', PcpPlanSummary);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-plan-summary': PcpPlanSummary;
  }
}

export { PcpPlanSummary };
