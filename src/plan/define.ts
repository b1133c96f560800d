import { PcpPlan } from './pcp-plan.js';

if (!customElements.get('pcp-plan')) customElements.define('pcp-plan', PcpPlan);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-plan': PcpPlan;
  }
}

export { PcpPlan };
