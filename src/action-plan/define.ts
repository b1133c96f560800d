import '../plan/define.js';
import { PcpActionPlan } from './pcp-action-plan.js';

if (!customElements.get('pcp-action-plan')) customElements.define('pcp-action-plan', PcpActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-action-plan': PcpActionPlan;
  }
}

export { PcpActionPlan };
