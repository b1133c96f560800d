import '../plan/define.js';
import { PcpNationalPriorities } from './pcp-national-priorities.js';

if (!customElements.get('pcp-national-priorities')) customElements.define('pcp-national-priorities', PcpNationalPriorities);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-national-priorities': PcpNationalPriorities;
  }
}

export { PcpNationalPriorities };
