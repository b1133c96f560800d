import '../plan/define.js';
import { PcpGrants } from './pcp-grants.js';

if (!customElements.get('pcp-grants')) customElements.define('pcp-grants', PcpGrants);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-grants': PcpGrants;
  }
}

export { PcpGrants };
