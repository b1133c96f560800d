import '../plan/define.js';
import { PcpPlanDocument } from './pcp-plan-document.js';

if (!customElements.get('pcp-plan-document')) customElements.define('pcp-plan-document', PcpPlanDocument);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-plan-document': PcpPlanDocument;
  }
}

export { PcpPlanDocument };
