import '../plan/define.js';
import { PcpOutcomes } from './pcp-outcomes.js';

if (!customElements.get('pcp-outcomes')) customElements.define('pcp-outcomes', PcpOutcomes);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-outcomes': PcpOutcomes;
  }
}

export { PcpOutcomes };
