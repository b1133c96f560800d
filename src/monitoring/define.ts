import '../plan/define.js';
import { PcpMonitoring } from './pcp-monitoring.js';

if (!customElements.get('pcp-monitoring')) customElements.define('pcp-monitoring', PcpMonitoring);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-monitoring': PcpMonitoring;
  }
}

export { PcpMonitoring };
