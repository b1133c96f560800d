import '../plan/define.js';
import { PcpPriorityWheel } from './pcp-priority-wheel.js';

if (!customElements.get('pcp-priority-wheel')) customElements.define('pcp-priority-wheel', PcpPriorityWheel);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-priority-wheel': PcpPriorityWheel;
  }
}

export { PcpPriorityWheel };
