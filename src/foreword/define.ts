import '../plan/define.js';
import { PcpForeword } from './pcp-foreword.js';

if (!customElements.get('pcp-foreword')) customElements.define('pcp-foreword', PcpForeword);

declare global {
  interface HTMLElementTagNameMap {
    'pcp-foreword': PcpForeword;
  }
}

export { PcpForeword };
