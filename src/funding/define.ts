import '../plan/define.js';
import { PcpFunding } from './pcp-funding.js';

if (!customElements.get('pcp-funding')) customElements.define('pcp-funding', PcpFunding);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-funding': PcpFunding;
  }
}

export { PcpFunding };
